// How much of an input's text lands in the imported files: the measure of "keep every word".
// The text is cut into word runs (letters and digits between punctuation or spaces); a run counts
// as kept when it appears in the output. Dates are compared as the timestamp they became, and a
// section marker (一是, 第二、, 01) as the number and label it became, so both are taken off first.
import { markerAt, markersIn } from '@/lib/import/heading-markers';
import { findDate } from '@/lib/import/metadata-lines';
import type { ArticleFile } from '@/lib/import/render-files';

/** Labels that became a field name (来源： → source:), not text: 来源, 发布时间, Source, Date, 原标题. */
const FIELD_LABELS = /^(?:信息来源|信息來源|来源|來源|稿源|发布时间|發佈時間|發布時間|发布日期|更新时间|更新時間|时间|時間|日期|原标题|原標題|source|date|published|updated|posted|time)$/iu;

const normalize = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** Word runs of one input line, with its date removed. */
function runsOf(line: string): string[] {
  let text = line;
  for (const m of markersIn(line).reverse()) text = `${text.slice(0, m.start)} ${text.slice(m.end)}`;
  for (let date = findDate(text); date; date = findDate(text)) text = text.replace(date.raw, ' ');
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export interface Coverage {
  /** Characters of word runs found in the output / all characters of word runs. */
  kept: number;
  /** Runs not found, with their line. */
  missing: Array<{ line: number; run: string }>;
}

/**
 * @example coverageOf('一是建网。', files).kept // 1 when 建网 is in a file
 */
export function coverageOf(input: string, files: readonly ArticleFile[]): Coverage {
  const output = normalize(files.map((f) => f.content).join('\n'));
  let total = 0;
  let found = 0;
  const missing: Coverage['missing'] = [];
  input.split('\n').forEach((line, i) => {
    for (const run of runsOf(line)) {
      if (FIELD_LABELS.test(run)) continue;
      total += run.length;
      const marker = markerAt(run, 0);
      const rest = marker ? normalize(run.slice(marker.end)) : run;
      if (output.includes(run) || output.includes(rest)) found += run.length;
      else missing.push({ line: i + 1, run });
    }
  });
  return { kept: total === 0 ? 1 : found / total, missing };
}
