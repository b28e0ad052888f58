// Rules across files: folder names, locale folders, file names, numbering 1..N in the source,
// and no highlight in a translation that the source lacks.
import type { LocaleConfig } from '@/site.config';
import { ARTICLE_ID, highlightFileName, highlightNumberOfName } from '../content/content-path';
import { problem, type Problem } from './problem';
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
    out.push(problem('warning', 'ignored-file', folder(path, 'file'),
      `这个文件不会被读取：文章放在 <文章>/<语言>/index.md，亮点放在 <文章>/<语言>/01.md、02.md……请移动或改名。`,
      `This file is never read: articles live in <article>/<locale>/index.md and highlights in <article>/<locale>/01.md, 02.md… Move or rename it.`));
  }

  for (const article of tree.articles) {
    if (!ARTICLE_ID.test(article)) {
      const fix = slugSuggestion(article);
      out.push(problem('error', 'article-folder-name', folder(`${article}/`),
        `文章文件夹名“${article}”只能用小写英文字母、数字和连字符（它会成为网址），例如 ${fix}。请改名。`,
        `Article folder "${article}" may only use lower-case ASCII letters, digits and hyphens (it becomes the URL), e.g. ${fix}. Rename it.`));
    }
    const locales = tree.locales.get(article) ?? [];
    // An article written in another language (zh-hant/ or en/ only) is published from that
    // folder; a Traditional one also gets a converted zh-hans edition (src/lib/content/article-editions.ts).
    const source = articleSource(locales, settings);
    const traditional = locales.some((l) => /^zh-Hant/i.test(settings.locales.find((c) => c.code === l)?.lang ?? ''));
    if (source && source !== settings.defaultLocale && !traditional) {
      out.push(problem('warning', 'missing-default-locale', folder(`${article}/`),
        `文章没有 ${settings.defaultLocale}/ 文件夹，将以 ${source}/ 为原文发布，只有 ${source} 版。如果 ${source} 是译文，请补上 ${article}/${settings.defaultLocale}/index.md。`,
        `The article has no ${settings.defaultLocale}/ folder: it is published from ${source}/ as its source, in ${source} only. If ${source} is a translation, add ${article}/${settings.defaultLocale}/index.md.`));
    }
    const numbersByLocale = new Map<string, Set<number>>();
    for (const locale of locales) {
      const config = settings.locales.find((l) => l.code === locale);
      const files = tree.files.filter((f) => f.article === article && f.locale === locale);
      if (!config) {
        const guess = suggestName(locale, fileLocales);
        out.push(problem('error', 'unknown-locale', folder(`${article}/${locale}/`),
          `未知的语言文件夹“${locale}”。可用：${fileLocales.join('、')}。${guess ? `你是不是想写“${guess}”？` : '新增语言请先在 src/site.config.ts 里登记。'}`,
          `Unknown locale folder "${locale}". Known: ${fileLocales.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ' Register a new locale in src/site.config.ts first.'}`));
        continue;
      }
      // A converted locale has no files, unless the article is written in it (a Traditional source).
      if (config.source.kind !== 'files' && locales.includes(config.source.from)) {
        const from = config.source.from;
        out.push(problem('error', 'generated-locale', folder(`${article}/${locale}/`),
          `${locale} 版由 ${from} 自动转换生成，不用手写文件。请删除 ${article}/${locale}/ 文件夹，修改 ${from} 的文件即可。`,
          `The ${locale} edition is generated from ${from} automatically; it has no files. Delete ${article}/${locale}/ and edit the ${from} files instead.`));
        continue;
      }
      const index = files.find((f) => f.kind === 'article');
      if (!index) {
        out.push(problem('error', 'missing-index', folder(`${article}/${locale}/index.md`, 'file'),
          `缺少 index.md（标题、来源、发布时间和导语）。请从其他语言复制一份 index.md 并修改。`,
          `index.md is missing (headline, source, publication time and lede). Copy it from another locale and edit it.`));
      }
      const claimedLocale = index?.split.data?.locale;
      if (index && typeof claimedLocale === 'string' && claimedLocale !== locale) {
        out.push(problem('error', 'locale-mismatch', { file: index.path, line: index.split.keyLines.get('locale'), field: 'locale' },
          `locale: ${claimedLocale} 与所在文件夹 ${locale}/ 不一致。请改成 locale: ${locale}，或把文件移到 ${claimedLocale}/ 文件夹。`,
          `locale: ${claimedLocale} does not match its folder ${locale}/. Write locale: ${locale}, or move the file to ${claimedLocale}/.`));
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
    const line = file.split.keyLines.get('number');
    const claimed = file.split.data?.number;
    if (claimed === number && file.name !== highlightFileName(number)) {
      out.push(problem('error', 'file-name-mismatch', { file: file.path, line, field: 'number' },
        `文件名 ${file.name} 与编号 ${number} 不一致。请把文件改名为 ${highlightFileName(number)}，或改正 number。`,
        `File name ${file.name} does not match number ${number}. Rename the file to ${highlightFileName(number)} or fix the number.`));
    }
    const first = seen.get(number);
    if (first) {
      out.push(problem('error', 'duplicate-number', { file: file.path, line, field: 'number' },
        `编号重复：${number} 已用于 ${first.name}。请把编号改为 1..N 中未用的数字。`,
        `Duplicate number ${number} (also in ${first.name}). Renumber so the highlights run 1..N.`));
    } else {
      seen.set(number, file);
    }
  }
  const max = Math.max(0, ...seen.keys());
  const dir = highlights[0] ? `${highlights[0].article}/${highlights[0].locale}/` : '';
  for (let n = 1; contiguous && n < max; n++) {
    if (seen.has(n)) continue;
    out.push(problem('error', 'missing-number', { file: dir, field: 'number' },
      `缺少亮点 ${n}：编号必须从 1 连续到 ${max}。请补上 ${highlightFileName(n)}，或把后面的亮点依次改号。`,
      `Highlight ${n} is missing: numbers must run 1..${max} without gaps. Add ${highlightFileName(n)} or renumber the later highlights.`));
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
      out.push(problem('error', 'highlight-only-in-translation', { file: `${article}/${locale}/${highlightFileName(n)}`, field: 'number' },
        `亮点 ${n} 只在 ${locale} 版里有，源语言 ${source} 没有。请先在 ${source}/ 里写 ${highlightFileName(n)}，或删除这个文件。`,
        `Highlight ${n} exists only in ${locale}, not in the source language ${source}. Write ${source}/${highlightFileName(n)} first, or delete this file.`));
    }
    for (const n of [...original].sort((a, b) => a - b)) {
      if (present.has(n)) continue;
      out.push(problem('warning', 'translation-missing-highlight', { file: `${article}/${locale}/`, field: 'number' },
        `${locale} 版缺少亮点 ${n}，网页会显示 ${source} 原文并注明“尚未翻译”。请翻译 ${source}/${highlightFileName(n)} 并存为 ${locale}/${highlightFileName(n)}。`,
        `The ${locale} edition lacks highlight ${n}; the page shows the ${source} text with a "not translated yet" notice. Translate ${source}/${highlightFileName(n)} into ${locale}/${highlightFileName(n)}.`));
    }
  }
}
