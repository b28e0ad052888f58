// Rules across files: folder names, locale folders, file names, numbering 1..N in the source,
// and no highlight in a translation that the source lacks.
import type { LocaleConfig } from '@/site.config';
import { ARTICLE_ID, highlightFileName, highlightNumberOfName } from '../content/content-path';
import { report, type Problem } from './problem';
import { suggestName } from './suggest';
import type { ContentFile, ContentTree } from './content-tree';

/** The part of the site config these rules need. */
export interface LocaleSettings {
  defaultLocale: string;
  locales: readonly LocaleConfig[];
}

/** The number a highlight claims: its valid `number`, else the one in its file name. */
export function numberOf(file: ContentFile): number | undefined {
  const claimed = file.split.data?.number;
  if (typeof claimed === 'number' && Number.isInteger(claimed) && claimed > 0) return claimed;
  return highlightNumberOfName(file.name);
}

/** A folder name made URL-safe, as a suggestion. */
function slugSuggestion(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'jiangjin-2024-02-07';
}

/** The locale an article is written in: the default one when present, else a Traditional one (it gets a converted default edition), else the first known folder in config order. */
function articleSource(locales: readonly string[], settings: LocaleSettings): string | undefined {
  if (locales.includes(settings.defaultLocale)) return settings.defaultLocale;
  const known = settings.locales.filter((l) => locales.includes(l.code));
  return (known.find((l) => /^zh-Hant/i.test(l.lang)) ?? known[0])?.code;
}

/** Cross-file problems of a whole content tree. */
export function checkTree(tree: ContentTree, settings: LocaleSettings): Problem[] {
  const out: Problem[] = [];
  const fileLocales = settings.locales.filter((l) => l.source.kind === 'files').map((l) => l.code);
  const folder = (path: string, field = 'folder') => ({ file: path, field });

  for (const path of tree.ignored) {
    out.push(report('ignored-file', folder(path, 'file')));
  }

  for (const article of tree.articles) {
    if (!ARTICLE_ID.test(article)) {
      const fix = slugSuggestion(article);
      out.push(report('article-folder-name', folder(`${article}/`), { article, fix }));
    }
    const locales = tree.locales.get(article) ?? [];
    // An article written in another language (zh-hant/ or en/ only) is published from that
    // folder; a Traditional one also gets a converted zh-hans edition (addEditions in src/lib/zh/derived-locale.ts).
    const source = articleSource(locales, settings);
    const traditional = locales.some((l) => /^zh-Hant/i.test(settings.locales.find((c) => c.code === l)?.lang ?? ''));
    if (source && source !== settings.defaultLocale && !traditional) {
      out.push(report('missing-default-locale', folder(`${article}/`), { article, defaultLocale: settings.defaultLocale, source }));
    }
    const numbersByLocale = new Map<string, Set<number>>();
    for (const locale of locales) {
      const config = settings.locales.find((l) => l.code === locale);
      const files = tree.files.filter((f) => f.article === article && f.locale === locale);
      if (!config) {
        const guess = suggestName(locale, fileLocales);
        out.push(report('unknown-locale', folder(`${article}/${locale}/`), { locale, known: fileLocales, guess }));
        continue;
      }
      // A converted locale has no files, unless the article is written in it (a Traditional source).
      if (config.source.kind !== 'files' && locales.includes(config.source.from)) {
        const from = config.source.from;
        out.push(report('generated-locale', folder(`${article}/${locale}/`), { article, locale, from }));
        continue;
      }
      const index = files.find((f) => f.kind === 'article');
      if (!index) {
        out.push(report('missing-index', folder(`${article}/${locale}/index.md`, 'file')));
      }
      const claimedLocale = index?.split.data?.locale;
      if (index && typeof claimedLocale === 'string' && claimedLocale !== locale) {
        out.push(report('locale-mismatch', { file: index.path, line: index.split.keyLines.get('locale'), field: 'locale' }, { claimed: claimedLocale, locale }));
      }
      // Only the source must run 1..N; a translation may hold any of its highlights (the others
      // fall back one by one, see checkLocaleParity), so translating highlight 2 first is fine.
      const contiguous = locale === settings.defaultLocale;
      numbersByLocale.set(locale, checkNumbering(files.filter((f) => f.kind === 'highlight'), out, contiguous));
    }
    checkLocaleParity(article, numbersByLocale, source ?? settings.defaultLocale, out);
  }
  return out;
}

/**
 * Unique numbering within one locale folder, contiguous 1..N when `contiguous` (the source
 * locale); returns the numbers present.
 */
function checkNumbering(highlights: readonly ContentFile[], out: Problem[], contiguous: boolean): Set<number> {
  const seen = new Map<number, ContentFile>();
  for (const file of highlights) {
    const number = numberOf(file);
    if (number === undefined) continue;
    // Looked up only for a report: positions are read on demand (frontmatter.ts).
    const line = () => file.split.keyLines.get('number');
    const claimed = file.split.data?.number;
    if (claimed === number && file.name !== highlightFileName(number)) {
      out.push(report('file-name-mismatch', { file: file.path, line: line(), field: 'number' }, { name: file.name, number }));
    }
    const first = seen.get(number);
    if (first) {
      out.push(report('duplicate-number', { file: file.path, line: line(), field: 'number' }, { number, first: first.name }));
    } else {
      seen.set(number, file);
    }
  }
  const max = Math.max(0, ...seen.keys());
  const dir = highlights[0] ? `${highlights[0].article}/${highlights[0].locale}/` : '';
  for (let n = 1; contiguous && n < max; n++) {
    if (seen.has(n)) continue;
    out.push(report('missing-number', { file: dir, field: 'number' }, { number: n, max }));
  }
  return new Set(seen.keys());
}

/**
 * Every locale has the source's highlights. One only in a translation has nothing to translate
 * (error); one missing from a translation falls back to the source text on the page (warning).
 */
function checkLocaleParity(article: string, numbers: Map<string, Set<number>>, source: string, out: Problem[]): void {
  const original = numbers.get(source);
  if (!original) return;
  for (const [locale, present] of numbers) {
    if (locale === source) continue;
    for (const n of [...present].sort((a, b) => a - b)) {
      if (original.has(n)) continue;
      out.push(report('highlight-only-in-translation', { file: `${article}/${locale}/${highlightFileName(n)}`, field: 'number' }, { number: n, locale, source }));
    }
    for (const n of [...original].sort((a, b) => a - b)) {
      if (present.has(n)) continue;
      out.push(report('translation-missing-highlight', { file: `${article}/${locale}/`, field: 'number' }, { number: n, locale, source }));
    }
  }
}
