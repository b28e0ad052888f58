// News metadata of an article page: the <head> tags (canonical, Open Graph, Twitter/X, hreflang,
// feed link) and the schema.org NewsArticle JSON-LD. Pure: built from the page model and the
// site config, so tests can check it without Astro.
import type { Credit } from '../content/content-schema';
import { toZonedIso } from '../content/dates';
import { absoluteUrl, feedPath } from '../model/routes';
import type { ArticlePage } from '../model/site-model';
import type { SiteConfig } from '@/site.config';
import { CARD_SIZE } from '@/styles/design-tokens';

/** What of the site config the metadata needs. */
export type SiteUrls = Pick<SiteConfig, 'siteUrl' | 'basePath' | 'defaultLocale' | 'timeZone'>;

/** The publisher logo: generated from the site icon at build time. */
export const LOGO = { path: 'icons/icon-512.png', width: 512, height: 512 } as const;

/** One `<meta>`: Open Graph uses `property`, the rest `name`. */
export interface MetaTag {
  property?: string;
  name?: string;
  content: string;
}

/** One `<link>` of the head. */
export interface HeadLink {
  rel: string;
  href: string;
  hreflang?: string;
  type?: string;
  title?: string;
}

/** schema.org role of a credit: who wrote it, who checked it, who helped. */
export function creditProperty(kind: Credit['kind']): 'author' | 'editor' | 'contributor' {
  if (kind === 'author') return 'author';
  if (kind === 'editor' || kind === 'reviewer') return 'editor';
  return 'contributor';
}

/** A photo's public URL, when the page has a file for it (resolved by the caller, e.g. `getImage`). */
export type PhotoUrl = string | undefined;

/**
 * The `NewsArticle` JSON-LD of a page. `photoUrls[i]` is the absolute URL of photo i's image, when
 * there is one; captions and credits are kept either way (the source often has no files).
 */
export function buildNewsArticle(
  page: ArticlePage,
  site: SiteUrls,
  options: { description: string; photoUrls?: PhotoUrl[] },
): Record<string, unknown> {
  const url = absoluteUrl(page.canonicalPath, site);
  const { meta } = page;
  const people: Record<'author' | 'editor' | 'contributor', object[]> = { author: [], editor: [], contributor: [] };
  for (const credit of meta.credits) {
    people[creditProperty(credit.kind)].push({ '@type': 'Person', name: credit.name, jobTitle: credit.role });
  }
  const card = {
    '@type': 'ImageObject',
    url: absoluteUrl(page.cardPath, site),
    width: CARD_SIZE.width,
    height: CARD_SIZE.height,
  };
  const photos = meta.photos.map((photo, i) => {
    const contentUrl = options.photoUrls?.[i];
    return {
      '@type': 'ImageObject',
      caption: photo.caption,
      creditText: photo.credit,
      ...(contentUrl ? { contentUrl, url: contentUrl } : {}),
      ...(photo.alt ? { description: photo.alt } : {}),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline,
    description: options.description,
    datePublished: toZonedIso(meta.published, site.timeZone),
    dateModified: toZonedIso(meta.modified ?? meta.published, site.timeZone),
    inLanguage: page.locale.lang,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: {
      '@type': 'Organization',
      name: meta.source,
      logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO.path, site), width: LOGO.width, height: LOGO.height },
    },
    ...Object.fromEntries(Object.entries(people).filter(([, list]) => list.length > 0)),
    image: [card, ...photos.filter((p) => 'contentUrl' in p)],
    ...(photos.length > 0 ? { associatedMedia: photos } : {}),
    hasPart: page.highlights.map((h) => ({
      '@type': 'WebPageElement',
      name: h.title,
      url: `${url}#${h.anchor}`,
      cssSelector: `#${h.anchor}`,
      position: h.number,
      ...(h.foreignLang ? { inLanguage: h.foreignLang } : {}),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: every `<` becomes `\u003c`, so no string
 * (a headline with `</script>`) can close the element; `>`, `&` and the JS line separators are
 * escaped too. The result is still exactly the same JSON value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Everything SeoHead writes into `<head>`, as plain data. */
export interface HeadMetadata {
  canonical: string;
  meta: MetaTag[];
  links: HeadLink[];
}

/**
 * Canonical, Open Graph, Twitter/X and `<link>` tags of a page. hreflang links are written only
 * for locales that really have the article, plus `x-default` → the default locale's page.
 */
export function buildHeadMetadata(
  page: ArticlePage,
  site: SiteUrls,
  options: { description: string; feedTitle: string },
): HeadMetadata {
  const { meta } = page;
  const canonical = absoluteUrl(page.canonicalPath, site);
  const image = absoluteUrl(page.cardPath, site);
  const published = toZonedIso(meta.published, site.timeZone);
  const others = page.alternates.filter((a) => a.locale !== page.locale.code);
  const tags: MetaTag[] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: meta.headline },
    { property: 'og:description', content: options.description },
    { property: 'og:url', content: canonical },
    { property: 'og:site_name', content: meta.source },
    { property: 'og:locale', content: page.locale.ogLocale },
    ...others.map((a) => ({ property: 'og:locale:alternate', content: a.ogLocale })),
    { property: 'og:image', content: image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(CARD_SIZE.width) },
    { property: 'og:image:height', content: String(CARD_SIZE.height) },
    { property: 'og:image:alt', content: meta.headline },
    { property: 'article:published_time', content: published },
    { property: 'article:modified_time', content: toZonedIso(meta.modified ?? meta.published, site.timeZone) },
    // X reads og:title and og:description when twitter:title and twitter:description are absent
    // (developer.x.com/cards/markup): not repeated, ~450 bytes a page. The alt text has no such fallback.
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image', content: image },
    { name: 'twitter:image:alt', content: meta.headline },
  ];
  const links: HeadLink[] = [{ rel: 'canonical', href: canonical }];
  if (page.alternates.length > 1) {
    for (const a of page.alternates) links.push({ rel: 'alternate', hreflang: a.lang, href: absoluteUrl(a.path, site) });
    const fallback = page.alternates.find((a) => a.locale === site.defaultLocale);
    if (fallback) links.push({ rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(fallback.path, site) });
  }
  links.push({
    rel: 'alternate',
    type: 'application/rss+xml',
    title: options.feedTitle,
    href: absoluteUrl(feedPath(page.locale.code, site.defaultLocale), site),
  });
  return { canonical, meta: tags, links };
}
