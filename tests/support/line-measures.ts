// Line measurements in a real browser, shared by the typography tests and the review script
// (tests/review/measure.ts): where Chinese text ends a line on a single character.
import type { Page } from 'playwright-core';

/**
 * Every line of every element matching `selector` that holds exactly one Han character, as
 * "text of the element → the line". A line starts where a character's box starts left of the
 * previous one (left-to-right text wrapping back) or below it.
 */
export function singleCharacterLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const han = /\p{Script=Han}/u;
    const found: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      const lines: string[] = [];
      let lastLeft = Infinity;
      let lastBottom = Infinity;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Visually hidden text (the 亮点一：title separator) is not on any line.
        if (node.parentElement?.closest('.highlight h2 > span:first-child > span, .visually-hidden')) continue;
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (lines.length === 0 || rect.left < lastLeft - 1 || rect.top >= lastBottom - 1) lines.push('');
          lines[lines.length - 1] += text[i];
          lastLeft = rect.left;
          lastBottom = rect.bottom;
        }
      }
      for (const line of lines) {
        if ([...line].filter((c) => han.test(c)).length === 1) found.push(`${(el.textContent ?? '').trim()} → “${line.trim()}”`);
      }
    }
    return found;
  }, selector);
}
