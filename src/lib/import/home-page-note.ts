// What the importer says about the home page after adding an article. It never changes which
// article is at `/`: that is `rootArticle` in <content>/site.json, an editor's decision.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `rootArticle` of `<contentDir>/site.json`, if the file names one (unreadable JSON: none). */
export function readRootArticle(contentDir: string): string | undefined {
  const file = join(contentDir, 'site.json');
  if (!existsSync(file)) return undefined;
  try {
    const value = (JSON.parse(readFileSync(file, 'utf8')) as { rootArticle?: unknown }).rootArticle;
    return typeof value === 'string' && value ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One bilingual line on what `/` shows after importing `id` into `contentDir`.
 * @example homePageNote('content', 'a', 'b') // '首页不变：仍是 b … / Home page unchanged: still b …'
 */
export function homePageNote(contentDir: string, id: string, rootArticle: string | undefined): string {
  const settings = join(contentDir, 'site.json');
  if (rootArticle === id) {
    return `首页：这篇文章就是首页（${settings} 的 rootArticle）。 / Home page: this article is the home page (rootArticle in ${settings}).`;
  }
  if (rootArticle) {
    return `首页不变：仍是 ${rootArticle}（${settings} 的 rootArticle）；新文章在 /${id}/。要让它做首页，把 rootArticle 改成 "${id}"。`
      + ` / Home page unchanged: still ${rootArticle} (rootArticle in ${settings}); the new article is at /${id}/. To make it the home page, set rootArticle to "${id}".`;
  }
  return `首页：${settings} 没有指定 rootArticle，所以 / 显示最新发布的文章（可能就是这篇）。要固定首页，在 ${settings} 写 {"rootArticle": "${id}"} 或其他文章名。`
    + ` / Home page: ${settings} names no rootArticle, so / shows the most recently published article (possibly this one). To pin it, write {"rootArticle": "${id}"} (or another article) in ${settings}.`;
}
