// Link targets: drops `javascript:`, `vbscript:`, `file:` and `data:` hrefs and image sources.
// markdown-it already refuses most of these, but it lets `data:image/*` through for images;
// newsroom Markdown never needs inline data, so we refuse every `data:` URL as well.
import { type MarkdownIt } from 'markdown-it';

const UNSAFE_SCHEME = /^\s*(javascript|vbscript|file|data):/i;

/** True when a link target may be emitted as an href/src. */
export function isSafeUrl(url: string): boolean {
  // Strip characters browsers ignore inside a scheme (tabs, newlines, control chars).
  const squeezed = url.replace(/[\u0000-\u001F\u007F\s]+/g, '');
  return !UNSAFE_SCHEME.test(squeezed);
}

/** markdown-it plugin: replaces the default link validator with {@link isSafeUrl}. */
export default function safeLinks(md: MarkdownIt): void {
  const original = md.validateLink.bind(md);
  md.validateLink = (url: string) => original(url) && isSafeUrl(url);
}
