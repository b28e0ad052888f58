// Rules on the folder itself, before any file is read: paths that cannot be read (symlink loops,
// permissions), files named almost like content, leftovers of an interrupted import, and an
// article folder that holds no locale at all (the article would silently vanish from the site).
import { report, type Problem } from './problem';
import { FS_REASONS, reasonText } from '@/lib/messages/check-messages';
import type { ContentTree } from './content-tree';

/** Folder-level problems of a content tree. */
export function checkFolders(tree: ContentTree, defaultLocale: string): Problem[] {
  const out: Problem[] = [];
  for (const { path, code } of tree.unreadable) {
    const key = code.startsWith('PARSE') ? 'PARSE' : code;
    const reason = FS_REASONS[key];
    const { zh, en } = reason ? reasonText(reason) : reasonText('read-failed', { code });
    out.push(report('unreadable', { file: path, field: 'file' }, { zh, en }));
  }
  for (const path of tree.misnamed) {
    const name = path.split('/').pop()!;
    const fixed = name.replace(/^(index|[0-9][^.]*)\..*$/i, (_, stem: string) => `${stem.toLowerCase()}.md`);
    out.push(report('misnamed-file', { file: path, field: 'file' }, { name, fixed }));
  }
  for (const path of tree.importLeftovers) {
    out.push(report('import-leftover', { file: path, field: 'folder' }));
  }
  for (const article of tree.articles) {
    if ((tree.locales.get(article) ?? []).length > 0) continue;
    out.push(report('empty-article-folder', { file: `${article}/`, field: 'folder' }, { article, defaultLocale }));
  }
  return out;
}
