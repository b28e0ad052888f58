// Rendered share cards kept between builds. A card is pure output of its content, the layout
// code, the mark and the fonts, so a hash of all of them names its PNG: a rebuild with nothing
// changed copies one file per page instead of drawing it again (satori, resvg and the PNG
// encoding are the bulk of a cold build's time, see README "Performance"), and any change to any
// input draws anew.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, link as linkFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CARD_FONT_DIR, cardFontFiles } from './card-font';

/** Bump to invalidate every cached card by hand (e.g. after a sharp upgrade changes PNG bytes). */
const CACHE_FORMAT = 1;

const root = process.cwd();

/** The card-drawing code, the mark, the palette, the fonts and the renderers' versions, hashed once. */
function fingerprint(): string {
  const hash = createHash('sha256').update(String(CACHE_FORMAT));
  const codeDir = join(root, 'src/lib/share-card');
  for (const file of readdirSync(codeDir).sort()) hash.update(file).update(readFileSync(join(codeDir, file)));
  hash.update(readFileSync(join(root, 'src/assets/icon.svg'))).update(readFileSync(join(root, 'src/styles/design-tokens.ts')));
  // The font files themselves (22 MB, ~40 ms to hash): a clone restoring the cache has other
  // modification times, so only their bytes say they are the same fonts.
  for (const font of cardFontFiles()) hash.update(font.path.slice(CARD_FONT_DIR.length)).update(readFileSync(font.path));
  for (const pkg of ['@resvg/resvg-js', 'satori', 'sharp']) {
    // Read the manifest directly: some packages (sharp) do not export `./package.json`.
    const manifest = join(root, 'node_modules', pkg, 'package.json');
    hash.update(pkg).update(existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'missing');
  }
  return hash.digest('hex');
}

const CODE = Symbol.for('news-microsite.card-code');
/** The fingerprint, computed once per process (both module copies, see IN_FLIGHT below: ~40 ms of hashing). */
const shared = globalThis as typeof globalThis & { [CODE]?: string };

const IN_FLIGHT = Symbol.for('news-microsite.cards-in-flight');
/**
 * Cards being drawn in this process, by cache key. On globalThis because the build holds two
 * copies of this module: the share-cards integration's (loaded with astro.config.ts) starts
 * drawing before the pages exist, and the card route's (in the build's bundle) waits for them.
 */
const inFlight: Map<string, Promise<void>> = ((globalThis as typeof globalThis & { [IN_FLIGHT]?: Map<string, Promise<void>> })[IN_FLIGHT] ??= new Map());

/** What names a card's PNG: its content, the drawing code, the mark, the palette and the fonts. */
function cardKey(content: unknown): string {
  shared[CODE] ??= fingerprint();
  return createHash('sha256').update(shared[CODE]).update(JSON.stringify(content)).digest('hex');
}

/** The cache file of a card's content. */
function cacheFile(content: unknown): string {
  return join(cardCacheDir(), `${cardKey(content)}.png`);
}

/** A key for a build's cards: the drawing code and fonts, and the inputs of its cards (`earlyCardInputs`). */
function completeKey(inputs: string): string {
  shared[CODE] ??= fingerprint();
  return createHash('sha256').update(shared[CODE]).update(inputs).digest('hex');
}

/** Where `markCardsCached` names the inputs whose cards are all in the cache. */
function completeFile(): string {
  return join(cardCacheDir(), 'complete.key');
}

/**
 * Whether the last build that wrote all its cards had these inputs and the same drawing code:
 * then every card of this build is in the cache. A wrong yes would cost no card, only the head
 * start: the card route draws whatever it misses.
 */
export function areCardsCached(inputs: string): boolean {
  try {
    return readFileSync(completeFile(), 'utf8') === completeKey(inputs);
  } catch {
    return false;
  }
}

/** Records that every card made from `inputs` is in the cache (after a build wrote them all). */
export async function markCardsCached(inputs: string): Promise<void> {
  await mkdir(cardCacheDir(), { recursive: true });
  const temp = `${completeFile()}.${process.pid}.tmp`;
  await writeFile(temp, completeKey(inputs));
  await rename(temp, completeFile());
}

/** Whether the card for `content` is in the cache or being drawn. */
export function isCardCachedOrDrawing(content: unknown): boolean {
  const file = cacheFile(content);
  return inFlight.has(file) || existsSync(file);
}

/** Where cards are cached: beside Astro's own build cache (`CACHE_DIR`, as in astro.config.ts). */
export function cardCacheDir(): string {
  return join(process.env.CACHE_DIR || join(root, 'node_modules/.astro'), 'share-cards');
}

/**
 * The cache file of the card for `content`, once it is there: drawn before with the same code and
 * fonts, or being drawn in this process (waited for), else drawn by `draw` and stored (written to
 * a temporary name, then renamed, so a killed build never leaves half a file). The build copies
 * its cards from these files (card-pool.ts `writeCards`) and holds no PNG in memory meanwhile.
 */
export async function cachedCardFile(content: unknown, draw: () => Promise<Buffer>): Promise<string> {
  const file = cacheFile(content);
  const drawing = inFlight.get(file);
  if (drawing) {
    await drawing;
    return file;
  }
  if (existsSync(file)) return file;
  const stored = drawAndStore(file, draw);
  inFlight.set(file, stored);
  // Once stored, the file answers; a failed drawing is tried again by the next caller.
  void stored.then(() => inFlight.delete(file), () => inFlight.delete(file));
  await stored;
  return file;
}

/** The PNG for `content`: its cache file (`cachedCardFile`) read back. */
export async function cachedCard(content: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
  return await readFile(await cachedCardFile(content, draw));
}

async function drawAndStore(file: string, draw: () => Promise<Buffer>): Promise<void> {
  const png = await draw();
  await mkdir(cardCacheDir(), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
}

/**
 * Puts a cache file (from `cachedCardFile`) at `target` (in a fresh output folder): as a second
 * name for the same file (`link`, where the file system allows it), else as a copy. A
 * cache file is never changed after it is written (a card drawn again is a new file renamed over
 * the name), so the output and the cache can share it; a link writes no bytes, where copying a
 * build's cards after the pages took ~100 ms per 200 cards on this machine's disk (measured). A
 * `target` left by something else is removed first: copied onto, a link back into the cache
 * would empty the cache file. With `link` false it always copies.
 */
export async function placeCachedCard(file: string, target: string, link = true): Promise<void> {
  if (link) {
    try {
      return await linkFile(file, target);
    } catch (error) {
      // Another file system (or one without links) is copied to below.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return await rm(target).then(() => placeCachedCard(file, target));
    }
  }
  await rm(target, { force: true });
  await copyFile(file, target);
}
