// The sitemap index robots.txt names, listing the sitemap files below.
import { loadSite } from '@/lib/content/collections';
import { absoluteUrl } from '@/lib/model/routes';
import { sitemapEntries, sitemapFiles, sitemapIndexXml } from '@/lib/render/sitemap-entries';
import { SITE } from '@/site.config';

export async function GET() {
  const { pages } = await loadSite();
  const files = sitemapFiles(sitemapEntries(pages, SITE)).map((f) => absoluteUrl(f.path, SITE));
  return new Response(sitemapIndexXml(files), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
