// Generates the baseline: a plain Astro project with Astro's default Markdown pipeline, reading
// the same corpus as our build. Nothing of ours is in it but the shared node_modules (symlinked,
// so no install is needed and both builds use the same Astro version).
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The baseline's config: Astro defaults, plus out/cache folders from the environment like ours. */
const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
});
`;

/** One glob collection over every Markdown file, with a schema that accepts any frontmatter. */
function contentConfig(corpusDir: string): string {
  return `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const entries = defineCollection({
  loader: glob({ base: ${JSON.stringify(corpusDir)}, pattern: '**/*.md', generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),
  schema: z.object({}).passthrough(),
});

export const collections = { entries };
`;
}

/** One page per article: headline, lede, then each highlight's title, figures and text. */
const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const byArticle = new Map();
  for (const entry of await getCollection('entries')) {
    const [article, , file] = entry.id.split('/');
    const group = byArticle.get(article) ?? { index: undefined, highlights: [] };
    if (file === 'index') group.index = entry;
    else group.highlights.push(entry);
    byArticle.set(article, group);
  }
  return [...byArticle].map(([slug, group]) => ({
    params: { slug },
    props: { index: group.index, highlights: group.highlights.sort((a, b) => a.data.number - b.data.number) },
  }));
}

const { index, highlights } = Astro.props;
const { Content: Lede } = await render(index);
const sections = await Promise.all(highlights.map(async (entry) => ({ entry, Content: (await render(entry)).Content })));
---
<html lang="zh-Hans">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{index.data.headline}</title>
  </head>
  <body>
    <main>
      <h1>{index.data.headline}</h1>
      <Lede />
      {sections.map(({ entry, Content }) => (
        <section>
          <h2>{entry.data.title}</h2>
          <ul>{(entry.data.figures ?? []).map((f) => <li>{f.value}{f.unit} {f.label}</li>)}</ul>
          <Content />
        </section>
      ))}
    </main>
  </body>
</html>
`;

/** Writes the baseline project into `dir` for the corpus at `corpusDir`, sharing `nodeModules`. */
export async function writePlainProject(dir: string, corpusDir: string, nodeModules: string): Promise<void> {
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-plain-astro', private: true, type: 'module' }, null, 2));
  await writeFile(join(dir, 'astro.config.mjs'), ASTRO_CONFIG);
  await writeFile(join(dir, 'src/content.config.ts'), contentConfig(corpusDir));
  await writeFile(join(dir, 'src/pages/[...slug].astro'), ARTICLE_PAGE);
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
}
