// Rules on a Markdown body: empty text, raw HTML (the site renders it as text, never as markup)
// and link targets that could run code. Parsed with markdown-it so code spans are not flagged.
import MarkdownIt, { type Token } from 'markdown-it';
import { unsafeScheme } from '@/lib/markdown/safe-links';
import { problem, type Problem } from './problem';
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
      out.push(problem('error', 'empty-body', at(bodyFirstLine),
        '亮点正文为空。请在第二个 --- 下面写上这一节的正文。',
        'The highlight has no text. Write its paragraphs below the second "---".'));
    } else {
      out.push(problem('warning', 'empty-lede', at(bodyFirstLine),
        '导语为空。请在第二个 --- 下面写上导语（文章开头的一段）。',
        'The lede is empty. Write the opening paragraph below the second "---".'));
    }
    return out;
  }
  const lines = body.split('\n');
  const htmlWarning = (line: number, html: string) => {
    const snippet = html.trim().split('\n')[0]!.slice(0, 60);
    if (/<\s*script\b/i.test(html)) {
      out.push(problem('warning', 'script-in-body', at(line),
        `正文里有 <script>：${snippet}。网站不执行脚本，它会作为文字显示出来。请删除。`,
        `The text contains <script>: ${snippet}. The site never runs scripts; it will be shown as text. Delete it.`));
    } else {
      out.push(problem('warning', 'raw-html', at(line),
        `正文里有 HTML 标签：${snippet}。网站不渲染 HTML，它会原样显示为文字。请改用 Markdown（如 **加粗**、[链接](https://…)）或删除。`,
        `The text contains raw HTML: ${snippet}. The site does not render HTML; it will be shown as text. Use Markdown (**bold**, [link](https://…)) or delete it.`));
    }
  };
  const linkError = (line: number, url: string, scheme: string) => {
    out.push(problem('error', 'unsafe-link', at(line),
      `链接地址“${url.slice(0, 60)}”使用了不安全的 ${scheme}: 协议，网站会丢弃它。请改成 https:// 开头的网址，或删除链接。`,
      `Link target "${url.slice(0, 60)}" uses the unsafe ${scheme}: scheme and would be dropped. Use an https:// address or remove the link.`));
  };
  const tokens = SCANNER.parse(body, {});
  const limit = SCANNER.options.maxNesting ?? 100;
  const deep = tokens.find((t) => t.level >= limit - 2);
  if (deep) {
    out.push(problem('warning', 'nesting-too-deep', at(bodyFirstLine + (deep.map?.[0] ?? 0)),
      `列表或引用嵌套太深（超过 ${Math.floor(limit / 2) - 1} 层），更深的部分不会显示。请减少缩进或“>”的层数。`,
      `Lists or quotes are nested too deeply (more than ${Math.floor(limit / 2) - 1} levels); the deeper part is not shown. Use fewer levels of indentation or ">".`));
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
        out.push(problem('warning', 'remote-image', at(lineOf(lines, token, url, bodyFirstLine)),
          `正文里的图片“${url.slice(0, 60)}”来自其他网站。网站的安全策略（CSP）会拦截它，读者看不到。请下载图片，作为照片写进 index.md 的 photos，或删除这张图。`,
          `The image "${url.slice(0, 60)}" in the text comes from another site. The site's security policy (CSP) blocks it, so readers never see it. Download it and add it as a photo in index.md, or remove it.`));
      }
    }
  }
  return out;
}
