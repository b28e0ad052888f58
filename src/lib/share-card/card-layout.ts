// The share card's design as a satori element tree: plain objects shaped like React elements,
// so no JSX runtime is needed. Everything drawn comes from `CardContent`.
import { CJK_FAMILY, LATIN_FAMILY } from './card-font';
import { headlineParts } from '@/lib/zh/line-breaks';
import { CARD_SIZE, PALETTE } from '@/styles/design-tokens';

/** Pixel size of every share card: the Open Graph / X large-image ratio (1.91:1). */
export { CARD_SIZE };

/** What one card says, already in the page's language. */
export interface CardContent {
  /** BCP 47 tag of the title's text: picks the font that draws it first (see `fontStack`). */
  lang: string;
  /**
   * The article headline, the card's one message. The description is not drawn: every preview
   * prints og:description beside the image, and a lede cut off with "…" was the card's weak spot
   * (reader review); it also halved the card's bytes and drawing time (issue 12).
   */
  title: string;
  /** "来源:江津融媒体中心" / "Source: …". */
  source: string;
  /** Publication date, formatted for the page's locale. */
  date: string;
}

/** A node of satori's element tree. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | (CardNode | string)[];
    src?: string;
    width?: number;
    height?: number;
  };
}

/** The page's palette (see `--accent`, `--fg`, … in src/styles/global.css, light scheme). */
const COLOURS = { bg: PALETTE.light.bg, fg: PALETTE.light.fg, muted: PALETTE.light.muted, accent: PALETTE.light.accent, rule: PALETTE.light.rule };

/** The ellipsis satori draws when a line clamp cuts text: the card fonts must contain it. */
export const CLAMP_ELLIPSIS = '…';

/**
 * Every character the card may draw, for the font coverage test.
 * @example cardText({ lang: 'en', title: 'Hi', source: 'S', date: 'D' }) // 'HiSD…'
 */
export function cardText(content: CardContent): string {
  return [content.title, content.source, content.date, CLAMP_ELLIPSIS].join('');
}

/** Width of the text column: the card less the red rule and the side paddings below. */
const TEXT_WIDTH = CARD_SIZE.width - 20 - 72 - 80;

/** Width of one character in em: CJK characters and full-width marks 1, others 0.5 (the average advance of Source Sans 3 Bold). */
const ems = (text: string) => [...text].reduce((sum, ch) => sum + (/[\u2e80-\uffef]/u.test(ch) ? 1 : 0.5), 0);

/**
 * How full a line of the title gets on average: lines break between words (`keep-all`, so 干部
 * is never split), which leaves up to a word's width empty at the end of each.
 */
const LINE_FILL = 0.85;

/**
 * The largest title size (px) from `sizes` at which the title's parts (headlineParts: a Chinese
 * headline's space-separated halves start their own lines, as on the page) fit in `maxLines`,
 * or undefined.
 * @example fitTitleSize(['江津区主题教育', '呈现十大亮点'], 2, [104, 96]) // 104
 */
export function fitTitleSize(parts: string[], maxLines: number, sizes: number[]): number | undefined {
  const lines = (size: number) => parts.reduce((sum, part) => sum + Math.ceil((ems(part) * size) / (TEXT_WIDTH * LINE_FILL)), 0);
  return sizes.find((size) => lines(size) <= maxLines);
}

/**
 * The CSS font stack for a language: Chinese, Japanese and Korean text is drawn by the CJK font
 * (full-width punctuation, as those languages set it); other text by the Latin font, with the CJK
 * font for any character it lacks (a Chinese title on an untranslated English card).
 * @example fontStack('en') // "'Source Sans 3', 'Noto Sans SC'"
 */
export function fontStack(lang: string): string {
  return /^(zh|ja|ko)\b/i.test(lang) ? `'${CJK_FAMILY}'` : `'${LATIN_FAMILY}', '${CJK_FAMILY}'`;
}

/** Characters a CJK font sets at most one em wide: CJK punctuation, kana, ideographs, full-width forms. */
const AT_MOST_ONE_EM = /^[\u3000-\u9fff\uff00-\uffef]*$/u;

/**
 * Whether a title part surely fits on one line at `size` px: only then can it go without
 * `textWrap: balance`, which has nothing to balance on one line but lays the text out again and
 * again (~0.5 ms of a ~2.5 ms satori card, bench-corpus headlines; the same SVG, tested).
 * @example fitsOneLine('呈现十大亮点', 88) // true
 */
export function fitsOneLine(part: string, size: number): boolean {
  return AT_MOST_ONE_EM.test(part) && ems(part) * size <= TEXT_WIDTH;
}

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode =>
  ({ type, props: { style, ...(children === undefined ? {} : { children }) } });

/** Title sizes (px) tried largest first, and the lines they may take: a short headline is set large. */
const TITLE_SIZES = [88, 80, 72, 64];
const TITLE_LINES = 3;
/** The size of a headline too long for three lines even at the smallest size; cut after four lines. */
const LONG_TITLE = { size: 56, lines: 4 };

/**
 * Lays a card out: a red rule down the left edge, the headline in bold, as large as three lines
 * allow and centred in the space above a footer with the site mark, source and date.
 * `markSvg` is the site icon (src/assets/icon.svg), drawn as an image.
 */
export function layoutCard(content: CardContent, markSvg: string): CardNode {
  const parts = headlineParts(content.title, content.lang);
  const fitted = fitTitleSize(parts, TITLE_LINES, TITLE_SIZES);
  const titleSize = fitted ?? LONG_TITLE.size;
  const mark: CardNode = {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(markSvg).toString('base64')}`, width: 64, height: 64 },
  };
  const footerText = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, marginLeft: 24 }, [
    node('div', { fontSize: 26, color: COLOURS.muted }, content.source),
  ]);
  const main = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 80px 56px 72px' }, [
    node('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingBottom: 32 }, fitted
      ? parts.map((part) => node('div', {
        fontSize: titleSize, fontWeight: 700, color: COLOURS.fg, lineHeight: 1.25, wordBreak: 'keep-all',
        ...(fitsOneLine(part, titleSize) ? {} : { textWrap: 'balance' }),
      }, part))
      : [node('div', {
        fontSize: titleSize, fontWeight: 700, color: COLOURS.fg, lineHeight: 1.25,
        lineClamp: LONG_TITLE.lines, overflow: 'hidden', textOverflow: 'ellipsis', wordBreak: 'keep-all',
      }, content.title)]),
    node('div', {
      display: 'flex', alignItems: 'center', borderTop: `2px solid ${COLOURS.rule}`, paddingTop: 28,
    }, [
      mark,
      footerText,
      node('div', { fontSize: 26, color: COLOURS.muted, marginLeft: 24, flexShrink: 0 }, content.date),
    ]),
  ]);
  return {
    type: 'div',
    props: {
      style: {
        display: 'flex', width: CARD_SIZE.width, height: CARD_SIZE.height,
        backgroundColor: COLOURS.bg, fontFamily: fontStack(content.lang),
      },
      children: [node('div', { width: 20, flexShrink: 0, backgroundColor: COLOURS.accent }), main],
    },
  };
}
