import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICONS, markBackground } from '@/lib/icons/icon-set';
import { normalizeBasePath } from '@/lib/model/routes';
import { ROOT, listFiles, loadHtml, siteDir } from '../support';
import { SITES } from '../support/sites';

/** Every test site that builds, with its base path: icons and manifest must work under each. */
const BUILT = Object.entries(SITES).filter(([, spec]) => !spec.expectFailure)
  .map(([name, spec]) => ({ name, basePath: normalizeBasePath(spec.env?.BASE_PATH) }));

/** The dist/ file a root-relative URL of a site points at (undefined when outside the base path). */
function fileOf(name: string, basePath: string, url: string): string | undefined {
  if (!url.startsWith(basePath)) return undefined;
  const rest = url.slice(basePath.length);
  return join(siteDir(name), rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
}

describe('icons', () => {
  const dist = siteDir('main');

  it.each(ICONS.map((i) => [i.file, i.size] as const))('builds icons/%s at %i×%i pixels', async (file, size) => {
    const meta = await sharp(await readFile(join(dist, 'icons', file))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', size, size]);
  });

  it('serves the source mark as the SVG favicon', async () => {
    expect(await readFile(join(dist, 'icons/favicon.svg'), 'utf8')).toBe(await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8'));
  });

  it('makes the apple-touch and maskable icons full-bleed (opaque: iOS fills transparency with black)', async () => {
    for (const icon of ICONS.filter((i) => i.fullBleed)) {
      expect((await sharp(await readFile(join(dist, 'icons', icon.file))).stats()).isOpaque, icon.file).toBe(true);
    }
    expect((await sharp(await readFile(join(dist, 'icons/icon-192.png'))).stats()).isOpaque).toBe(false);
  });

  it('keeps the glyph of the maskable icon inside the safe zone: outside the central 80% circle there is only background', async () => {
    const background = markBackground(await readFile(join(ROOT, 'src/assets/icon.svg'), 'utf8'));
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
    const { data, info } = await sharp(await readFile(join(dist, 'icons/icon-maskable-512.png'))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const c = info.width / 2;
    let outside = 0;
    let white = 0;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        const i = (y * info.width + x) * info.channels;
        const px = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.hypot(x + 0.5 - c, y + 0.5 - c) > 0.4 * info.width) {
          outside++;
          expect(Math.max(Math.abs(px[0]! - r!), Math.abs(px[1]! - g!), Math.abs(px[2]! - b!)), `pixel ${x},${y}`).toBeLessThanOrEqual(2);
        } else if (px.every((v) => v > 240)) white++;
      }
    }
    expect(outside).toBeGreaterThan(0);
    expect(white).toBeGreaterThan(5000); // the white glyph is there, inside the circle
  });

  it.each(BUILT)('links icons, manifest and theme colours from every article page of $name, all resolving to files', async ({ name, basePath }) => {
    let pages = 0;
    for (const file of (await listFiles(siteDir(name), '.html'))) {
      const $ = await loadHtml(join(siteDir(name), file));
      if (!$('article').length) continue;
      pages++;
      const hrefs = ['link[rel="icon"][type="image/svg+xml"]', 'link[rel="icon"][type="image/png"]', 'link[rel="apple-touch-icon"]', 'link[rel="manifest"]']
        .map((sel) => $(sel).attr('href'));
      for (const href of hrefs) {
        expect(href, file).toBeDefined();
        const target = fileOf(name, basePath, href!);
        expect(target && existsSync(target), `${file}: ${href}`).toBe(true);
      }
      expect($('meta[name="theme-color"]').map((_, m) => $(m).attr('content')).get(), file).toHaveLength(2);
    }
    expect(pages).toBeGreaterThan(0);
  });

  it.each(BUILT)('writes a web manifest for $name whose start URL, scope and icons stay under the base path', async ({ name, basePath }) => {
    const manifest = JSON.parse(await readFile(join(siteDir(name), 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBeTruthy();
    expect(manifest.short_name).toBeTruthy();
    expect(manifest.start_url).toBe(basePath);
    expect(manifest.scope).toBe(basePath);
    expect(manifest.icons.map((i: { purpose: string }) => i.purpose).sort()).toEqual(['any', 'any', 'maskable']);
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const target = fileOf(name, basePath, icon.src);
      expect(target && existsSync(target), icon.src).toBe(true);
      const meta = await sharp(await readFile(target!)).metadata();
      expect(`${meta.width}x${meta.height}`, icon.src).toBe(icon.sizes);
    }
  });
});
