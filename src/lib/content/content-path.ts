/**
 * Where an entry sits in `content/`: `<article>/<locale>/<file>.md`. Ids keep that path (without
 * `.md`) so that an article, its locale and its file can always be read back from the id.
 */
export interface ContentPath {
  article: string;
  locale: string;
  file: string;
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
