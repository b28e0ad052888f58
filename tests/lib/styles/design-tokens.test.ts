// CSS and SVG cannot import the palette: this holds them equal to src/styles/design-tokens.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_SIZE, PALETTE } from '@/styles/design-tokens';
import { markBackground, THEME_COLOURS } from '@/lib/icons/icon-set';
import { ROOT } from '../../support';

const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The custom properties of the first `:root { … }` after `from` in global.css. */
function customProperties(from: number): Map<string, string> {
  const start = css.indexOf(':root {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,8});/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const SCHEMES = { light: customProperties(0), dark: customProperties(css.indexOf('@media (prefers-color-scheme: dark)')) };

describe('the palette, one source', () => {
  it.each((['light', 'dark'] as const).flatMap((scheme) => Object.entries(PALETTE[scheme]).map(([name, value]) => [scheme, name, value] as const)))(
    'global.css %s --%s is %s', (scheme, name, value) => expect(SCHEMES[scheme].get(kebab(name))).toBe(value));
  it.each(['light', 'dark'] as const)('global.css has no %s colour the palette lacks', (scheme) => {
    const names = Object.keys(PALETTE[scheme]).map(kebab).sort();
    expect([...SCHEMES[scheme].keys()].sort()).toEqual(names);
  });
  it('the mark in src/assets/icon.svg is drawn on the accent', () => {
    expect(markBackground(readFileSync(join(ROOT, 'src/assets/icon.svg'), 'utf8'))).toBe(PALETTE.light.accent);
  });
  it('browser chrome takes the page background of each scheme', () => expect(THEME_COLOURS).toEqual({ light: PALETTE.light.bg, dark: PALETTE.dark.bg }));
  it('cards are 1.91:1, as Open Graph recommends', () => expect(CARD_SIZE.width / CARD_SIZE.height).toBeCloseTo(1.905, 2));
});
