// The default folder name of an imported article: ASCII (it becomes part of URLs), stable (the same
// article imported twice gets the same id), and readable enough to find in a listing.
import { createHash } from 'node:crypto';

/** What an article id may look like: lower-case ASCII words joined by hyphens. */
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Builds `<date>-<slug>`: an English headline gives its first words; a Chinese one (no pinyin
 * library in the project) gives the first 6 hex digits of its SHA-256, stable across runs.
 * @example articleIdFor('2024-02-07T09:36:00+08:00', '江津区主题教育 呈现十大亮点') // '2024-02-07-' + 6 hex digits
 * @example articleIdFor('2024-02-07T09:36:00+08:00', 'Ten highlights of Jiangjin') // '2024-02-07-ten-highlights-of-jiangjin'
 */
export function articleIdFor(published: string, headline: string): string {
  const date = published.slice(0, 10);
  const words = headline.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const asciiShare = words.join('').length / Math.max(1, headline.replace(/\s/g, '').length);
  if (asciiShare > 0.6 && words.length > 0) return `${date}-${words.slice(0, 6).join('-')}`;
  const hash = createHash('sha256').update(headline.normalize('NFC')).digest('hex').slice(0, 6);
  return `${date}-${hash}`;
}
