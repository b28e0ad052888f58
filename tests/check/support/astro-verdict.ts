// The build's side of the check-vs-build differential, made callable without a 3-second Astro
// start per case: what Astro's content layer does with each file, using Astro's own pieces —
// the glob loader's patterns, `parseFrontmatter` (js-yaml), the zod schemas of content.config.ts,
// Astro's image probe (`imageMetadata`), sharp's decode for the transform, the SVG refusal, and
// the Date the pages format. Returns the first thing that would fail the build, or undefined.
// The real-build tests (atomic-build.test.ts) confirm the verdict on a representative subset.
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { imageMetadata } from 'astro/assets/utils';
import { z } from 'astro/zod';
import sharp from 'sharp';
import { highlightSchema, makeArticleSchema } from '@/lib/content/content-schema';

const ARTICLE = makeArticleSchema(z.string());
/** The loader patterns of src/content.config.ts. */
const PATTERNS = [['*/*/index.md', ARTICLE], ['*/*/[0-9]*.md', highlightSchema]] as const;

async function imageFails(file: string, image: string): Promise<string | undefined> {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(image)) return undefined; // remote: not fetched at build
  if (isAbsolute(image)) return 'absolute image path (MissingImageDimension)';
  const path = resolve(dirname(file), image);
  if (!existsSync(path) || !statSync(path).isFile()) return 'image not found (ImageNotFound)';
  const data = readFileSync(path);
  let format: string;
  try {
    format = (await imageMetadata(data, path)).format;
  } catch {
    return 'NoImageMetadata';
  }
  if (format === 'svg') return 'SVG image processing is disabled';
  try {
    await sharp(data).resize(32).toBuffer();
  } catch (error) {
    return `sharp transform failed: ${(error as Error).message}`;
  }
  return undefined;
}

/** The first content failure the build would hit in `dir`, or `undefined` when it would build. */
export async function astroVerdict(dir: string): Promise<string | undefined> {
  const settings = join(dir, 'site.json');
  if (existsSync(settings)) {
    try {
      JSON.parse(readFileSync(settings, 'utf8'));
    } catch {
      return 'site.json: not valid JSON (config fails to load)';
    }
  }
  for (const [pattern, schema] of PATTERNS) {
    for (const rel of globSync(pattern, { cwd: dir }).sort()) {
      const file = join(dir, rel);
      try {
        const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
        const parsed = schema.safeParse(frontmatter);
        if (!parsed.success) return `${rel}: InvalidContentEntryDataError`;
        const data = parsed.data as { published?: Date; modified?: Date; photos?: { image?: string }[] };
        for (const date of [data.published, data.modified]) {
          if (date && Number.isNaN(date.getTime())) return `${rel}: RangeError: Invalid time value`;
        }
        for (const photo of data.photos ?? []) {
          const failure = photo.image ? await imageFails(file, photo.image) : undefined;
          if (failure) return `${rel}: ${failure}`;
        }
      } catch (error) {
        return `${rel}: ${(error as Error).message.split('\n')[0]}`;
      }
    }
  }
  return undefined;
}
