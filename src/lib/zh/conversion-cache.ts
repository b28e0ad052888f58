// Derived-locale text (Simplified → Traditional with OpenCC, see derived-locale.ts) kept between
// builds. OpenCC is the largest cost of a warm build after the content check (~7 s of ~55 s at
// 1,000 articles, issue 12): each field is converted once per build already, but an unchanged
// field needs no converting at all. A conversion is a pure function of the text, the converter's
// options, the opencc-js version and the project's conversion code, so a hash of those names it.
import { createHash, hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files whose code decides a conversion (phrase fixes, punctuation): a change to any of them
 * converts everything anew. Add a file here if conversion rules move into one.
 */
export const CONVERSION_SOURCES = ['src/lib/zh/derived-locale.ts', 'node_modules/opencc-js/package.json'];

/** Hash of the conversion code, the cache's file name. */
function fingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of CONVERSION_SOURCES) {
    const path = join(root, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : 'missing');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Wraps a converter factory (OpenCC's `Converter`) so every conversion is looked up in the cache
 * of the last build first; the real converter is made only on a miss (loading its dictionaries
 * costs ~0.1 s). `save()` writes the conversions this build used, and only those, so the cache
 * never grows past one site's text.
 */
export function cachedConversions<Options>(
  makeConverter: (options: Options) => (text: string) => string,
  dir = join(process.env.CACHE_DIR || join(process.cwd(), 'node_modules/.astro'), 'derived-locale'),
  root = process.cwd(),
) {
  const file = join(dir, `${fingerprint(root)}.json`);
  const stored = new Map<string, string>(existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) as [string, string][] : []);
  const used = new Map<string, string>();
  let misses = 0;
  return {
    makeConverter(options: Options): (text: string) => string {
      const prefix = JSON.stringify(options);
      let convert: ((text: string) => string) | undefined;
      return (text) => {
        // The one-shot hash: the same digest as update(prefix).update('\0').update(text), without a
        // Hash object per text (~22,000 texts at 1,000 articles).
        const key = hash('sha1', `${prefix}\0${text}`, 'base64');
        let out = used.get(key) ?? stored.get(key);
        if (out === undefined) {
          convert ??= makeConverter(options);
          out = convert(text);
          misses += 1;
        }
        used.set(key, out);
        return out;
      };
    },
    /** Writes the cache when this build converted anything new or left entries unused. */
    save(): void {
      if (misses === 0 && used.size === stored.size) return;
      mkdirSync(dir, { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify([...used]));
      renameSync(temp, file);
    },
    /** Conversions done by the real converter so far (for tests and the build log). */
    get misses() { return misses; },
  };
}
