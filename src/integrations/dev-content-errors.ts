// Shows the content check's errors in the browser during `npm run dev`, on Astro's error overlay,
// and takes them away once fixed. Without it a broken file leaves the last good page on screen
// and the message only in the terminal, where an editor watching the browser never looks.
// (content-check.ts still prints the full report in the terminal; this only adds the browser.)
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent } from '@/lib/check/check-content';
import { overlayError, type OverlayError } from '@/lib/check/dev-overlay';
import { SITE } from '@/site.config';

/** Astro integration, dev server only. */
export default function devContentErrors(): AstroIntegration {
  return {
    name: 'dev-content-errors',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        const dir = resolve(root, SITE.contentDir) + sep;
        let current: OverlayError | undefined;
        const recheck = async () => {
          const next = overlayError(await checkContent(SITE.contentDir), SITE.contentDir, root);
          if (next) {
            server.ws.send({ type: 'error', err: next });
            logger.info('内容有错误，已显示在浏览器里 / content errors shown in the browser');
          } else if (current) {
            // Fixed: a full reload closes the overlay and shows the corrected page.
            server.ws.send({ type: 'full-reload', path: '*' });
            logger.info('内容错误已改正 / content errors fixed');
          }
          current = next;
        };
        void recheck();
        // A page opened (or reloaded) while content is broken gets the overlay at once.
        server.ws.on('connection', () => {
          if (current) setTimeout(() => current && server.ws.send({ type: 'error', err: current }), 300);
        });
        for (const event of ['change', 'add', 'unlink'] as const) {
          server.watcher.on(event, (path) => {
            if (path.endsWith('.md') && resolve(root, path).startsWith(dir)) void recheck();
          });
        }
      },
    },
  };
}
