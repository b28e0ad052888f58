// Rules on a Markdown body: empty text, raw HTML (the site renders it as text, never as markup)
// and link targets that could run code. Parsed with markdown-it so code spans are not flagged.
import MarkdownIt, { type Token } from 'markdown-it';
import { unsafeScheme } from '@/lib/markdown/safe-links';
import { report, type Problem } from './problem';
import type { ContentFile } from './content-tree';

/**
 * A parser that sees everything the site's renderer refuses: raw HTML on, every link target
 * accepted, so the checker can name what the site would silently drop or show as text.
 */
const SCANNER = new MarkdownIt({ html: true, linkify: false });
SCANNER.validateLink = () => true;

/** File line of an inline piece: the first line of its block that contains `needle`. */
function lineOf(lines: readonly string[], block: Token, needle: string, firstLine: number): number {
  const [start = 0, end = start + 1] = block.map ?? [];
  for (let i = start; i < end; i++) if (needle && lines[i]?.includes(needle)) return firstLine + i;
  return firstLine + start;
}

/** Body problems of one file. */
export function checkBody(file: ContentFile): Problem[] {
  const { body, bodyFirstLine } = file.split;
  if (!file.split.hasFrontmatter) return [];
  const out: Problem[] = [];
  const at = (line: number, field = 'body') => ({ file: file.path, line, field });
  if (body.trim() === '') {
    if (file.kind === 'highlight') {
      out.push(report('empty-body', at(bodyFirstLine)));
    } else {
      out.push(report('empty-lede', at(bodyFirstLine)));
    }
    return out;
  }
  const lines = body.split('\n');
  const htmlWarning = (line: number, html: string) => {
    const snippet = html.trim().split('\n')[0]!.slice(0, 60);
    if (/<\s*script\b/i.test(html)) {
      out.push(report('script-in-body', at(line), { snippet }));
    } else {
      out.push(report('raw-html', at(line), { snippet }));
    }
  };
  const linkError = (line: number, url: string, scheme: string) => {
    out.push(report('unsafe-link', at(line), { url, scheme }));
  };
  const tokens = SCANNER.parse(body, {});
  const limit = SCANNER.options.maxNesting ?? 100;
  const deep = tokens.find((t) => t.level >= limit - 2);
  if (deep) {
    out.push(report('nesting-too-deep', at(bodyFirstLine + (deep.map?.[0] ?? 0)), { levels: Math.floor(limit / 2) - 1 }));
  }
  for (const token of tokens) {
    if (token.type === 'html_block') htmlWarning(bodyFirstLine + (token.map?.[0] ?? 0), token.content);
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline' && !/^<\//.test(child.content)) {
        const line = lineOf(lines, token, child.content, bodyFirstLine);
        // Quote the line from the tag on, so `<script>alert(1)</script>` reads as written.
        const text = lines[line - bodyFirstLine] ?? child.content;
        htmlWarning(line, text.slice(Math.max(0, text.indexOf(child.content))));
      }
      const target = child.type === 'link_open' ? child.attrGet('href') : child.type === 'image' ? child.attrGet('src') : null;
      const url = target === null ? null : String(target);
      const scheme = url === null ? undefined : unsafeScheme(url);
      if (url !== null && scheme) linkError(lineOf(lines, token, url, bodyFirstLine), url, scheme);
      if (child.type === 'image' && url !== null && !scheme && /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
        out.push(report('remote-image', at(lineOf(lines, token, url, bodyFirstLine)), { url }));
      }
    }
  }
  return out;
}
