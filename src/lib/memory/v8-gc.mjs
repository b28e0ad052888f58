// V8's own `gc` function, for the few places that collect garbage at a moment they choose (the
// card threads after each card, card-render.mjs; the build between phases, full-collection.ts).
// It is reached by turning on V8's flag at run time, as Node's own tests do; that affects nothing
// but making the function available. Plain JavaScript: the card threads load it without a
// TypeScript loader.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** @type {((options?: { type: 'major' | 'minor' }) => void) | undefined} */
let gc;

/**
 * V8's `gc` for this thread: `gc()` collects the whole heap, `gc({ type: 'minor' })` the young
 * generation only.
 * @returns {(options?: { type: 'major' | 'minor' }) => void}
 */
export function v8Gc() {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc');
  }
  return /** @type {(options?: { type: 'major' | 'minor' }) => void} */ (gc);
}
