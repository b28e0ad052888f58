// Imported article → the Markdown files of one locale: `index.md` (metadata + lede) and one `NN.md`
// per highlight, in the shape of the committed content (see content/*/zh-hans/).
import { stringify } from 'yaml';
import type { ImportedArticle } from '@/lib/import/parse-article';

/** One file to write, relative to the locale folder. */
export interface ArticleFile {
  name: string;
  content: string;
}

/** `---` YAML `---` then the body; long lines are never folded (an editor greps for a sentence). */
function markdownFile(data: Record<string, unknown>, body: string): string {
  const yaml = stringify(data, { lineWidth: 0, indentSeq: true });
  return `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

/** File name of a highlight: 01.md … 99.md, 100.md; zero-padded so a listing sorts by number. */
export function highlightFileName(n: number): string {
  return `${String(n).padStart(2, '0')}.md`;
}

/**
 * Renders the files of an imported article for one locale.
 * @example renderArticleFiles(article, 'zh-hans').map((f) => f.name) // ['index.md', '01.md', '02.md', …]
 */
export function renderArticleFiles(article: ImportedArticle, locale: string): ArticleFile[] {
  const meta: Record<string, unknown> = { locale, headline: article.headline, source: article.source, published: article.published };
  if (article.photos.length) meta.photos = article.photos.map(({ caption, credit }) => ({ caption, credit }));
  if (article.credits.length) meta.credits = article.credits;
  return [
    { name: 'index.md', content: markdownFile(meta, article.lede) },
    ...article.highlights.map((h) => ({
      name: highlightFileName(h.number),
      content: markdownFile({ number: h.number, title: h.title, ...(h.figures.length ? { figures: h.figures } : {}) }, h.body),
    })),
  ];
}
