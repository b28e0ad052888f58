// Derived locales: Traditional Chinese editions generated from the Simplified files with OpenCC,
// plus the project's own phrase fixes and Taiwan/Hong Kong punctuation, and the table of risky
// characters the content checker reports for an editor to confirm (src/lib/check/conversion-rules.ts).
// It also decides which editions are converted (addEditions): the locales the site config converts
// (zh-Hant from zh-Hans) and the Simplified edition of an article whose source is Traditional
// (zh-Hans from zh-Hant, tw → cn). An English-only article gets no Chinese edition: nothing
// converts English. Which editions and how to convert them are one concept, so one module.
import * as OpenCC from 'opencc-js';
import { DEFAULT_SECTION_LABEL } from '../model/section-label';
import type { ArticleRecord, HighlightRecord } from '../model/site-model';
import type { LocaleConfig } from '@/site.config';

/**
 * A conversion direction: the site config's derived locales (`{ from: 'cn', to: 'tw' }`) and, for an
 * article written in Traditional Chinese, its Simplified edition (`{ from: 'tw', to: 'cn' }`).
 */
export type ConvertOptions = Extract<LocaleConfig['source'], { kind: 'opencc' }>['convert'] | { from: 'tw' | 'hk'; to: 'cn' };

/**
 * Phrases OpenCC's generic dictionaries get wrong in news text, Simplified → Traditional. They
 * take precedence over OpenCC's own phrases (longest match wins, ours on a tie). Add a line when
 * `npm run check` lists a wrong conversion.
 */
export const PHRASE_FIXES: readonly (readonly [string, string])[] = [
  // STPhrases has 对表 → 對錶 (set a watch); here 表 is the timetable.
  ['对标对表', '對標對表'],
  // STPhrases has 干等 → 乾等 (wait in vain), which matches across 以学促干等方面.
  ['以学促干', '以學促幹'],
  // 紅岩 (Hongyan, Red Crag) is the proper name as written in Traditional; 岩 is also Taiwan's standard form.
  ['红岩', '紅岩'],
  // 干 = 幹 (to work) before 等 in other slogans of the same kind: 实干等, 苦干等.
  ['促干', '促幹'],
  ['实干', '實幹'],
  ['苦干', '苦幹'],
  ['巧干', '巧幹'],
];

/** Quotation marks in Taiwan and Hong Kong: 「」 outside, 『』 inside (the mainland writes “” ‘’). */
export const CORNER_QUOTES: readonly (readonly [string, string])[] = [['“', '「'], ['”', '」'], ['‘', '『'], ['’', '』']];
const MAINLAND_QUOTES = CORNER_QUOTES.map(([mainland, corner]) => [corner, mainland] as [string, string]);

/**
 * OpenCC's converter for a derived locale with the project's phrase fixes and, for Traditional
 * targets, corner quotes.
 * @example makeConverter({ from: 'cn', to: 'tw' })('“对标对表”') // '「對標對表」'
 */
export function makeConverter(options: ConvertOptions): (text: string) => string {
  const id = `${options.from}>${options.to}`;
  let converter = converters.get(id);
  if (!converter) converters.set(id, (converter = lineByLine(buildConverter(options), linesConverted(id))));
  return converter;
}

const CONVERTED_LINES = Symbol.for('news-microsite.converted-lines');
/**
 * Lines (and text runs between tags) converted in this process, by direction (see `lineByLine`).
 * On globalThis because the check and the build's bundle hold two copies of this module;
 * `forgetConverters` empties it once the build has its editions.
 */
const convertedLines: Map<string, Map<string, string>> = ((globalThis as typeof globalThis & { [CONVERTED_LINES]?: Map<string, Map<string, string>> })[CONVERTED_LINES] ??= new Map());

function linesConverted(id: string): Map<string, string> {
  let lines = convertedLines.get(id);
  if (!lines) convertedLines.set(id, (lines = new Map()));
  return lines;
}

const CONVERTERS = Symbol.for('news-microsite.converters');
/**
 * Built converters by direction. Loading OpenCC's dictionaries into a trie takes ~80 ms and
 * ~42 MB of heap (measured), so both module copies (see `convertedLines`) share one.
 */
