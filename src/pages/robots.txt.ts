// robots.txt: everything may be crawled; the sitemap's absolute URL includes the base path.
// (Crawlers read robots.txt only at a host's root: under a sub-path, the host's own file rules.)
import { absoluteUrl } from '@/lib/model/routes';
import { SITE } from '@/site.config';

export function GET() {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('sitemap-index.xml', SITE)}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
