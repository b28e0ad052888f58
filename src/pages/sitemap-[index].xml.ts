// The sitemap files (sitemap-0.xml, …): every canonical page with its hreflang alternates, built
// from the page model like the pages themselves (see src/lib/render/sitemap-entries.ts).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '@/lib/content/collections';
import { sitemapEntries, sitemapFiles, sitemapXml } from '@/lib/render/sitemap-entries';
import { SITE } from '@/site.config';

async function files() {
  const { pages } = await loadSite();
  return sitemapFiles(sitemapEntries(pages, SITE));
}

export const getStaticPaths = (async () => (await files())
  .map((f, i) => ({ params: { index: String(i) }, props: { entries: f.entries } }))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(sitemapXml(props.entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
