// The web app manifest, named after the front page of the default locale.
import type { APIRoute } from 'astro';
import { loadSite } from '@/lib/content/collections';
import { buildWebManifest } from '@/lib/icons/web-manifest';
import { homePageOf } from '@/lib/model/site-model';
import { SITE } from '@/site.config';

export const GET: APIRoute = async () => {
  const { pages } = await loadSite();
  const root = homePageOf(pages, SITE.defaultLocale) ?? pages[0]!;
  const manifest = buildWebManifest({
    name: root.meta.headline, shortName: root.meta.source, lang: root.locale.lang, basePath: SITE.basePath,
  });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