const converters: Map<string, (text: string) => string> = ((globalThis as typeof globalThis & { [CONVERTERS]?: Map<string, (text: string) => string> })[CONVERTERS] ??= new Map());

/**
 * Lets go of the converters and the lines they kept (a copy of the site's text): the build calls
 * it once it has its editions, so the pages are rendered without OpenCC's tries in memory. A
 * later `makeConverter` builds its converter again. `keepLines`: only the tries go, and the lines
 * stay for the next converter of the same direction (the build after its content check: ~20 MB
 * less live heap while Astro bundles at 1,000 articles, for ~0.1 s of building a trie again).
 */
export function forgetConverters({ keepLines = false } = {}): void {
  if (!keepLines) for (const lines of convertedLines.values()) lines.clear();
  converters.clear();
}

/** A tag of rendered HTML: a piece OpenCC converts on its own (see `lineByLine`). */
const TAG = /(<[^>]*>)/;
/** Text with no character beyond ASCII: no OpenCC dictionary has a word in it (tested), so it stays as it is. */
const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** An ideographic description character (⿰…⿻): OpenCC passes it and the characters it describes as one piece. */
const DESCRIPTION = /[\u2ff0-\u2fff]/;

/**
 * `convert` applied line by line, and within a line of HTML tag by tag and text run by text run,
 * each piece looked up in `lines` and kept there. OpenCC never matches a word across a line
 * break, nor across `<` or `>`, which no word of its dictionaries holds (tested): the result is
 * the same as converting the whole text at once. The pieces are what makes it pay: the check
 * converts the Simplified files' lines (its report of risky conversions), the build converts
 * the same Markdown for the Traditional edition and then its rendered HTML, whose paragraphs are
 * mostly those lines between tags: each is converted once (~2 s of OpenCC at 1,000 articles,
 * issue 12). A line holding a description character is converted whole.
 * @example lineByLine(OpenCC.Converter({ from: 'cn', to: 'tw' }), new Map())('头发\n<p>发展</p>') // '頭髮\n<p>發展</p>'
 */
export function lineByLine(convert: (text: string) => string, lines: Map<string, string>): (text: string) => string {
  const piece = (text: string): string => {
    if (ASCII_ONLY.test(text)) return text;
    let out = lines.get(text);
    if (out === undefined) lines.set(text, (out = convert(text)));
    return out;
  };
  const line = (text: string): string => (!text.includes('<') || DESCRIPTION.test(text) ? piece(text) : text.split(TAG).map(piece).join(''));
  return (text) => (text.includes('\n') ? text.split('\n').map(line).join('\n') : line(text));
}

function buildConverter(options: ConvertOptions): (text: string) => string {
  // Traditional → Simplified: the phrase fixes are Simplified → Traditional, and quotes go back to “”.
  if (options.to === 'cn') {
    return OpenCC.ConverterFactory(OpenCC.Locale.from[options.from], OpenCC.Locale.to.cn, [[MAINLAND_QUOTES]]);
  }
  const first = OpenCC.Locale.from[options.from];
  // Ours first in the group: OpenCC loads a group back to front, so the first dictionary wins a tie.
  const fromGroups = [[PHRASE_FIXES as [string, string][], ...first[0]!], ...first.slice(1)];
  const to = options.to === 't' ? [] : OpenCC.Locale.to[options.to];
  return OpenCC.ConverterFactory(fromGroups, to, [[CORNER_QUOTES as [string, string][]]]);
}

/**
 * Simplified characters with more than one Traditional form, and the forms an editor should
 * confirm in context (表 → 錶 is a watch, 干 → 乾 is dry, 发 → 髮 is hair …). The content checker
 * lists every such conversion it finds that `REVIEWED_CONVERSIONS` does not cover.
 */
