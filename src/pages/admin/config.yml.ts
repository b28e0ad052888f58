// /admin/config.yml: the web editor's configuration, built from the content folder (see
// src/lib/cms/cms-config.ts). Decap CMS reads it from next to /admin/index.html.
import { getCollection } from 'astro:content';
import { readContentTree } from '@/lib/check/content-tree';
import { parseContentPath } from '@/lib/content/content-path';
import { backendFromEnv, buildCmsConfig } from '@/lib/cms/cms-config';
import { cachedCmsConfigYaml } from '@/lib/cms/cms-config-yaml';
import { SITE } from '@/site.config';

/** Port of decap-server in local mode; `npm run cms` starts it there. */
export const CMS_LOCAL_PORT = Number(process.env.CMS_LOCAL_PORT || 8081);

export async function GET() {
  // Headlines from the content store the pages use (already parsed), not from the YAML of every
  // file again: parsing them cost 0.4 s of a 100-article build. The tree (no frontmatter parsed,
  // `() => true`) lists the files; an article without a headline there is labelled with its id.
  const headlines = new Map((await getCollection('articles')).map((e) => [parseContentPath(e.id), e.data.headline] as const)
    .filter(([path]) => path.locale === SITE.defaultLocale).map(([path, headline]) => [path.article, headline]));
  const tree = readContentTree(SITE.contentDir, () => true);
  const sourceFiles = Map.groupBy(tree.files.filter((f) => f.locale === SITE.defaultLocale), (f) => f.article);
  const articles = tree.articles.map((id) => {
    const source = sourceFiles.get(id) ?? [];
    const headline = headlines.get(id);
    return {
      id,
      headline: typeof headline === 'string' ? headline : id,
      highlights: source.filter((f) => f.kind === 'highlight').map((f) => f.name).sort(),
    };
  });
  const config = buildCmsConfig({
    contentDir: SITE.contentDir,
    locales: SITE.locales.filter((l) => l.source.kind === 'files').map((l) => l.code),
    defaultLocale: SITE.defaultLocale,
    articles,
    backend: backendFromEnv(process.env),
    localPort: CMS_LOCAL_PORT,
  });
  // Field lists written once and aliased; the YAML comes from the last build's cache when nothing it depends on changed.
  return new Response(cachedCmsConfigYaml(config), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}

