// Turns measured builds into the Markdown table the bench prints (and README quotes).
import { median, toMegabytes } from './stats';

/** Every measured build of one variant of one corpus, cold or warm. */
export interface Measurement {
  articles: number;
  markdownFiles: number;
  variant: 'ours' | 'plain';
  build: 'cold' | 'warm';
  wallSeconds: number[];
  peakBytes: number[];
  outputBytes: number;
  pages: number;
}

const HEADER = ['articles', 'Markdown files', 'variant', 'build', 'wall s (median)', 'pages', 'pages/s', 'peak MB', 'output MB', 'ratio ours/plain (wall)'];

/** One table row; `plain` is the baseline of the same corpus and build kind, for the ratio. */
function row(m: Measurement, plain: Measurement | undefined): string[] {
  const wall = median(m.wallSeconds);
  const ratio = m.variant === 'ours' && plain ? (wall / median(plain.wallSeconds)).toFixed(2) : '';
  return [
    String(m.articles), String(m.markdownFiles), m.variant, m.build, wall.toFixed(2), String(m.pages),
    (m.pages / wall).toFixed(1), (median(m.peakBytes) / 1e6).toFixed(0), toMegabytes(m.outputBytes), ratio,
  ];
}

/** The Markdown table, one row per measurement, in the order given. */
export function formatTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => row(m, measurements.find((p) =>
    p.variant === 'plain' && p.articles === m.articles && p.build === m.build)));
  const lines = [HEADER, HEADER.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
