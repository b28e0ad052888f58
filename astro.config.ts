import { defineConfig } from 'astro/config';
import { SITE } from './src/site.config';
import { markdownItProcessor } from './src/lib/markdown/processor';

const env = process.env;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.siteUrl,
  base: SITE.basePath,
  trailingSlash: 'always',
  // OUT_DIR / CACHE_DIR let tests and the benchmark build several sites side by side.
  outDir: env.OUT_DIR || './dist',
  cacheDir: env.CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownItProcessor() },
  devToolbar: { enabled: false },
  vite: { resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } } },
});
