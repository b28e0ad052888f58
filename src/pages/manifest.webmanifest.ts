// The web app manifest, named after the root article in the default locale.
import type { APIRoute } from 'astro';
import { loadSite } from '@/lib/content/collections';
import { buildWebManifest } from '@/lib/icons/web-manifest';
import { SITE } from '@/site.config';

export const GET: APIRoute = async () => {
  const { pages } = await loadSite();
  const root = pages.find((p) => p.isRoot && !p.isAlias && p.locale.code === SITE.defaultLocale) ?? pages[0]!;
  const manifest = buildWebManifest({
    name: root.meta.headline, shortName: root.meta.source, lang: root.locale.lang, basePath: SITE.basePath,
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
