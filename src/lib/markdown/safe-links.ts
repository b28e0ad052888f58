// Link targets: drops `javascript:`, `vbscript:`, `file:` and `data:` hrefs and image sources.
// markdown-it already refuses most of these, but it lets `data:image/*` through for images;
// newsroom Markdown never needs inline data, so we refuse every `data:` URL as well.
import { type MarkdownIt } from 'markdown-it';

const UNSAFE_SCHEME = /^\s*(javascript|vbscript|file|data):/i;

/** True when a link target may be emitted as an href/src. */
export function isSafeUrl(url: string): boolean {
  // markdown-it percent-encodes the target before validating it (`java%09script:`), and
  // browsers ignore tabs, newlines and control characters inside a scheme: undo both first.
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    decoded = url.replace(/%[0-9a-f]{2}/gi, '');
  }
  const squeezed = decoded.replace(/[\u0000-\u001F\u007F\s]+/g, '');
  // A scheme is letters up to the first colon; anything else before it (`java&`) means the
  // browser would not see a scheme at all — but refuse look-alikes that only differ by junk.
  const letters = squeezed.replace(/^([^:/?#]*):.*$/s, (_m, scheme: string) => scheme.replace(/[^a-z]/gi, '')) + ':';
  return !UNSAFE_SCHEME.test(squeezed) && !(squeezed.includes(':') && UNSAFE_SCHEME.test(letters));
}

/** markdown-it plugin: replaces the default link validator with {@link isSafeUrl}. */
export default function safeLinks(md: MarkdownIt): void {
  const original = md.validateLink.bind(md);
  md.validateLink = (url: string) => original(url) && isSafeUrl(url);
}
