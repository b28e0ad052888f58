// RSS feed of the default locale, at the root of the base path.
import rss from '@astrojs/rss';
import { loadSite } from '@/lib/collections';
import { buildFeed } from '@/lib/feed';
import { SITE } from '@/site.config';

export async function GET() {
  const { pages } = await loadSite();
  return rss(buildFeed(pages, SITE.defaultLocale, SITE));
}
