import { defineConfig } from 'astro/config';
import { SITE } from './src/site.config';
import { markdownItProcessor } from './src/lib/markdown/processor';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE.siteUrl,
  base: SITE.basePath,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: markdownItProcessor() },
  devToolbar: { enabled: false },
  vite: { resolve: { alias: { '@': new URL('./src', import.meta.url).pathname } } },
});
