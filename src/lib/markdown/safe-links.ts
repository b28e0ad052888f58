// Link targets: drops `javascript:`, `vbscript:`, `file:` and `data:` hrefs and image sources.
// markdown-it already refuses most of these, but it lets `data:image/*` through for images;
// newsroom Markdown never needs inline data, so we refuse every `data:` URL as well.
import { type MarkdownIt } from 'markdown-it';

const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'file', 'data']);

/**
 * The unsafe scheme a link target uses, as a browser would read it, or undefined.
 * @example unsafeScheme('java%09script:alert(1)') // 'javascript'
 */
export function unsafeScheme(url: string): string | undefined {
  // markdown-it percent-encodes the target before validating it (`java%09script:`), and
  // browsers ignore tabs, newlines and control characters inside a scheme: undo both first.
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    decoded = url.replace(/%[0-9a-f]{2}/gi, '');
  }
  const squeezed = decoded.replace(/[\u0000-\u001F\u007F\s]+/g, '');
  const scheme = /^([^:/?#]*):/.exec(squeezed)?.[1];
  // Letters only, so look-alikes padded with junk (`jav&ascript:`) are refused as well.
  const letters = scheme?.replace(/[^a-z]/gi, '').toLowerCase();
  return letters && UNSAFE_SCHEMES.has(letters) ? letters : undefined;
}

/** True when a link target may be emitted as an href/src. */
export function isSafeUrl(url: string): boolean {
  return unsafeScheme(url) === undefined;
}

/** markdown-it plugin: replaces the default link validator with {@link isSafeUrl}. */
export default function safeLinks(md: MarkdownIt): void {
  const original = md.validateLink.bind(md);
  md.validateLink = (url: string) => original(url) && isSafeUrl(url);
}
