import type { FigureQualifier } from '@/lib/content/content-schema';

/**
 * Every reader-visible string of the interface, as the components use it. Dictionaries are JSON
 * files (src/i18n/dictionaries/, a content folder's dictionary.<name>.json) compiled into this
 * shape by compile-dictionary.ts, which reports a missing key by file, line and name.
 */
export interface UiStrings {
  /** Name of the language in itself, for the switcher: 简体中文, English. */
  languageName: string;
  /** Short form for the sticky bar on phones: 简, 繁, EN (the full name stays the link's name). */
  languageShortName: string;
  skipToContent: string;
  /** Label of the `<nav>` with the language links. */
  languageSwitcherLabel: string;
  /** "Source: X" in the masthead. */
  sourceLabel: (source: string) => string;
  /** Published date and time, already formatted. */
  publishedLabel: (formatted: string) => string;
  /** Locale whose conventions Intl.DateTimeFormat follows: en-GB writes 7 February 2024. */
  dateLocale: string;
  /** How dates are written: options for Intl.DateTimeFormat. */
  dateFormat: Intl.DateTimeFormatOptions;
  indexHeading: string;
  /** "亮点一" / "Highlight 1". */
  highlightLabel: (n: number) => string;
  /** Separator between the highlight label and its title, as the newsroom prints it. */
  highlightLabelSeparator: string;
  /**
   * This locale's section-label template for the source article's (see src/lib/model/section-label.ts):
   * 亮点{一} → Highlight {1}, 关注点{一} → Point {1}. Used when the locale's own index.md has no
   * `sectionLabel`.
   */
  sectionLabelFor: (sourceTemplate: string) => string;
  /** Line on a page converted by machine from a Traditional Chinese source (empty where it cannot happen). */
  convertedFromTraditionalNotice: string;
  backToIndex: string;
  keyFiguresLabel: string;
  /** Between a figure's value and its unit: nothing in Chinese (4523场次), a no-break space in English (70,000+ copies). */
  unitSeparator: string;
  /** A key figure's value with its qualifier: 约4.3 / about 430 million, 7万余 / 70,000+. */
  figureQualifier: Record<FigureQualifier, (value: string) => string>;
  /** Line on a translated edition naming who translated it from the original (the `translator` credits). */
  translationNote: (translators: string) => string;
  photosHeading: string;
  /** A photo's credit set apart from its caption: 记者 袁孝椿 摄 / (Photo by …). */
  photoCredit: (credit: string) => string;
  /** Said above the captions of photos the page does not reproduce (`count` of them). */
  photosNotReproduced: (count: number) => string;
  /** Printed at the foot of the paper copy: where the page lives online. */
  printedFrom: (url: string) => string;
  creditsHeading: string;
  /** "编辑:蒲泽熙" — role and name as the newsroom prints a credit. */
  creditLine: (role: string, name: string) => string;
  /** Notice over a highlight shown in the source language because it is not translated yet. */
  untranslatedNotice: string;
  /** Line on locales converted by machine from another script. */
  convertedNotice: string;
  otherArticlesHeading: string;
  footerSource: (source: string) => string;
  /** Accessible name of a section's copy-link control: starts with `copyLinkText`, then the title. */
  shareLinkLabel: (title: string) => string;
  /** Visible text of a section's copy-link control, short so it never wraps: 复制本节链接 / Copy link. */
  copyLinkText: string;
  /** Said after the permalink of a section was copied to the clipboard. */
  linkCopied: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundHomeLink: string;
  /** Title of the locale's RSS feed (and of its `<link rel="alternate">`), named after the publisher. */
  feedTitle: (source: string) => string;
  /** One-line description of the RSS feed. */
  feedDescription: (source: string) => string;
}
