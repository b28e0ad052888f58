import type { UiStrings } from './ui-strings';
import { mapSectionLabel } from '@/lib/section-label';

/** English section labels for the Chinese ones sources use, by the words before the numeral. */
const SECTION_LABELS: Readonly<Record<string, string>> = {
  亮点: 'Highlight {1}', 亮點: 'Highlight {1}', 看点: 'Highlight {1}', 看點: 'Highlight {1}',
  关注点: 'Point {1}', 關注點: 'Point {1}', 要点: 'Point {1}', 要點: 'Point {1}',
  第: '{1}', '': '{1}',
};

export default {
  languageName: 'English',
  languageShortName: 'EN',
  skipToContent: 'Skip to content',
  languageSwitcherLabel: 'Language',
  sourceLabel: (source) => `Source: ${source}`,
  // Dates are shown in SITE.timeZone (Asia/Shanghai); international readers need the zone named.
  publishedLabel: (formatted) => `${formatted} (Beijing time)`,
  dateLocale: 'en-GB',
  dateFormat: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  indexHeading: 'Contents',
  highlightLabel: (n) => `Highlight ${n}`,
  highlightLabelSeparator: ': ',
  // An English source keeps its own label (NUMBER {ONE}); a Chinese one is mapped, else plain numbers.
  sectionLabelFor: (source) => (/\p{Script=Han}/u.test(source) ? mapSectionLabel(source, SECTION_LABELS, '{1}') : source),
  convertedFromTraditionalNotice: '',
  backToIndex: 'Back to contents',
  // No-break space: the value never ends a line apart from its unit (30 / towns and subdistricts).
  unitSeparator: '\u00a0',
  keyFiguresLabel: 'Key figures',
  // Tiles keep "70,000+" short (glossary: 余 → N+ in key figures); the text says "more than".
  figureQualifier: {
    about: (v) => `about ${v}`,
    'more-than': (v) => `${v}+`,
    nearly: (v) => `nearly ${v}`,
    over: (v) => `over ${v}`,
  },
  translationNote: (translators) => `Translated from the Chinese original by ${translators}.`,
  photosHeading: 'Photo captions',
  photoCreditLine: (caption, credit) => `${caption} (${credit})`,
  photoCredit: (credit) => `(${credit})`,
  photosNotReproduced: (count) => `The original report carries ${count === 1 ? 'a photo' : `${count} photos`}, not reproduced here; their captions follow.`,
  printedFrom: (url) => `Online at ${url}`,
  creditsHeading: 'Credits',
  creditLine: (role, name) => `${role}: ${name}`,
  untranslatedNotice: 'This section has not been translated yet; the original Chinese text is shown.',
  convertedNotice: '',
  otherArticlesHeading: 'More reports',
  footerSource: (source) => `Source: ${source}`,
  shareLinkLabel: (title) => `Copy link: ${title}`,
  copyLinkText: 'Copy link',
  linkCopied: 'Link copied',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist or has moved.',
  notFoundHomeLink: 'Go to the front page',
  feedTitle: (source) => `${source}: special reports`,
  feedDescription: (source) => `Full text of special reports from ${source}`,
} satisfies UiStrings;
