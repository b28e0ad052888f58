// RSS feed of the default locale, at the root of the base path.
import rss from '@astrojs/rss';
import { loadSite } from '@/lib/content/collections';
import { buildFeed } from '@/lib/render/feed';
import { SITE } from '@/site.config';

export async function GET() {
  const { pages } = await loadSite();
  return rss(buildFeed(pages, SITE.defaultLocale, SITE));
}
