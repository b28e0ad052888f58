// RSS feed of every other locale that has at least one article: /en/rss.xml, /zh-hant/rss.xml.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '@/lib/content/collections';
import { buildFeed } from '@/lib/render/feed';
import { SITE } from '@/site.config';

export async function getStaticPaths() {
  const { pages } = await loadSite();
  const locales = new Set(pages.map((p) => p.locale.code));
  return SITE.locales
    .filter((l) => l.code !== SITE.defaultLocale && locales.has(l.code))
    .map((l) => ({ params: { locale: l.code } }));
}

export async function GET({ params }: APIContext) {
  const { pages } = await loadSite();
  return rss(buildFeed(pages, params.locale!, SITE));
}
