// A Word .docx → the article as text with heading evidence and its images, through mammoth
// (docx → HTML). Word's own heading styles and paragraphs set entirely in bold mark section
// titles; the Title style (or a first Heading 1) is the headline; embedded pictures become photos
// with the caption under them and Word's alt text.
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { htmlBlocks, type DomNode } from '@/lib/import/html-blocks';
import { blocksToText, imageExtension, type ExtractedArticle } from '@/lib/import/extracted-article';
import { listMarkers } from '@/lib/import/docx-numbering';

/** The parts of mammoth's document model read here (its types do not declare them). */
interface MammothNode {
  type: string;
  value?: string;
  children?: MammothNode[];
}
interface MammothParagraph extends MammothNode {
  numbering?: { isOrdered: boolean; level: string } | null;
  children: MammothNode[];
}

/** The text of a paragraph in mammoth's model, as Word's XML has it (to match the numbering). */
function paragraphText(node: MammothNode): string {
  return node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(paragraphText).join('');
}

/** Applies `fn` to every paragraph of mammoth's document tree, in document order. */
function mapParagraphs(node: MammothNode, fn: (p: MammothParagraph) => MammothNode): MammothNode {
  if (node.type === 'paragraph') return fn(node as MammothParagraph);
  return node.children ? { ...node, children: node.children.map((child) => mapParagraphs(child, fn)) } : node;
}

/** Word styles mammoth does not map by default, which carry meaning here. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

/**
 * Reads a .docx file. Throws mammoth's error for a file that is not a Word document (the CLI
 * turns it into a message).
 * @example (await extractDocx(bytes)).headingLines // [3, 7, 11] — lines of the section titles in .text
 */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedArticle> {
  const pictures = new Map<string, { bytes: Uint8Array; ext: string } | { missing: string }>();
  const markers = await listMarkers(bytes).catch(() => []); // numbering is a bonus: a document without it still imports
  let next = 0;
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
    styleMap: STYLE_MAP,
    // Word's automatic numbers (一、 二、, 1. 2.) are not in the text mammoth reads: put them back.
    transformDocument: (document: MammothNode) => mapParagraphs(document, (paragraph) => {
      if (!paragraph.numbering) return paragraph;
      const text = paragraphText(paragraph);
      const at = markers.findIndex((m, i) => i >= next && i < next + 3 && m.text === text);
      if (at < 0) return paragraph;
      next = at + 1;
      return { ...paragraph, children: [{ type: 'run', children: [{ type: 'text', value: markers[at]!.marker }] }, ...paragraph.children] };
    }),
    convertImage: mammoth.images.imgElement(async (image) => {
      const key = `docx-image-${pictures.size + 1}`;
      const ext = imageExtension(image.contentType);
      pictures.set(key, ext
        ? { bytes: await image.read(), ext }
        : { missing: `Word 里的图片格式 ${image.contentType} 网页无法显示 / format ${image.contentType} cannot be shown on the web; save it as JPEG or PNG and add it by hand` });
      return { src: key };
    }),
  });
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`);
  const blocks = htmlBlocks(document.body as unknown as DomNode);
  // Without the Title style, a Heading 1 opening the document is the headline, unless the
  // sections are Heading 1 too (then it is the first section).
  const h1s = document.querySelectorAll('h1');
  const title = document.querySelector('h1.title') ?? (blocks[0]?.kind === 'heading' && h1s.length === 1 ? h1s[0] : null);
  const headline = title?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const body = blocksToText(blocks, (src) => pictures.get(src) ?? { missing: 'not found in the document' }, { headline });
  return { ...body, headline, images: body.images };
}
