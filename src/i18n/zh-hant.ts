import * as OpenCC from 'opencc-js';
import type { UiStrings } from './ui-strings';
import { chineseNumeral } from './zh-hans';

let toTraditional: ((text: string) => string) | undefined;

export default {
  languageName: '繁體中文',
  languageShortName: '繁',
  skipToContent: '跳到正文',
  languageSwitcherLabel: '語言',
  sourceLabel: (source) => `來源：${source}`,
  publishedLabel: (formatted) => formatted,
  dateLocale: 'zh-Hant-TW',
  dateFormat: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  indexHeading: '目錄',
  highlightLabel: (n) => `亮點${chineseNumeral(n)}`,
  highlightLabelSeparator: '：',
  // A Simplified source's label (亮点{一} → 亮點{一}); the converter is built on first use.
  sectionLabelFor: (source) => (source === '亮点{一}' ? '亮點{一}' : (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(source)),
  convertedFromTraditionalNotice: '',
  backToIndex: '返回目錄',
  unitSeparator: '',
  keyFiguresLabel: '關鍵數字',
  figureQualifier: {
    about: (v) => `約${v}`,
    'more-than': (v) => (/[餘余多]/.test(v) ? v : `${v}餘`),
    nearly: (v) => `近${v}`,
    over: (v) => `突破${v}`,
  },
  translationNote: (translators) => `本文由${translators}譯自中文原文。`,
  photosHeading: '圖片說明',
  photoCreditLine: (caption, credit) => `${caption} ${credit}`,
  photoCredit: (credit) => credit,
  photosNotReproduced: (count) => `原文配有${count === 2 ? '兩' : chineseNumeral(count)}幅圖片，本頁未收錄；以下是圖片說明。`,
  printedFrom: (url) => `本文網址：${url}`,
  creditsHeading: '署名',
  creditLine: (role, name) => `${role}：${name}`,
  untranslatedNotice: '本節尚未翻譯。',
  convertedNotice: '本頁由簡體中文原文經 OpenCC 自動轉換為繁體中文，用字可能與人工校訂版本略有不同。',
  otherArticlesHeading: '更多報導',
  footerSource: (source) => `來源：${source}`,
  shareLinkLabel: (title) => `複製本節連結：${title}`,
  copyLinkText: '複製本節連結',
  linkCopied: '已複製本節連結',
  notFoundTitle: '頁面不存在',
  notFoundBody: '您要找的頁面不存在或已移動。',
  notFoundHomeLink: '返回首頁',
  feedTitle: (source) => `${source} · 專題報導`,
  feedDescription: (source) => `${source}發布的專題報導全文`,
} satisfies UiStrings;
