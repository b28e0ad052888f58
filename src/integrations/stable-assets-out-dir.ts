// Astro's incremental build (experimental.incrementalBuild) re-renders a page when the code of
// its route's modules changed since the last build. The `astro:assets` module, imported by every
// page that shows a photo, states the absolute output folders in its code (`outDir` and
// `serverDir`, read only by the Node server adapter), and `npm run build` renders into a new
// staging folder each time (src/cli/build.ts) — so without this every page would count as
// changed on every build. This Vite plugin writes the folder the build is published to
// (PUBLISH_DIR, set by src/cli/build.ts) there instead of the staging folder. Nothing reads
// those values in a static build; if Astro changes the lines, pages are merely re-rendered.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';

/** A Vite plugin as Astro's config takes it (vite itself is Astro's dependency, not ours). */
type VitePlugin = Extract<NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number], { name: string }>;

const ASSETS_MODULE = '\0astro:assets';

const folderUrl = (dir: string) => pathToFileURL(resolve(dir)).href.replace(/\/?$/, '/');

/**
 * A Vite plugin: `astro:assets` names `publishDir` where it would name `outDir` (the staging
 * folder). Inactive unless both are set and differ.
 */
export function stableAssetsOutDir(outDir: string | undefined, publishDir: string | undefined): VitePlugin {
  return {
    name: 'stable-assets-out-dir',
    enforce: 'post',
    transform(code: string, id: string) {
      if (!outDir || !publishDir || id !== ASSETS_MODULE) return undefined;
      const staged = JSON.stringify(folderUrl(outDir)).slice(0, -1);
      const published = JSON.stringify(folderUrl(publishDir)).slice(0, -1);
      return { code: code.replaceAll(staged, published), map: null };
    },
  };
}