export const RISKY_CONVERSIONS: Readonly<Record<string, readonly string[]>> = {
  表: ['錶'], 干: ['乾', '幹'], 岩: ['巖'], 里: ['裏', '裡'], 台: ['臺', '颱', '檯'], 发: ['髮'], 面: ['麵', '麪'],
  制: ['製'], 只: ['隻'], 系: ['係', '繫'], 余: ['餘'], 复: ['復', '複', '覆'], 历: ['歷', '曆'],
  钟: ['鐘', '鍾'], 冲: ['衝', '沖'], 松: ['鬆'], 征: ['徵'], 周: ['週'], 了: ['瞭'], 范: ['範'], 谷: ['穀'],
  丑: ['醜'], 斗: ['鬥'], 卷: ['捲'], 尽: ['盡', '儘'], 准: ['準'], 郁: ['鬱'], 云: ['雲'],
  借: ['藉'], 签: ['籤', '簽'], 秋: ['鞦'], 困: ['睏'], 注: ['註'], 脏: ['髒', '臟'], 蒙: ['矇', '濛', '懞'],
};

/**
 * Traditional words in which a risky conversion has been checked by an editor and is right.
 * A listed conversion counts as reviewed wherever the converted text contains the word around it.
 */
export const REVIEWED_CONVERSIONS: readonly string[] = [
  // 干 → 幹 (to do; cadre)
  '幹部', '幹事',
  // 里 → 裡 (inside): Taiwan's form; Hong Kong writes 裏
  '深裡', '實裡',
  // 台 → 臺: the Ministry of Education's standard form
  '平臺', '電臺', '電視臺', '網臺',
  // 系 → 繫 (to link), not 係 (to be)
  '聯繫',
  // 余 → 餘 (more than) after a number; digits are added by the checker
  '萬餘', '千餘', '百餘', '十餘',
  // one reading only in these words
  '徵訂', '每週', '答覆', '瞭解', '標準', '精準', '示範',
];

/**
 * Makes a locale's records from another locale's by converting every text (Simplified →
 * Traditional with OpenCC). Converting rendered HTML is safe: OpenCC maps Han characters and
 * punctuation only, so tags stay intact and Chinese in an attribute (a link's title) is converted
 * too. Each Markdown text is converted before its HTML, whose text runs are then found in
 * `lineByLine`'s memo.
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
    ledeMarkdown: convert(a.ledeMarkdown),
    ledeHtml: convert(a.ledeHtml),
    ledeText: convert(a.ledeText),
  }));
  const highlights = records.highlights.filter((h) => h.locale === from).map((h) => ({
    ...h,
    locale: to,
    title: convert(h.title),
    summary: h.summary && convert(h.summary),
    figures: h.figures.map((f) => ({ ...f, value: convert(f.value), unit: convert(f.unit), label: convert(f.label) })),
    bodyMarkdown: convert(h.bodyMarkdown),
    html: convert(h.html),
  }));
  return { articles, highlights };
}

/**
 * Adds the records of every locale the site config generates with OpenCC (zh-Hant, zh-HK …) to
 * the records read from files. `converterFor` is `makeConverter` in the build; tests may pass another.
 */
export function addDerivedLocales(
  records: { articles: ArticleRecord[]; highlights: HighlightRecord[] },
  locales: LocaleConfig[],
  converterFor: (options: ConvertOptions) => (text: string) => string = makeConverter,
): { articles: ArticleRecord[]; highlights: HighlightRecord[] } {
  let { articles, highlights } = records;
  for (const locale of locales) {
    if (locale.source.kind !== 'opencc') continue;
    const derived = deriveLocale(records, locale.source.from, locale.code, converterFor(locale.source.convert));
    articles = [...articles, ...derived.articles];
    highlights = [...highlights, ...derived.highlights];
  }
  return { articles, highlights };
}

/** Makes a converter for a direction: `makeConverter`, or the build's cached one (conversion-cache.ts), passed in. */
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
export function addEditions(records: Records, locales: LocaleConfig[], defaultLocale: string, converterFor: MakeConverter): Records {
  const converters = new Map<string, (text: string) => string>();
  const converter: MakeConverter = (options) => {
    const key = `${options.from}>${options.to}`;
    if (!converters.has(key)) converters.set(key, converterFor(options));
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
