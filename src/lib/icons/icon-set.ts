// Every icon of the site, drawn by sharp from the one source mark (src/assets/icon.svg).
import sharp from 'sharp';
import { PALETTE } from '@/styles/design-tokens';

/** One generated icon file. */
export interface IconSpec {
  /** File name under `icons/`. */
  file: string;
  /** Width and height in pixels. */
  size: number;
  /**
   * Full-bleed: the mark shrunk onto a square of its own background colour, for platforms that
   * crop or round the icon themselves (Android "maskable" keeps only a central circle of 80%
   * diameter; iOS rounds the corners of apple-touch-icon and would fill transparency with black).
   */
  fullBleed: boolean;
  /** Listed in the web manifest with this `purpose`; absent: used only by `<link>` tags. */
  manifestPurpose?: 'any' | 'maskable';
}

/** The icon files, by what uses them. */
export const ICONS: IconSpec[] = [
  { file: 'favicon-32.png', size: 32, fullBleed: false },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true },
  { file: 'icon-192.png', size: 192, fullBleed: false, manifestPurpose: 'any' },
  { file: 'icon-512.png', size: 512, fullBleed: false, manifestPurpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true, manifestPurpose: 'maskable' },
];

/** The source mark served as is: the vector favicon of browsers that take SVG. */
export const SVG_FAVICON = 'favicon.svg';

/** Page background of each colour scheme (`--bg` in src/styles/global.css), for browser chrome. */
export const THEME_COLOURS = { light: PALETTE.light.bg, dark: PALETTE.dark.bg } as const;

/**
 * Share of a full-bleed icon the mark takes. The glyph fills 62.5% of the mark, so at 80% its
 * corners stay inside the maskable safe circle (radius 40% of the icon).
 */
const FULL_BLEED_SCALE = 0.8;

/**
 * The background colour of the mark: the fill of its first `<rect>`, read from the source so the
 * full-bleed icons never drift from it.
 * @example markBackground('<svg><rect fill="#a4161a"/></svg>') // '#a4161a'
 */
export function markBackground(svg: string): string {
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1];
  if (!fill) throw new Error('src/assets/icon.svg: the mark needs a <rect fill="#rrggbb"> as its background.');
  return fill;
}

/** Rasterises the mark at `size` pixels (at the SVG's own resolution, not an upscaled bitmap). */
async function rasterise(svg: string, size: number): Promise<Buffer> {
  const width = Number(/viewBox="[\d.]+ [\d.]+ ([\d.]+)/.exec(svg)?.[1] ?? 512);
  return await sharp(Buffer.from(svg), { density: (72 * size) / width }).resize(size, size).png().toBuffer();
}

/** Draws one icon from the source SVG as a PNG. */
export async function renderIcon(svg: string, spec: IconSpec): Promise<Buffer> {
  if (!spec.fullBleed) return await rasterise(svg, spec.size);
  const inner = Math.round(spec.size * FULL_BLEED_SCALE);
  const offset = Math.round((spec.size - inner) / 2);
  return await sharp({ create: { width: spec.size, height: spec.size, channels: 4, background: markBackground(svg) } })
    .composite([{ input: await rasterise(svg, inner), left: offset, top: offset }])
    .png()
    .toBuffer();
}
