// The site's colours and the share-card size, stated once for TypeScript: the share cards
// (src/lib/share-card/card-layout.ts), the icons' browser-chrome colours (src/lib/icons/icon-set.ts)
// and the Open Graph image size (src/lib/render/news-metadata.ts) read them from here. CSS and
// SVG cannot import TypeScript, so global.css (`--fg`, `--accent` …) and the mark's background
// in src/assets/icon.svg restate them and tests/lib/styles/design-tokens.test.ts holds them equal.

/** One colour scheme: the custom properties of src/styles/global.css, by name. */
export interface Scheme {
  fg: string;
  muted: string;
  bg: string;
  surface: string;
  accent: string;
  accentStrong: string;
  rule: string;
  focus: string;
}

/**
 * The palette of each colour scheme (`prefers-color-scheme`).
 * @example PALETTE.light.accent // '#a4161a' (the mark's red)
 */
export const PALETTE = {
  light: { fg: '#1b1b1f', muted: '#55555f', bg: '#fdfcf9', surface: '#f2efe8', accent: '#a4161a', accentStrong: '#7d0f12', rule: '#d9d4c7', focus: '#1a5fb4' },
  dark: { fg: '#ecebe6', muted: '#b4b2aa', bg: '#16161a', surface: '#24242a', accent: '#ff8a80', accentStrong: '#ffb3ab', rule: '#3b3b44', focus: '#8ab4ff' },
} as const satisfies Record<'light' | 'dark', Scheme>;

/**
 * Size of the share cards in pixels (Open Graph's recommended 1.91:1).
 * @example `${CARD_SIZE.width}×${CARD_SIZE.height}` // '1200×630'
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
