// A saved article page (.html) → the article as text with heading evidence, metadata and the
// images saved beside it (`page_files/`). A saved WeChat 公众号 article is read from its own
// structure (#activity-name, #js_name, #publish_time or the `ct` timestamp in its script,
// #js_content); any other page goes through @mozilla/readability to find the article among the
// site's navigation, with metadata from the page's <meta> tags.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NEWSROOM_TIME_ZONE, toZonedIso } from '@/lib/content/dates';
import { htmlBlocks, type DomNode, type HtmlBlock } from '@/lib/import/html-blocks';
import { blocksToText, type ExtractedArticle, type ImageResolver } from '@/lib/import/extracted-article';
import { parseDateTime } from '@/lib/import/metadata-lines';
import { OFFSET_TIMESTAMP } from '@/lib/content/content-schema';

/** A Unix timestamp is written as the newsrooms' local time. */
const TIME_ZONE = NEWSROOM_TIME_ZONE;
const IMAGE_EXTENSIONS: Record<string, string> = { '.jpg': 'jpg', '.jpeg': 'jpg', '.png': 'png', '.gif': 'gif', '.webp': 'webp', '.avif': 'avif' };

type Doc = ReturnType<typeof parseHTML>['document'];

const textOf = (doc: Doc, selector: string) => doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
const metaOf = (doc: Doc, ...names: string[]) => {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
};

/** A date as pages write it (ISO with or without zone, 2024年5月6日 08:12, Unix seconds) → ISO with offset. */
export function pageDate(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (/^\d{9,10}$/.test(value)) return toZonedIso(new Date(Number(value) * 1000), TIME_ZONE);
  if (OFFSET_TIMESTAMP.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : toZonedIso(date, TIME_ZONE);
  }
  return parseDateTime(value);
}

/** A string variable of the page's inline script: `var nickname = htmlDecode("…")`, `var ct = "…"`. */
function scriptVar(html: string, name: string): string | undefined {
  const m = new RegExp(`\\bvar\\s+${name}\\s*=\\s*(?:htmlDecode\\()?\\s*["']([^"'\\n]*)["']`).exec(html);
  return m?.[1]?.trim() || undefined;
}

/** The WeChat article's publication time: the shown #publish_time, else `ct` (Unix seconds) or `createTime` in its script. */
function wechatPublished(doc: Doc, html: string): string | undefined {
  return pageDate(textOf(doc, '#publish_time')) ?? pageDate(scriptVar(html, 'ct')) ?? pageDate(scriptVar(html, 'createTime'))
    ?? pageDate(metaOf(doc, 'article:published_time'));
}

/** Images saved with the page, relative to the .html file; remote ones are never fetched. */
function savedImages(htmlFile: string): ImageResolver {
  const base = dirname(htmlFile);
  return (src) => {
    if (/^(?:https?:)?\/\//i.test(src) || /^data:/i.test(src)) {
      return { missing: '它没有随网页保存（只有网址）。请用“网页，全部”另存网页，或手动把图片放进文章文件夹 / it was not saved with the page (only its address). Save the page as "Web page, complete", or add the image by hand' };
    }
    const raw = src.replace(/^file:\/\//i, '').split(/[?#]/)[0]!;
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw); // saved pages escape non-ASCII names: %E6%B5%8B.jpg
    } catch {
      // a literal % in the name: use it as written
    }
    const path = resolve(base, decoded);
    const ext = IMAGE_EXTENSIONS[extname(path).toLowerCase()];
    if (!existsSync(path) || !statSync(path).isFile()) return { missing: `找不到文件 ${path} / file ${path} not found` };
    if (!ext) return { missing: `格式 ${extname(path) || '?'} 网页无法显示 / format ${extname(path) || '?'} cannot be shown on the web` };
    return { bytes: readFileSync(path), ext };
  };
}

/**
 * The lines between the page's headline and its article body (date, source, author): Readability
 * drops them as page furniture, but they are the article's metadata and must not be lost.
 */
function headerBlocks(doc: Doc, headline: string | undefined, firstBodyText: string | undefined): HtmlBlock[] {
  // The headline's element: <h1>, or (portals without one) the innermost element holding exactly the headline.
  const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, '');
  const title = doc.querySelector('h1') ?? [...doc.querySelectorAll('body *')].reverse()
    .find((el) => headline && squash(el.textContent) === squash(headline));
  if (!title || !firstBodyText) return [];
  const out: HtmlBlock[] = [];
  for (let node = title.nextElementSibling; node; node = node.nextElementSibling) {
    if ((node.textContent ?? '').includes(firstBodyText)) return out;
    out.push(...htmlBlocks({ nodeType: 1, nodeName: 'DIV', textContent: null, childNodes: [node as unknown as DomNode] }));
  }
  return []; // the body is not a sibling of the headline: nothing is known to be in between
}

/**
 * Reads a saved page. `file` is the .html path, used to find the images saved beside it.
 * @example extractHtml(readFileSync('wechat.html', 'utf8'), 'wechat.html').headline // '…' (#activity-name)
 */
export function extractHtml(html: string, file: string): ExtractedArticle {
  const { document } = parseHTML(html);
  const resolveImage = savedImages(file);
  const wechat = document.querySelector('#js_content');
  if (wechat) {
    const headline = textOf(document, '#activity-name') ?? scriptVar(html, 'msg_title') ?? metaOf(document, 'og:title');
    const body = blocksToText(htmlBlocks(wechat as unknown as DomNode), resolveImage, { headline });
    // The publisher is the account (#js_name, `var nickname`), not the author line above it.
    const source = textOf(document, '#js_name') ?? scriptVar(html, 'nickname') ?? metaOf(document, 'og:article:author');
    return { ...body, headline, published: wechatPublished(document, html), source };
  }
  const article = new Readability(parseHTML(html).document as unknown as Document, { keepClasses: true }).parse();
  // <title> carries the site's name (标题_某某区人民政府); Readability's title has it cut off.
  const headline = metaOf(document, 'og:title', 'ArticleTitle', 'headline') ?? textOf(document, 'h1') ?? (article?.title || undefined) ?? textOf(document, 'title');
  const published = pageDate(metaOf(document, 'article:published_time', 'pubdate', 'publishdate', 'PubDate', 'publish_time', 'datePublished')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined);
  const source = metaOf(document, 'og:site_name', 'ContentSource', 'source', 'publisher');
  const root = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : document.body;
  const blocks = htmlBlocks(root as unknown as DomNode);
  const firstText = blocks.find((b) => b.kind !== 'image' && b.text !== (headline ?? article?.title))?.text;
  const body = blocksToText([...headerBlocks(document, headline, firstText), ...blocks], resolveImage, { headline: headline ?? article?.title ?? undefined });
  return { ...body, headline: headline ?? article?.title ?? undefined, published, source: source ?? article?.siteName ?? undefined };
}
