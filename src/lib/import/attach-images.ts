// The images of a .docx or saved page → `photos` entries of the imported index.md. The text
// importer has already read each caption line into a photo (caption + credit); here each image is
// matched to the photo of its caption and gets `image: ./photo-01.jpg` and `alt`. An image whose
// caption was not read as a photo becomes a photo of its own, with what is known; a missing credit
// is left out so `npm run check` asks for it instead of the importer inventing one.
import { parseDocument } from 'yaml';
import type { ExtractedImage, ExtractWarning } from '@/lib/import/extracted-article';
import type { ArticleFile } from '@/lib/import/render-files';
import { importWarning } from '@/lib/import/import-error';

interface PhotoEntry {
  caption?: string;
  credit?: string;
  image?: string;
  alt?: string;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * Adds the images to the `photos` of `index.md` in `files` (returns new files) and says which
 * ones need an editor.
 * @example attachImages(files, [{ name: 'photo-01.jpg', caption: '河滨步道 记者 张三 摄', … }]).files // index.md photos[0].image = './photo-01.jpg'
 */
export function attachImages(files: readonly ArticleFile[], images: readonly ExtractedImage[]): { files: ArticleFile[]; warnings: ExtractWarning[] } {
  const warnings: ExtractWarning[] = [];
  if (images.length === 0) return { files: [...files], warnings };
  return {
    files: files.map((file) => {
      if (file.name !== 'index.md') return file;
      const match = /^---\n([\s\S]*?)\n?---\n([\s\S]*)$/.exec(file.content);
      if (!match) return file;
      // The Document API keeps the importer's comments (# source: 缺少来源…) in place.
      const doc = parseDocument(match[1]!);
      const found = doc.toJS() as Record<string, unknown>;
      const photos = (Array.isArray(found.photos) ? found.photos : []) as PhotoEntry[];
      const used = new Set<PhotoEntry>();
      for (const image of images) {
        const caption = image.caption ? squash(image.caption) : undefined;
        const photo = caption === undefined ? undefined : photos.find((p) => !used.has(p) && p.caption && caption.includes(squash(p.caption)));
        const alt = image.alt ?? photo?.caption ?? image.caption;
        if (photo) {
          used.add(photo);
          Object.assign(photo, { image: `./${image.name}`, alt });
          continue;
        }
        const entry: PhotoEntry = { ...(image.caption || image.alt ? { caption: image.caption ?? image.alt } : {}), image: `./${image.name}`, ...(alt ? { alt } : {}) };
        photos.push(entry);
        used.add(entry);
        const missing = [entry.caption ? '' : 'caption', 'credit', alt ? '' : 'alt'].filter(Boolean);
        warnings.push(importWarning('image-needs-credit', 1, { name: image.name, missing }));
      }
      doc.set('photos', doc.createNode(photos));
      return { name: file.name, content: `---\n${doc.toString({ lineWidth: 0, indentSeq: true })}---\n${match[2]}` };
    }),
    warnings,
  };
}
