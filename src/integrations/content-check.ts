// Runs the content checker before Astro builds anything, so `astro build` fails with the same
// messages as `npm run check` and writes nothing. In `astro dev` it only prints, and re-checks
// when a Markdown file changes, so a typo never stops the preview. Results of unchanged files come
// from the check's cache (src/lib/check/check-cache.ts, beside Astro's build cache): ~0.2 s
// instead of ~4–5 s at 1,000 articles (the cold check, issue 12).
import type { AstroIntegration } from 'astro';
import { SITE } from '@/site.config';
import { checkContent, optionsFor } from '@/lib/check/check-content';
import { formatReport } from '@/lib/check/report';
import { EditorError } from '@/lib/messages/editor-message';
import { runMessage } from '@/lib/messages/config-messages';
import { forgetConverters } from '@/lib/zh/derived-locale';

/** Astro integration: validates `SITE.contentDir` in `astro:config:setup`. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        const result = await checkContent(SITE.contentDir, optionsFor(SITE.contentDir));
        // The check's OpenCC tries are not needed again until the page model: Astro syncs and
        // bundles without them (the memory peak of a 1,000-article build). The lines they
        // converted stay for the build (derived-locale.ts).
        if (command === 'build') forgetConverters({ keepLines: true });
        if (result.problems.length === 0) return;
        const report = formatReport(result, SITE.contentDir);
        if (result.errors === 0) {
          logger.warn(`\n${report}`);
          return;
        }
        logger.error(`\n${report}`);
        if (command === 'build') {
          throw new EditorError(runMessage('build-stopped', { file: '' }, { errors: result.errors }));
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // Re-check on every save of a content file while previewing.
        server.watcher.on('change', async (path) => {
          if (!path.endsWith('.md') || !path.includes(SITE.contentDir.replace(/^\.\//, ''))) return;
          const result = await checkContent(SITE.contentDir, optionsFor(SITE.contentDir));
          if (result.problems.length > 0) logger.warn(`\n${formatReport(result, SITE.contentDir)}`);
        });
      },
    },
  };
}
