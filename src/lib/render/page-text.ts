import type { Credit } from '../content/content-schema';
import type { ArticleRecord } from '../model/site-model';

/** Plain text of rendered HTML, for meta descriptions (our own HTML: no need for a parser). */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

/**
 * The description of an article: its own, or the lede cut to about 120 characters
 * (search engines show ~120 CJK characters).
 */
export function describeArticle(meta: Pick<ArticleRecord, 'description' | 'ledeHtml'>, max = 120): string {
  if (meta.description) return meta.description;
  const text = htmlToText(meta.ledeHtml);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A credit as printed: the verbatim statement when there is one, else "role: name". */
export function creditText(credit: Credit, line: (role: string, name: string) => string): string {
  return credit.statement ?? line(credit.role, credit.name);
}
