// Photos: an `image:` must name a real picture inside its article folder. The build hands it to
// Astro's image() and sharp, which fail half-way (or publish any readable file) otherwise, so the
// checker decodes each one with sharp first: type, size in bytes and pixels.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { report, type Problem } from './problem';
import { reasonText } from '@/lib/messages/check-messages';
import type { ContentFile } from './content-tree';

/** Formats the site publishes as photos (sharp and Astro both handle them; SVG can carry script). */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const;
/** A news photo straight from a camera is 5–15 MB; more is a scan or a mistake, and ships as a huge fallback. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** 40 megapixels: more than any camera photo needs, and decoding more costs the build seconds and memory. */
export const MAX_IMAGE_PIXELS = 40_000_000;

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Why an image file cannot be published, or `undefined` when sharp reads it as a usable photo. */
async function decodeProblem(path: string): Promise<{ zh: string; en: string } | undefined> {
  const bytes = statSync(path).size;
  if (bytes > MAX_IMAGE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return reasonText('image-too-large', { mb });
  }
  let meta: Metadata;
  try {
    meta = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    return reasonText('image-not-decodable');
  }
  const format = String(meta.format ?? 'unknown');
  if (format === 'svg') {
    return reasonText('image-svg');
  }
  if (!(PHOTO_FORMATS as readonly string[]).includes(format)) {
    return reasonText('image-format', { format });
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (pixels > MAX_IMAGE_PIXELS) {
    return reasonText('image-too-many-pixels', { width: meta.width ?? 0, height: meta.height ?? 0 });
  }
  try {
    // The header can be fine and the data truncated: decode a tiny version of the whole picture.
    await sharp(path, { failOn: 'error' }).resize(8, 8, { fit: 'inside' }).raw().toBuffer();
  } catch {
    return reasonText('image-truncated');
  }
  return undefined;
}

/** Photo problems of one article file. */
export async function checkPhotos(file: ContentFile, contentDir: string): Promise<Problem[]> {
  const photos = file.split.data?.photos;
  if (file.kind !== 'article' || !Array.isArray(photos)) return [];
  const out: Problem[] = [];
  const articleDir = resolve(contentDir, file.article);
  for (const [index, photo] of photos.entries()) {
    const image = (photo as { image?: unknown } | null)?.image;
    if (typeof image !== 'string' || image === '') continue;
    const field = `photos.${index}.image`;
    const at = { file: file.path, line: file.split.keyLines.get(field), field };
    if (/^[a-z][a-z0-9+.-]*:/i.test(image) || image.startsWith('//')) {
      out.push(report('image-remote', at, { image }));
      continue;
    }
    const path = resolve(dirname(file.absPath), image);
    const real = existsSync(path) ? realpathSync(path) : path;
    if (isAbsolute(image) || !inside(articleDir, path) || (existsSync(path) && !inside(realpathSync(articleDir), real))) {
      out.push(report('image-outside-article', at, { image, article: file.article, locale: file.locale }));
      continue;
    }
    if (!existsSync(path) || !statSync(path).isFile()) {
      out.push(report('image-missing', at, { image, article: file.article, locale: file.locale }));
      continue;
    }
    const wrong = await decodeProblem(path);
    if (wrong) {
      out.push(report('image-unusable', at, { image, zh: wrong.zh, en: wrong.en }));
    }
  }
  return out;
}

