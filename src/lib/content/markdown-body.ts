// The Markdown body of a content file, read from the file itself. The loader keeps no body in
// Astro's content store (`retainBody: false` in src/content.config.ts, issue 12): the store is
// bundled into the build as one JSON string, and the bodies were 27 of its 72 MB at 1,000
// articles, ~330 MB of the build's peak memory while Vite bundled it. Nor does it keep the HTML
// (markdown/processor.ts): the page model reads every body here and renders it.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** Astro's opening-delimiter pattern (`frontmatterTypeRE` of @astrojs/internal-helpers/frontmatter). */
const FRONTMATTER_TYPE = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/;

/**
 * The body as Astro's glob loader gives it (`entry.body`): the file without its frontmatter
 * block, trimmed — `parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content.trim()`
 * in astro/dist/vite-plugin-markdown/content-entry-type.js, without parsing the YAML again.
 * Astro blanks the block with spaces and trims; removing it and trimming leaves the same text,
 * since the block is all the file holds before the body apart from whitespace and a BOM.
 * @example markdownBody('---\ntitle: x\n---\n\n正文\n') // '正文'
 */
export function markdownBody(text: string): string {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return text.trim();
  const delimiter = FRONTMATTER_TYPE.exec(text)?.[1] ?? '---';
  return text.replace(`${delimiter}${raw}${delimiter}`, '').trim();
}

/**
 * Bodies of content entries by `filePath` as the store has it (relative to the project root,
 * which is the working directory of `astro build` and `astro dev`), read in parallel.
 */
export async function readMarkdownBodies(filePaths: readonly (string | undefined)[], root = process.cwd()): Promise<Map<string, string>> {
  const unique = [...new Set(filePaths.filter((p): p is string => p !== undefined))];
  const bodies = await Promise.all(unique.map(async (path) => markdownBody(await readFile(resolve(root, path), 'utf8'))));
  return new Map(unique.map((path, i) => [path, bodies[i]!]));
}
