import type { ArticleRecord, HighlightRecord } from './site-model';
import type { LocaleConfig } from '@/site.config';

/**
 * Makes a locale's records from another locale's by converting every text (Simplified →
 * Traditional with OpenCC). Converting rendered HTML is safe: tags and attributes are ASCII
 * and OpenCC maps Han characters only.
 */
export function deriveLocale(
  records: { articles: ArticleRecord[]; highlights: HighlightRecord[] },
  from: string,
  to: string,
  convert: (text: string) => string,
): { articles: ArticleRecord[]; highlights: HighlightRecord[] } {
  const articles = records.articles.filter((a) => a.locale === from).map((a) => ({
    ...a,
    locale: to,
    headline: convert(a.headline),
    kicker: a.kicker && convert(a.kicker),
    source: convert(a.source),
    description: a.description && convert(a.description),
    photos: a.photos.map((p) => ({ ...p, caption: convert(p.caption), credit: convert(p.credit), alt: p.alt && convert(p.alt) })),
    credits: a.credits.map((c) => ({ ...c, role: convert(c.role), name: convert(c.name), statement: c.statement && convert(c.statement) })),
    ledeHtml: convert(a.ledeHtml),
  }));
  const highlights = records.highlights.filter((h) => h.locale === from).map((h) => ({
    ...h,
    locale: to,
    title: convert(h.title),
    summary: h.summary && convert(h.summary),
    figures: h.figures.map((f) => ({ value: convert(f.value), unit: convert(f.unit), label: convert(f.label) })),
    html: convert(h.html),
  }));
  return { articles, highlights };
}

/**
 * Adds the records of every locale the site config generates with OpenCC (zh-Hant, zh-HK …) to
 * the records read from files. `makeConverter` is OpenCC's `Converter`, passed in so this stays pure.
 */
export function addDerivedLocales(
  records: { articles: ArticleRecord[]; highlights: HighlightRecord[] },
  locales: LocaleConfig[],
  makeConverter: (options: Extract<LocaleConfig['source'], { kind: 'opencc' }>['convert']) => (text: string) => string,
): { articles: ArticleRecord[]; highlights: HighlightRecord[] } {
  let { articles, highlights } = records;
  for (const locale of locales) {
    if (locale.source.kind !== 'opencc') continue;
    const derived = deriveLocale(records, locale.source.from, locale.code, makeConverter(locale.source.convert));
    articles = [...articles, ...derived.articles];
    highlights = [...highlights, ...derived.highlights];
  }
  return { articles, highlights };
}
