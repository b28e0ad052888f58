// An article's HTML (from mammoth for .docx, from a saved page) → the blocks a reader sees, in
// order: headings, paragraphs, images and captions. Layout markup (WeChat's nested <section>s and
// <span>s, <br> line breaks, inline styles) is flattened; what matters for segmentation is kept:
// whether a block is a heading (<h1>–<h6>) or set entirely in bold, the strongest evidence of a
// section title an editor's tool leaves.

/** One block of text, or an image, as it appears in the article. */
export interface HtmlBlock {
  kind: 'heading' | 'paragraph' | 'caption' | 'image';
  /** Visible text with runs of spaces collapsed ('' for an image). */
  text: string;
  /** Every visible character of the block is bold (<strong>, <b>, font-weight: bold/600+). */
  bold: boolean;
  /** Image source (`src`, else `data-src` as WeChat writes before lazy loading). */
  src?: string;
  alt?: string;
}

/** The minimal DOM this walker reads: linkedom's and the browser's nodes both fit. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'VIDEO', 'AUDIO', 'MPVOICE', 'QQMUSIC']);
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'CENTER']);
const HEADINGS = /^H[1-6]$/;
const BOLD_TAGS = new Set(['STRONG', 'B']);
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
/** What a visible character is: everything but whitespace (incl. U+00A0, U+3000) and zero-width marks. */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

const attr = (node: DomNode, name: string) => node.getAttribute?.(name) ?? null;

/**
 * The blocks of an element's content, in reading order.
 * @example htmlBlocks(parseHTML('<p><strong>一、总体</strong></p><p>正文。</p>').document.body) // [{ kind: 'paragraph', text: '一、总体', bold: true }, { kind: 'paragraph', text: '正文。', bold: false }]
 */
export function htmlBlocks(root: DomNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let text = '';
  let visible = 0;
  let bold = 0;
  const kinds: HtmlBlock['kind'][] = ['paragraph'];

  const flush = () => {
    const clean = text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (clean.replace(INVISIBLE, '') !== '') {
      blocks.push({ kind: kinds[kinds.length - 1]!, text: clean, bold: visible > 0 && bold === visible });
    }
    text = '';
    visible = 0;
    bold = 0;
  };

  const walk = (node: DomNode, inBold: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const data = child.textContent ?? '';
        text += data;
        const count = data.replace(INVISIBLE, '').length;
        visible += count;
        if (inBold) bold += count;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.nodeName.toUpperCase();
      // MP-…: WeChat's widgets inside an article (account card, mini-program, style marker), not its text.
      if (SKIPPED.has(tag) || tag.startsWith('MP-') || attr(child, 'hidden') !== null || /display\s*:\s*none/i.test(attr(child, 'style') ?? '')) continue;
      if (tag === 'BR') {
        flush();
        continue;
      }
      if (tag === 'IMG') {
        flush();
        const src = attr(child, 'src') || attr(child, 'data-src') || '';
        if (src) blocks.push({ kind: 'image', text: '', bold: false, src, alt: attr(child, 'alt') || undefined });
        continue;
      }
      const block = BLOCKS.has(tag);
      const childBold = inBold || BOLD_TAGS.has(tag) || BOLD_STYLE.test(attr(child, 'style') ?? '');
      if (!block) {
        walk(child, childBold);
        continue;
      }
      flush();
      const isCaption = tag === 'FIGCAPTION' || /\bcaption\b/i.test(attr(child, 'class') ?? '');
      kinds.push(HEADINGS.test(tag) ? 'heading' : isCaption ? 'caption' : kinds[kinds.length - 1]!);
      walk(child, childBold);
      flush();
      kinds.pop();
    }
  };
  walk(root, false);
  flush();
  return blocks;
}
