// /admin/config.yml: the web editor's configuration, built from the content folder (see
// src/lib/cms/cms-config.ts). Decap CMS reads it from next to /admin/index.html.
import { stringify } from 'yaml';
import { readContentTree, type ContentFile } from '@/lib/check/content-tree';
import { backendFromEnv, buildCmsConfig } from '@/lib/cms/cms-config';
import { shareEqualSubtrees } from '@/lib/shared-subtrees';
import { SITE } from '@/site.config';

/** Port of decap-server in local mode; `npm run cms` starts it there. */
export const CMS_LOCAL_PORT = Number(process.env.CMS_LOCAL_PORT || 8081);

export function GET() {
  // Frontmatter parsed on use (`() => true`): only each article's index.md is read for its
  // headline, not the YAML of every highlight (0.4 s of a 100-article build). The content check
  // has named any file that does not parse; such a file's collection is labelled with its id.
  const tree = readContentTree(SITE.contentDir, () => true);
  const sourceFiles = Map.groupBy(tree.files.filter((f) => f.locale === SITE.defaultLocale), (f) => f.article);
  const articles = tree.articles.map((id) => {
    const source = sourceFiles.get(id) ?? [];
    const headline = headlineOf(source.find((f) => f.kind === 'article'));
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
  // The same field lists in every collection are written once and aliased (Decap reads YAML aliases).
  return new Response(stringify(shareEqualSubtrees(config)), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
}

function headlineOf(file: ContentFile | undefined): unknown {
  try {
    return file?.split.data?.headline;
  } catch {
    return undefined;
  }
}
