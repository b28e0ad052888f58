// Every edition of every article, from the records read from files: the locales the site config
// converts with OpenCC (zh-Hant from zh-Hans), and the Simplified edition of an article whose
// source is Traditional (zh-Hans from zh-Hant, tw → cn). An English-only article gets no Chinese
// edition: nothing converts English. Converted records say what they were converted from.
import type { LocaleConfig } from '@/site.config';
import { addDerivedLocales, deriveLocale, type ConvertOptions } from '../zh/derived-locale';
import { DEFAULT_SECTION_LABEL } from '../model/section-label';
import type { ArticleRecord, HighlightRecord } from '../model/site-model';

/** OpenCC's `Converter`, passed in so this module stays pure. */
export type MakeConverter = (options: ConvertOptions) => (text: string) => string;

interface Records {
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
}

/** OpenCC's name for the script of a Traditional locale, from its BCP 47 tag (zh-Hant-HK → hk). */
function traditionalVariant(lang: string): 'tw' | 'hk' | undefined {
  if (!/^zh-Hant/i.test(lang)) return undefined;
  return /-HK$/i.test(lang) ? 'hk' : 'tw';
}

/**
 * Adds the converted editions to the records read from files. A converted article carries
 * `convertedFrom` (the locale it came from) and its source's section label converted by the same
 * converter, so 关注点{一} becomes 關注點{一} on the Traditional page.
 * @example addEditions(records, SITE.locales, 'zh-hans', OpenCC.Converter) // + zh-hant of every zh-hans article, + zh-hans of every zh-hant-only one
 */
export function addEditions(records: Records, locales: LocaleConfig[], defaultLocale: string, makeConverter: MakeConverter): Records {
  const converters = new Map<string, (text: string) => string>();
  const converter: MakeConverter = (options) => {
    const key = `${options.from}>${options.to}`;
    if (!converters.has(key)) converters.set(key, makeConverter(options));
    return converters.get(key)!;
  };
  const label = (source: ArticleRecord | undefined, convert: (text: string) => string) => convert(source?.sectionLabel ?? DEFAULT_SECTION_LABEL);
  const sourceOf = (article: string, locale: string) => records.articles.find((a) => a.article === article && a.locale === locale);

  // Editions the site config converts (zh-Hant from zh-Hans, extra regional ones).
  const configured = addDerivedLocales(records, locales, converter);
  const openccSource = new Map(locales.flatMap((l) => (l.source.kind === 'opencc' ? [[l.code, l.source] as const] : [])));
  const fromConfig = configured.articles.slice(records.articles.length).map((a) => {
    // addDerivedLocales only adds editions of OpenCC locales, so every one has its source here.
    const config = openccSource.get(a.locale)!;
    return { ...a, convertedFrom: config.from, sectionLabel: label(sourceOf(a.article, config.from), converter(config.convert)) };
  });
  let articles = [...records.articles, ...fromConfig];
  let highlights = configured.highlights;

  // The default (Simplified) edition of an article written in Traditional Chinese.
  const byArticle = new Map<string, ArticleRecord[]>();
  for (const a of records.articles) byArticle.set(a.article, [...(byArticle.get(a.article) ?? []), a]);
  for (const [article, own] of byArticle) {
    if (own.some((a) => a.locale === defaultLocale)) continue;
    const traditional = own.map((a) => ({ a, variant: traditionalVariant(locales.find((l) => l.code === a.locale)?.lang ?? '') }))
      .find((t) => t.variant);
    if (!traditional) continue;
    const convert = converter({ from: traditional.variant!, to: 'cn' });
    const from = traditional.a.locale;
    const derived = deriveLocale({
      articles: [traditional.a],
      highlights: records.highlights.filter((h) => h.article === article && h.locale === from),
    }, from, defaultLocale, convert);
    articles = [...articles, ...derived.articles.map((a) => ({ ...a, convertedFrom: from, sectionLabel: label(traditional.a, convert) }))];
    highlights = [...highlights, ...derived.highlights];
  }
  return { articles, highlights };
}
