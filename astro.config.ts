import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { SITE } from './src/site.config';
import { markdownItProcessor } from './src/lib/markdown/processor';
import contentCheck from './src/integrations/content-check';
import devContentErrors from './src/integrations/dev-content-errors';
import deployLayout from './src/integrations/deploy-layout';
import shareCards from './src/integrations/share-cards';
import { stableAssetsOutDir } from './src/integrations/stable-assets-out-dir';

const env = process.env;
const outDir = env.OUT_DIR || './dist';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.siteUrl,
  base: SITE.basePath,
  trailingSlash: 'always',
  // OUT_DIR / CACHE_DIR let tests and the benchmark build several sites side by side.
  outDir,
  cacheDir: env.CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownItProcessor() },
  devToolbar: { enabled: false },
  // A page or card whose cacheKey (src/lib/model/render-cache-key.ts, card-cache.ts) and route
  // code are unchanged is copied from the last build in CACHE_DIR instead of rendered (issue 12).
  experimental: { incrementalBuild: true },
  integrations: [
    // Starts drawing the share cards on worker threads while the main thread checks content,
    // syncs it and bundles (a failed check stops the build and, with it, the drawing).
    shareCards(),
    // Validates content/: on errors the build stops before anything is written.
    contentCheck(),
    // In `astro dev`: the same check's errors on the browser's error overlay, until fixed.
    devContentErrors(),
    // The sitemap is built from the page model: src/pages/sitemap-index.xml.ts and sitemap-[index].xml.ts.
    // Last: BASE_PATH in front of the _headers rules; dist/ nested under it for Netlify / Cloudflare Pages (DIST_LAYOUT).
    deployLayout(),
  ],
  vite: {
    // Keeps pages cacheable across `npm run build`'s staging folders (see the plugin).
    plugins: [stableAssetsOutDir(outDir, env.PUBLISH_DIR)],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // The dev server watches the project, but not the build's output and staging folders: a
    // build beside a running preview would reload it with every file written.
    server: { watch: { ignored: ['**/dist/**', '**/dist.*/**', '**/.build-staging-*/**'] } },
  },
});
