import * as OpenCC from 'opencc-js';
import type { UiStrings } from './ui-strings';

let toSimplified: ((text: string) => string) | undefined;

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一, 99 → 九十九: how Chinese newsrooms number 亮点. */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

export default {
  languageName: '简体中文',
  languageShortName: '简',
  skipToContent: '跳到正文',
  languageSwitcherLabel: '语言',
  // Full-width colon, as Chinese typesetting sets it (GB/T 15834), whatever the source stored.
  sourceLabel: (source) => `来源：${source}`,
  publishedLabel: (formatted) => formatted,
  dateLocale: 'zh-Hans',
  dateFormat: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  indexHeading: '目录',
  highlightLabel: (n) => `亮点${chineseNumeral(n)}`,
  highlightLabelSeparator: '：',
  // A Traditional source's label (關注點{一}) in Simplified; the converter is built on first use.
  // The house default 亮点{一} needs no converter (building one costs ~70 ms per build).
  sectionLabelFor: (source) => (source === '亮点{一}' ? source : (toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(source)),
  convertedFromTraditionalNotice: '本页由繁体中文原文经 OpenCC 自动转换为简体中文，用字可能与人工校订版本略有不同。',
  backToIndex: '返回目录',
  unitSeparator: '',
  keyFiguresLabel: '关键数字',
  // 余 follows the number (7万余); a value that already carries it inside (30余万) keeps its own.
  // `over` is a threshold the text says was broken: 突破1400亿元.
  figureQualifier: {
    about: (v) => `约${v}`,
    'more-than': (v) => (/[余多]/.test(v) ? v : `${v}余`),
    nearly: (v) => `近${v}`,
    over: (v) => `突破${v}`,
  },
  translationNote: (translators) => `本文由${translators}译自中文原文。`,
  photosHeading: '图片说明',
  photoCreditLine: (caption, credit) => `${caption} ${credit}`,
  photoCredit: (credit) => credit,
  photosNotReproduced: (count) => `原文配有${count === 2 ? '两' : chineseNumeral(count)}幅图片，本页未收录；以下是图片说明。`,
  printedFrom: (url) => `本文网址：${url}`,
  creditsHeading: '署名',
  creditLine: (role, name) => `${role}：${name}`,
  untranslatedNotice: '本节尚未翻译。',
  convertedNotice: '',
  otherArticlesHeading: '更多报道',
  footerSource: (source) => `来源：${source}`,
  shareLinkLabel: (title) => `复制本节链接：${title}`,
  copyLinkText: '复制本节链接',
  linkCopied: '已复制本节链接',
  notFoundTitle: '页面不存在',
  notFoundBody: '您要找的页面不存在或已移动。',
  notFoundHomeLink: '返回首页',
  feedTitle: (source) => `${source} · 专题报道`,
  feedDescription: (source) => `${source}发布的专题报道全文`,
} satisfies UiStrings;
