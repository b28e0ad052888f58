// Imported article → the Markdown files of one locale: `index.md` (metadata + lede) and one `NN.md`
// per highlight, in the shape of the committed content (see content/*/zh-hans/). A required field
// the text did not give is left out and replaced by a YAML comment saying what to fill in, so
// `npm run check` names it and the build refuses until an editor writes it.
import { stringify } from 'yaml';
import type { ImportedArticle } from '@/lib/import/parse-article';
import { highlightFileName } from '@/lib/content/content-path';

/** One file to write, relative to the locale folder. */
export interface ArticleFile {
  name: string;
  content: string;
}

/** The label the site uses when `sectionLabel` is absent (see content-schema.ts). */
export const DEFAULT_SECTION_LABEL = '亮点{一}';

/** `---` YAML `---` then the body; long lines are never folded (an editor greps for a sentence). */
function markdownFile(data: Record<string, unknown>, body: string, comments: readonly string[] = []): string {
  const yaml = stringify(data, { lineWidth: 0, indentSeq: true });
  return `---\n${comments.map((c) => `# ${c}\n`).join('')}${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

const MISSING: Record<'headline' | 'source' | 'published', string> = {
  headline: 'headline: 缺少标题，请填写 / headline missing: write it here, e.g. headline: 某某区十件实事全部完成',
  source: 'source: 缺少来源，请填写 / source missing: write the publisher, e.g. source: 某某日报',
  published: 'published: 缺少发布时间，请填写 / published missing: write it with its offset, e.g. published: 2024-02-07T09:36:00+08:00',
};

/**
 * Renders the files of an imported article for one locale.
 * @example renderArticleFiles(article, 'zh-hans').map((f) => f.name) // ['index.md', '01.md', '02.md', …]
 */
export function renderArticleFiles(article: ImportedArticle, locale: string): ArticleFile[] {
  const meta: Record<string, unknown> = { locale };
  const comments: string[] = [];
  for (const key of ['headline', 'source', 'published'] as const) {
    if (article[key]) meta[key] = article[key];
    else comments.push(MISSING[key]);
  }
  if (article.photos.length) meta.photos = article.photos.map(({ caption, credit }) => ({ caption, credit }));
  if (article.credits.length) meta.credits = article.credits;
  if (article.sectionLabel && article.sectionLabel !== DEFAULT_SECTION_LABEL) meta.sectionLabel = article.sectionLabel;
  if (article.countdown) meta.countdown = true;
  if (article.unplaced.length) meta.unplaced = article.unplaced;
  return [
    { name: 'index.md', content: markdownFile(meta, article.lede, comments) },
    ...article.highlights.map((h) => ({
      name: highlightFileName(h.number),
      content: markdownFile({ number: h.number, title: h.title, ...(h.figures.length ? { figures: h.figures } : {}) }, h.body),
    })),
  ];
}
