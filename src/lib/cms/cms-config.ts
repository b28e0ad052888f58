// The Decap CMS configuration (served as /admin/config.yml), built from the site config and the
// content folder as it is at build time: one collection per article, with its index.md and each
// highlight as a form, every language side by side. Editing the content layout by hand is not
// needed: a new article or highlight appears in the editor with the next build.
import { articleFields, highlightFields } from './cms-fields';

/** What the config needs to know about one article folder. */
export interface CmsArticle {
  id: string;
  headline: string;
  /** Highlight file names in the source locale, sorted: `01.md`, `02.md`… */
  highlights: string[];
}

/** Where the web editor commits: read from the environment at build time (README "Web editor"). */
export interface CmsBackend {
  name: 'github' | 'gitea' | 'gitlab' | 'git-gateway';
  repo: string;
  branch?: string;
  /** OAuth/API settings of self-hosted backends (Gitea: base_url, api_root, app_id). */
  extra: Record<string, string>;
}

export interface CmsConfigInput {
  contentDir: string;
  /** Locales that have Markdown files, default first (generated ones have nothing to edit). */
  locales: string[];
  defaultLocale: string;
  articles: CmsArticle[];
  backend: CmsBackend;
  /** Port of `decap-server` for local mode (`npm run cms`). */
  localPort: number;
}

/** Reads `CMS_BACKEND` (default github), `CMS_REPO` (else GITHUB_REPOSITORY), `CMS_REPO`, `CMS_BRANCH`, `CMS_BASE_URL`, `CMS_API_ROOT`, `CMS_APP_ID`, `CMS_AUTH_ENDPOINT`. */
export function backendFromEnv(env: Record<string, string | undefined>): CmsBackend {
  const name = (env.CMS_BACKEND ?? 'github') as CmsBackend['name'];
  const extra: Record<string, string> = {};
  for (const [key, variable] of [['base_url', 'CMS_BASE_URL'], ['api_root', 'CMS_API_ROOT'], ['app_id', 'CMS_APP_ID'], ['auth_endpoint', 'CMS_AUTH_ENDPOINT']] as const) {
    const value = env[variable];
    if (value) extra[key] = value;
  }
  // GitHub Actions names the repository it builds; elsewhere CMS_REPO must (a placeholder keeps
  // the config valid, so local mode works before a backend is set up).
  return { name, repo: env.CMS_REPO || env.GITHUB_REPOSITORY || 'your-org/your-repo', branch: env.CMS_BRANCH ?? 'main', extra };
}

/**
 * The config object. Decap's `multiple_folders` i18n layout is `<folder>/<locale>/<file>`, which is
 * ours: entry `01` of folder `content/<id>` is `content/<id>/zh-hans/01.md`, `…/en/01.md`.
 */
export function buildCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const dir = input.contentDir.replace(/^\.\//, '').replace(/\/+$/, '');
  const { backend } = input;
  // One instance of each field list for every collection: the YAML writes it once and aliases it
  // (shared-subtrees.ts), and an instance seen again is not compared again (10,000 at 1,000 articles).
  const fields = { article: articleFields(), highlight: highlightFields() };
  return {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      ...backend.extra,
      commit_messages: { update: 'Edit {{collection}} “{{slug}}” in the web editor' },
    },
    // Used only when the page is opened from localhost: decap-server edits the working copy.
    local_backend: { url: `http://localhost:${input.localPort}/api/v1` },
    locale: input.defaultLocale.startsWith('zh') ? 'zh_Hans' : 'en',
    media_folder: `${dir}/media`,
    i18n: { structure: 'multiple_folders', locales: input.locales, default_locale: input.defaultLocale },
    collections: input.articles.flatMap((article) => {
      // Decap's i18n allows <folder>/<locale>/<file> only for folder collections, whose entries
      // are told apart by an exact field value: index.md by its `locale`, each highlight by its
      // `number`. So an article is one collection for its index and one per highlight.
      const common = {
        folder: `${dir}/${article.id}`,
        i18n: true,
        // Adding or removing a highlight renumbers files: done in the folder (content/README.md).
        create: false,
        delete: false,
        editor: { preview: false },
      };
      return [
        { ...common, name: article.id, label: article.headline, label_singular: '文章信息与导语 / Article and lede',
          description: `${dir}/${article.id}/`, filter: { field: 'locale', value: input.defaultLocale },
          identifier_field: 'headline', summary: '{{headline}}', fields: fields.article },
        ...article.highlights.map((file) => {
          const number = Number(file.replace(/\.md$/, ''));
          return { ...common, name: `${article.id}--${file.replace(/\.md$/, '')}`, label: `└ 亮点 ${number} / Highlight ${number}`,
            filter: { field: 'number', value: number }, identifier_field: 'title', summary: '{{title}}', fields: fields.highlight };
        }),
      ];
    }),
  };
}
