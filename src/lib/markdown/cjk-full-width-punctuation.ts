// Half-width `, : ; ? ! ( )` next to Han characters in Chinese files become full-width on the
// page (，：；？！（）), as Chinese typesetting sets them (GB/T 15834). The Markdown file keeps what
// the editor wrote; the mapping itself lives in src/lib/zh/cjk-punctuation.ts, shared with titles
// and captions. Runs only on Chinese files (`env.lang` zh-*) and when the site config enables it.
// Text runs split by inline markup (`**粗体**,后文`) are converted together, so context crosses
// tags; inline code is left as written and breaks the run.
import { type MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import { renderEnv } from './render-env';
import { fullWidthSegments, isChineseLang } from '../zh/cjk-punctuation';

/** The text tokens of one paragraph, in runs that inline code (kept verbatim) separates. */
function textRuns(children: Token[]): Token[][] {
  const runs: Token[][] = [[]];
  for (const token of children) {
    if (token.type === 'text') runs.at(-1)!.push(token);
    else if (token.type === 'code_inline' || token.type === 'image' || token.type === 'hardbreak') runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

/** markdown-it plugin; `enabled: false` (the site config's `fullWidthPunctuation`) turns it off. */
export default function cjkFullWidthPunctuation(md: MarkdownIt, options: { enabled: boolean }): void {
  md.core.ruler.push('cjk_full_width_punctuation', (state) => {
    if (!options.enabled || !isChineseLang(renderEnv(state.env).lang)) return;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      for (const run of textRuns(block.children)) {
        const converted = fullWidthSegments(run.map((t) => t.content));
        run.forEach((t, i) => { t.content = converted[i]!; });
      }
    }
  });
}
