// A full garbage collection of the build process's heap, on demand. V8 collects its old
// generation when the heap has grown by a factor since the last collection, so a phase that
// builds a large model right after one that left much garbage (Astro's content sync and
// bundling, before the page model) grows the heap by both; collecting in between keeps only
// what is alive (issue 12: the memory peak of a 1,000-article build).
import { v8Gc } from './v8-gc.mjs';

/**
 * Heap in use below which a collection is not worth its time: a 100-article build's heap stays
 * under it (its warm build is measured against plain Astro's), a 1,000-article build's is
 * ~400 MB when the page model starts.
 */
const WORTH_COLLECTING = 256 * 1024 * 1024;

/** Collects the whole heap now (~150 ms for the ~400 MB heap of a 1,000-article build) if it holds more than WORTH_COLLECTING. */
export function collectFullHeap(): void {
  if (process.memoryUsage().heapUsed < WORTH_COLLECTING) return;
  v8Gc()();
}
