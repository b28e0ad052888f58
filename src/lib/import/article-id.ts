// The default folder name of an imported article: ASCII (it becomes part of URLs), stable (the same
// headline always gives the same id), short, and readable: the date plus the headline's first
// words, Chinese words spelt in pinyin (江津区主题教育 → jiangjin-qu-zhuti-jiaoyu).
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

/** Longest slug after the date: whole words only, so ids stay short enough to type and read. */
export const MAX_SLUG_LENGTH = 30;

// ICU's dictionary segmenter groups Han characters into words (江津/区/主题/教育), which pinyin-pro
// alone does not; pinyin-pro then spells each word with its reading in context (参加 → canjia),
// Simplified and Traditional alike.
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** One word as lower-case ASCII: pinyin without tones for Han characters, accents dropped otherwise. */
function asciiWord(word: string): string {
  const spelt = /\p{Script=Han}/u.test(word)
    ? pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('')
    : word;
  return spelt.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The headline's words in ASCII, as many as fit in `MAX_SLUG_LENGTH` (at least one, cut if longer). */
export function headlineSlug(headline: string): string {
  const words = [...WORDS.segment(headline.normalize('NFC'))]
    .filter((part) => part.isWordLike)
    .map((part) => asciiWord(part.segment))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_SLUG_LENGTH);
}

/**
 * Builds `<date>-<slug>` from the publication date and the headline. A headline with nothing
 * spellable (only punctuation or emoji) falls back to 6 hex digits of its SHA-256, stable too.
 * @example articleIdFor('2024-02-07T09:36:00+08:00', '江津区主题教育 呈现十大亮点') // '2024-02-07-jiangjin-qu-zhuti-jiaoyu'
 * @example articleIdFor('2024-02-07T09:36:00+08:00', 'Ten highlights of Jiangjin') // '2024-02-07-ten-highlights-of-jiangjin'
 */
export function articleIdFor(published: string, headline: string): string {
  const date = published.slice(0, 10);
  const slug = headlineSlug(headline);
  if (slug) return `${date}-${slug}`;
  const hash = createHash('sha256').update(headline.normalize('NFC')).digest('hex').slice(0, 6);
  return `${date}-${hash}`;
}
