// The share card's design as a satori element tree: plain objects shaped like React elements,
// so no JSX runtime is needed. Everything drawn comes from `CardContent`.
import { CJK_FAMILY, LATIN_FAMILY } from './card-font';
import { CARD_SIZE, PALETTE } from '@/styles/design-tokens';

/** Pixel size of every share card: the Open Graph / X large-image ratio (1.91:1). */
export { CARD_SIZE };

/** What one card says, already in the page's language. */
export interface CardContent {
  /** BCP 47 tag of the title's text: picks the font that draws it first (see `fontStack`). */
  lang: string;
  /** The big line: the article headline. */
  title: string;
  /** Up to three lines under the title: the article's description. */
  summary?: string;
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
  return [content.title, content.summary, content.source, content.date, CLAMP_ELLIPSIS]
    .filter(Boolean).join('');
}

/** Width of the text column: the card less the red rule and the side paddings below. */
const TEXT_WIDTH = CARD_SIZE.width - 20 - 72 - 80;

/**
 * The largest title size (px) from `sizes` whose text fits in `maxLines`, or undefined. Estimates
 * a CJK character or full-width mark at 1 em and any other character at 0.5 em (the average
 * advance of Source Sans 3 Bold), keeping 5% of the width for line-break slack.
 * @example fitTitleSize('江津区主题教育 呈现十大亮点', 1, [80, 72]) // 72
 */
export function fitTitleSize(title: string, maxLines: number, sizes: number[]): number | undefined {
  const ems = [...title].reduce((sum, ch) => sum + (/[\u2e80-\uffef]/u.test(ch) ? 1 : 0.5), 0);
  return sizes.find((size) => Math.ceil((ems * size) / (TEXT_WIDTH * 0.95)) <= maxLines);
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

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode =>
  ({ type, props: { style, ...(children === undefined ? {} : { children }) } });

/**
 * Lays a card out: a red rule down the left edge, the headline in bold (one line if it fits
 * large, else two, shrinking for long headlines), the description, and a footer with the site
 * mark, source and date.
 * `markSvg` is the site icon (src/assets/icon.svg), drawn as an image.
 */
export function layoutCard(content: CardContent, markSvg: string): CardNode {
  const titleSize = fitTitleSize(content.title, 1, [80, 72]) ?? fitTitleSize(content.title, 2, [80, 72, 64, 56]) ?? 48;
  const mark: CardNode = {
    type: 'img',
    props: { src: `data:image/svg+xml;base64,${Buffer.from(markSvg).toString('base64')}`, width: 64, height: 64 },
  };
  const footerText = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, marginLeft: 24 }, [
    node('div', { fontSize: 26, color: COLOURS.muted }, content.source),
  ]);
  const main = node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 80px 56px 72px' }, [
    node('div', {
      fontSize: titleSize, fontWeight: 700, color: COLOURS.fg, lineHeight: 1.3,
      lineClamp: 3, overflow: 'hidden', textOverflow: 'ellipsis',
    }, content.title),
    ...(content.summary
      ? [node('div', {
        fontSize: 30, color: COLOURS.muted, lineHeight: 1.6, marginTop: 28,
        lineClamp: 3, overflow: 'hidden', textOverflow: 'ellipsis',
      }, content.summary)]
      : []),
    node('div', { flexGrow: 1 }),
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
