// The RSS feed of one locale, as plain data for @astrojs/rss: one item per article (aliases
// left out), newest first, with the full text — lede and every highlight — so readers need not
// click through. Only the newest `feedItems` articles (site config, default 10): a feed announces
// what is new, and readers keep what they fetched before; full text for all of a 1,000-article
// archive would make each locale's feed ~30 MB, fetched again by every subscriber on every poll.
import { getStrings } from '@/i18n';
import { absoluteUrl, feedPath } from '../model/routes';
import type { SiteUrls } from './news-metadata';
import type { MarkdownIt } from 'markdown-it';
import { createMarkdown } from '../markdown/create-markdown';
import type { RenderEnv } from '../markdown/render-env';
import type { ArticlePage, HighlightView } from '../model/site-model';
import type { SiteConfig } from '@/site.config';

/** Escapes text for HTML (titles go into the feed's HTML content). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

let feedMarkdown: MarkdownIt | undefined;

/** A Markdown body as a feed reader gets it: in-page links absolute, no page-only markup. */
function renderForFeed(source: string, lang: string, pageUrl: string): string {
  return (feedMarkdown ??= createMarkdown()).render(source, { lang, pageUrl } satisfies RenderEnv);
}

/** A highlight's numbered title, as the page's `<h2>` shows it: 亮点五:积极践行… */
function feedHeading(h: HighlightView, separator: string): string {
  return `<h2 id="${h.anchor}">${escapeHtml(`${h.label}${separator}${h.title}`)}</h2>`;
}

/**
 * Full HTML of an article for feed readers, rendered from the model's parts (the same Markdown
 * the page shows, in the feed's render env): lede, then each highlight under its numbered title.
 */
export function articleFeedHtml(page: ArticlePage, pageUrl: string): string {
  const strings = getStrings(page.locale.code);
  const sections = page.highlights.map((h) => `${feedHeading(h, strings.highlightLabelSeparator)}\n${renderForFeed(h.bodyMarkdown, h.lang, pageUrl)}`);
  return [renderForFeed(page.meta.ledeMarkdown, page.locale.lang, pageUrl), ...sections].join('\n');
}

/** Options for `rss()` of one locale's feed: channel and items, every link absolute. */
export function buildFeed(pages: ArticlePage[], locale: string, site: SiteUrls & Pick<SiteConfig, 'feedItems'> & { locales: { code: string; lang: string }[] }) {
  const all = pages.filter((p) => p.locale.code === locale && !p.isAlias)
    .sort((a, b) => b.meta.published.getTime() - a.meta.published.getTime());
  const own = all.slice(0, site.feedItems);
  const strings = getStrings(locale);
  const source = all[0]?.meta.source ?? '';
  const lang = site.locales.find((l) => l.code === locale)?.lang ?? locale;
  const home = all.find((p) => p.isRoot) ?? all[0];
  return {
    title: strings.feedTitle(source),
    description: strings.feedDescription(source),
    site: absoluteUrl(home?.path ?? '', site),
    customData: `<language>${escapeHtml(lang)}</language><atom:link href="${escapeHtml(absoluteUrl(feedPath(locale, site.defaultLocale), site))}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: own.map((page) => {
      const link = absoluteUrl(page.canonicalPath, site);
      return {
        title: page.meta.headline,
        link,
        pubDate: page.meta.published,
        description: page.description,
        content: articleFeedHtml(page, link),
      };
    }),
  };
}
