// Which characters the card threads' fonts must have: every character of the cards queued so far,
// grown when a card brings new ones. The threads cut the fonts to them themselves
// (font-subset.mjs, card-render.mjs), so handing a batch over never waits for a subset.
import { cardFontFiles, type CardFontFile } from './card-font';

/**
 * Fonts for the cards queued so far: the font files and the characters to keep. Sets only grow,
 * so a later set draws every card an earlier one does, glyph for glyph: a card thread keeps the
 * fonts of the newest set it has seen (`id`) and cuts new ones only when a newer set arrives. Ids
 * count within one pool, whose threads are its own.
 */
export interface CardFontSet {
  id: number;
  files: CardFontFile[];
  text: string;
}

/**
 * The growing font set of one pool: `cover(text)` when a card is queued, `current()` when a
 * batch is handed to a thread; a new set (a new `id`) only after new characters.
 */
export function createCardFontSet() {
  const files = cardFontFiles();
  const chars = new Set<string>();
  let set: CardFontSet | undefined;
  let lastId = 0;
  return {
    /** Adds the characters of a card's text (`cardText`) to the next set. */
    cover(text: string): void {
      for (const ch of text) {
        if (chars.has(ch)) continue;
        chars.add(ch);
        set = undefined;
      }
    },
    /** The set covering every character covered so far. */
    current(): CardFontSet {
      set ??= { id: ++lastId, files, text: [...chars].join('') };
      return set;
    },
  };
}
