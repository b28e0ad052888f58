// What the .docx and saved-page readers hand to the text importer: the article as plain text (one
// block a line, blank lines between, so line numbers in messages point at blocks), the lines
// the source itself styled as headings, whatever metadata the file carries, and its images.
import { importWarning, type ImportWarning } from '@/lib/import/import-error';
import { parseCaptionLine } from '@/lib/import/metadata-lines';
import type { HtmlBlock } from '@/lib/import/html-blocks';

/** An image of the article, to be written beside index.md. */
export interface ExtractedImage {
  /** File name to write: `photo-01.jpg`. */
  name: string;
  bytes: Uint8Array;
  /** The caption printed with it (the block after it), when there is one. */
  caption?: string;
  /** Text alternative found in the source (Word's alt text, `alt=`). */
  alt?: string;
}

/** A problem that does not stop the import, with the line of the extracted text it is about. */
export type ExtractWarning = ImportWarning;

/** An article read from a .docx or .html file, ready for the text importer. */
export interface ExtractedArticle {
  text: string;
  /** 1-based lines the source styled as headings (Word heading styles, <h2>, a paragraph all in bold). */
  headingLines: number[];
  headline?: string;
  /** ISO 8601 with offset. */
  published?: string;
  source?: string;
  images: ExtractedImage[];
  warnings: ExtractWarning[];
}

/** How a reader turns an image's `src` into bytes and a file extension, or says why it cannot. */
export type ImageResolver = (src: string) => { bytes: Uint8Array; ext: string } | { missing: string };

/** A caption block: marked as one by the source, or a short line that reads like one (…记者 张三 摄). */
function isCaption(block: HtmlBlock | undefined): block is HtmlBlock {
  return Boolean(block && (block.kind === 'caption' || (block.kind === 'paragraph' && !block.bold && parseCaptionLine(block.text))));
}

/**
 * Lays blocks out as text and collects the images. The headline, when the reader found it
 * separately, is left out of the body. A caption stays in the text, right after the place of its
 * image, so the text importer reads its credit like any other caption line.
 * @example blocksToText([{ kind: 'heading', text: '一、总体', bold: false }, { kind: 'paragraph', text: '正文。', bold: false }], () => ({ missing: '' })) // { text: '一、总体\n\n正文。', headingLines: [1], … }
 */
export function blocksToText(
  blocks: readonly HtmlBlock[],
  resolveImage: ImageResolver,
  options: { headline?: string } = {},
): Pick<ExtractedArticle, 'text' | 'headingLines' | 'images' | 'warnings'> {
  const lines: string[] = [];
  const headingLines: number[] = [];
  const images: ExtractedImage[] = [];
  const warnings: ExtractWarning[] = [];
  let skippedHeadline = false;
  // A caption the source marks as one (<figcaption>, Word's Caption style) but without a credit the
  // text importer would recognise: it goes with its image into photos instead of into the body.
  const takenCaptions = new Set<number>();
  const push = (text: string) => {
    if (lines.length) lines.push('');
    lines.push(text);
    return lines.length;
  };
  blocks.forEach((block, i) => {
    if (block.kind === 'image') {
      const resolved = resolveImage(block.src ?? '');
      const next = blocks[i + 1];
      if ('missing' in resolved) {
        warnings.push(importWarning('image-not-imported', Math.max(1, lines.length + 1), { src: block.src ?? '', missing: resolved.missing }));
        return;
      }
      const name = `photo-${String(images.length + 1).padStart(2, '0')}.${resolved.ext}`;
      images.push({ name, bytes: resolved.bytes, caption: isCaption(next) ? next.text : undefined, alt: block.alt });
      if (next?.kind === 'caption' && !parseCaptionLine(next.text)) takenCaptions.add(i + 1);
      return;
    }
    if (takenCaptions.has(i)) return;
    if (!skippedHeadline && options.headline && block.text === options.headline) {
      skippedHeadline = true;
      return;
    }
    const line = push(block.text);
    if (block.kind === 'heading' || (block.bold && block.kind === 'paragraph')) headingLines.push(line);
  });
  return { text: lines.join('\n'), headingLines, images, warnings };
}

/** File extension of an image MIME type; undefined for formats the site cannot show. */
export function imageExtension(contentType: string): string | undefined {
  return ({ 'image/jpeg': 'jpg', 'image/jpg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' } as Record<string, string>)[contentType.toLowerCase()];
}
