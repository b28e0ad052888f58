import type { Credit } from '../content/content-schema';
import type { ArticleRecord } from '../model/site-model';

/**
 * The description of an article: its own, or the lede's text cut to about 120 characters
 * (search engines show ~120 CJK characters).
 * @example describeArticle({ ledeText: '短导语' }) // '短导语'
 */
export function describeArticle(meta: Pick<ArticleRecord, 'description' | 'ledeText'>, max = 120): string {
  if (meta.description) return meta.description;
  const text = meta.ledeText;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A credit as printed: the verbatim statement when there is one, else "role: name". */
export function creditText(credit: Credit, line: (role: string, name: string) => string): string {
  return credit.statement ?? line(credit.role, credit.name);
}
