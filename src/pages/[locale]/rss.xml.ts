// RSS feed of every other locale that has at least one article: /en/rss.xml, /zh-hant/rss.xml.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { loadSite } from '@/lib/content/collections';
import { buildFeed } from '@/lib/render/feed';
import { SITE } from '@/site.config';

export const getStaticPaths = (async () => {
  const { pages } = await loadSite();
  const locales = new Set(pages.map((p) => p.locale.code));
  return SITE.locales
    .filter((l) => l.code !== SITE.defaultLocale && locales.has(l.code))
    .map((l) => ({ params: { locale: l.code } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Record<string, never>, InferGetStaticParamsType<typeof getStaticPaths>> = async ({ params }) => {
  const { pages } = await loadSite();
  return rss(buildFeed(pages, params.locale, SITE));
};
