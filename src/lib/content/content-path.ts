// The layout of `content/`, stated once: `<article>/<locale>/index.md` (article metadata, body =
// lede) and `<article>/<locale>/NN.md` (one highlight each). The loader globs, the checker's
// tree walk, the importer and the bench corpus all read it from here.

/**
 * Where an entry sits in `content/`: `<article>/<locale>/<file>.md`. Ids keep that path (without
 * `.md`) so that an article, its locale and its file can always be read back from the id.
 */
export interface ContentPath {
  article: string;
  locale: string;
  file: string;
}

/** The loader glob of the `articles` collection (src/content.config.ts), below the content folder. */
export const ARTICLE_GLOB = '*/*/index.md';
/** The loader glob of the `highlights` collection: any `.md` whose name starts with a digit. */
export const HIGHLIGHT_GLOB = '*/*/[0-9]*.md';

/** Article ids become URL segments: lower-case ASCII words joined by hyphens (`jiangjin-2024-02-07`). */
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Which collection reads a file of a locale folder, by name: what the globs' last part matches.
 * @example contentKindOf('05.md') // 'highlight'
 * @example contentKindOf('README.md') // undefined
 */
export function contentKindOf(name: string): 'article' | 'highlight' | undefined {
  if (name === 'index.md') return 'article';
  if (/^[0-9].*\.md$/.test(name)) return 'highlight';
  return undefined;
}

/**
 * File name of a highlight: zero-padded to two digits so a listing sorts by number.
 * @example highlightFileName(3) // '03.md'
 * @example highlightFileName(100) // '100.md'
 */
export function highlightFileName(n: number): string {
  return `${String(n).padStart(2, '0')}.md`;
}

/**
 * The number in a highlight's file name, when it is all digits.
 * @example highlightNumberOfName('05.md') // 5
 * @example highlightNumberOfName('5a.md') // undefined
 */
export function highlightNumberOfName(name: string): number | undefined {
  const digits = /^(\d+)\.md$/.exec(name)?.[1];
  return digits ? Number(digits) : undefined;
}

/** `jiangjin/zh-hans/01.md` → `jiangjin/zh-hans/01`. */
export function entryIdFromPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/\.md$/i, '');
}

/**
 * Splits an entry id or relative path into its parts.
 * @example parseContentPath('jiangjin/zh-hans/01') // { article: 'jiangjin', locale: 'zh-hans', file: '01' }
 */
export function parseContentPath(idOrPath: string): ContentPath {
  const [article = '', locale = '', file = ''] = entryIdFromPath(idOrPath).split('/');
  return { article, locale, file };
}

/**
 * The locale folder of a content file, from any path to it (relative, absolute, an entry id).
 * @example localeOfPath('/site/content/jiangjin/en/01.md') // 'en'
 */
export function localeOfPath(path: string): string {
  return entryIdFromPath(path).split('/').at(-2) ?? '';
}
