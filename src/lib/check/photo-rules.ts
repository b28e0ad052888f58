// Photos: an `image:` must name a file next to the Markdown (Astro's image() resolves it
// relative to the file and fails the build with a bare path otherwise).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { problem, type Problem } from './problem';
import type { ContentFile } from './content-tree';

/** Photo problems of one article file. */
export function checkPhotos(file: ContentFile): Problem[] {
  const photos = file.split.data?.photos;
  if (file.kind !== 'article' || !Array.isArray(photos)) return [];
  const out: Problem[] = [];
  photos.forEach((photo, index) => {
    const image = (photo as { image?: unknown } | null)?.image;
    if (typeof image !== 'string' || image === '') return;
    const field = `photos.${index}.image`;
    const at = { file: file.path, line: file.split.keyLines.get(field), field };
    if (/^[a-z][a-z0-9+.-]*:/i.test(image)) {
      out.push(problem('error', 'image-remote', at,
        `图片“${image}”是网址。请把图片文件下载后放在这个 Markdown 文件旁边，写成 image: ./文件名.jpg。`,
        `Image "${image}" is a web address. Download the file, put it next to this Markdown file and write image: ./name.jpg.`));
      return;
    }
    const path = resolve(dirname(file.absPath), image);
    if (!existsSync(path) || !statSync(path).isFile()) {
      out.push(problem('error', 'image-missing', at,
        `找不到图片文件“${image}”（相对于本文件所在文件夹）。请把图片放进 ${file.article}/${file.locale}/，或改正文件名（注意大小写）。`,
        `Image file "${image}" not found (paths are relative to this file's folder). Put the image in ${file.article}/${file.locale}/ or fix the name (case matters).`));
    }
  });
  return out;
}
