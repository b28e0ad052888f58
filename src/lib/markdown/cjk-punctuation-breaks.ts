// Soft line breaks next to half-width punctuation or digits inside Chinese text.
// markdown-it-cjk-breaks removes a break only when the characters on BOTH sides are wide.
// Many newsrooms (the Jiangjin source among them) write half-width `,` `:` `(` inside Chinese,
// and editors wrap lines after them; the break would then show as a stray space. No plugin
// handles this, so it is ours: a break goes when, skipping ASCII punctuation, one side is a
// CJK character and the other is CJK or a digit. Latin words keep their space.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF“”‘’《》、。]/u;
const ASCII_PUNCT = /[,.;:!?()[\]'"%+\-/]/;
const DIGIT = /[0-9]/;

type Side = 'cjk' | 'digit' | 'other';

/** What the text reads as at one side of a break, looking past ASCII punctuation. */
function classify(text: string, fromEnd: boolean): Side {
  const chars = [...text];
  if (fromEnd) chars.reverse();
  for (const ch of chars) {
    if (ASCII_PUNCT.test(ch)) continue;
    if (CJK.test(ch)) return 'cjk';
    if (DIGIT.test(ch)) return 'digit';
    return 'other';
  }
  return 'other';
}

/** True when a soft break between `before` and `after` should vanish. */
export function shouldJoin(before: string, after: string): boolean {
  const a = classify(before, true);
  const b = classify(after, false);
  return (a === 'cjk' && (b === 'cjk' || b === 'digit')) || (b === 'cjk' && a === 'digit');
}

function joinBreaks(children: Token[]): void {
  for (let i = 1; i < children.length - 1; i++) {
    const token = children[i]!;
    if (token.type !== 'softbreak') continue;
    const before = children[i - 1]!;
    const after = children[i + 1]!;
    if (before.type === 'text' && after.type === 'text' && shouldJoin(before.content, after.content)) {
      token.type = 'text';
      token.content = '';
    }
  }
}

/** markdown-it plugin: joins lines across half-width punctuation in Chinese text. */
export default function cjkPunctuationBreaks(md: MarkdownIt): void {
  md.core.ruler.push('cjk_punctuation_breaks', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) joinBreaks(token.children);
    }
  });
}
