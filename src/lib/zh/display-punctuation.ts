// The frontmatter texts a Chinese page shows (headline, source, titles, figure labels, captions,
// credits), with the same display-only punctuation mapping the Markdown bodies get
// (src/lib/markdown/cjk-full-width-punctuation.ts). The content files are never changed.
import { fullWidthPunctuation, isChineseLang } from './cjk-punctuation';
import type { Credit } from '../content/content-schema';
import type { ArticlePage, HighlightView } from '../model/site-model';

type Convert = (text: string) => string;
const maybe = (text: string | undefined, convert: Convert) => (text === undefined ? undefined : convert(text));

function highlightShown(h: HighlightView, convert: Convert): HighlightView {
  return {
    ...h,
    title: convert(h.title),
    heading: convert(h.heading),
    summary: maybe(h.summary, convert),
    figures: h.figures.map((f) => ({ ...f, unit: convert(f.unit), label: convert(f.label), shown: { ...f.shown, unit: convert(f.shown.unit) } })),
  };
}

/**
 * The page as shown: on Chinese pages (and for Chinese highlights shown on another page as a
 * fallback) half-width `, : ; ? ! ( )` next to Han characters become full-width. `enabled` is
 * the site config's `fullWidthPunctuation`; when false the page is returned as is.
 *
 * @example withDisplayPunctuation(page, true).meta.source // '江津融媒体中心'
 */
export function withDisplayPunctuation(page: ArticlePage, enabled: boolean): ArticlePage {
  if (!enabled) return page;
  const pageConvert: Convert = isChineseLang(page.locale.lang) ? fullWidthPunctuation : (t) => t;
  const { meta } = page;
  const credit = (c: Credit): Credit => ({ ...c, role: pageConvert(c.role), name: pageConvert(c.name), statement: maybe(c.statement, pageConvert) });
  return {
    ...page,
    meta: {
      ...meta,
      headline: pageConvert(meta.headline),
      kicker: maybe(meta.kicker, pageConvert),
      source: pageConvert(meta.source),
      description: maybe(meta.description, pageConvert),
      photos: meta.photos.map((p) => ({ ...p, caption: pageConvert(p.caption), credit: pageConvert(p.credit), alt: maybe(p.alt, pageConvert) })),
      credits: meta.credits.map(credit),
    },
    byline: page.byline.map(credit),
    translators: page.translators.map(pageConvert),
    highlights: page.highlights.map((h) => (isChineseLang(h.lang) ? highlightShown(h, fullWidthPunctuation) : h)),
    others: page.others.map((o) => ({ ...o, headline: pageConvert(o.headline) })),
  };
}
