// An article read from a .docx or saved page → the files to write, through the same text
// importer as a .txt (the one place that segments sections and reads metadata), then its images
// attached to the photos. Pure: tests run it on in-memory input.
import { attachImages } from '@/lib/import/attach-images';
import type { ExtractedArticle, ExtractedImage, ExtractWarning } from '@/lib/import/extracted-article';
import { prepareImport, type PreparedImport } from '@/lib/import/prepare-import';

/** A prepared import plus the image files to write beside index.md. */
export interface PreparedExtracted extends PreparedImport {
  images: ExtractedImage[];
  warnings: ExtractWarning[];
}

/** `2024-05-06T08:12:00+08:00` → `2024-05-06 08:12`, the form of a source line the text importer reads. */
function sourceLineDate(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}

/**
 * The text the importer reads: the headline and a source line made of the metadata the file
 * carried (when it had them), then the article's own text, which may carry them itself.
 */
export function importText(extracted: ExtractedArticle): string {
  const meta = [extracted.source && `来源:${extracted.source}`, extracted.published && sourceLineDate(extracted.published)].filter(Boolean).join(' ');
  return [extracted.headline, meta, extracted.text].filter(Boolean).join('\n\n');
}

/**
 * Imports an extracted article. `file` names the input in messages.
 * @example prepareExtracted(await extractDocx(bytes), 'report.docx').images.map((i) => i.name) // ['photo-01.jpg']
 */
export function prepareExtracted(extracted: ExtractedArticle, file: string, options: { id?: string; locale?: string } = {}): PreparedExtracted {
  const prepared = prepareImport(new TextEncoder().encode(importText(extracted)), file, options);
  const attached = attachImages(prepared.files, extracted.images);
  return { ...prepared, files: attached.files, images: extracted.images, warnings: [...extracted.warnings, ...attached.warnings] };
}
