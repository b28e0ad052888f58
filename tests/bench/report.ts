// Turns measured builds into the Markdown table the bench prints (and README quotes).
import { median, toMegabytes } from './stats';

export type Variant = 'ours' | 'plain' | 'hugo';
/** cold: nothing kept · warm: rebuilt with nothing changed · changed: rebuilt after one highlight was edited. */
export type BuildKind = 'cold' | 'warm' | 'changed';

/** Every measured build of one variant of one corpus, of one kind. */
export interface Measurement {
  articles: number;
  markdownFiles: number;
  variant: Variant;
  build: BuildKind;
  wallSeconds: number[];
  peakBytes: number[];
  outputBytes: number;
  pages: number;
}

const HEADER = ['articles', 'variant', 'build', 'wall s', '× plain', '× hugo', '× own cold', 'pages', 'pages/s', 'peak MB', 'output MB', 'KB/article', 'KB/page'];

const wall = (m: Measurement) => median(m.wallSeconds);
const ratio = (a: Measurement, b: Measurement | undefined) => (b && a !== b ? (wall(a) / wall(b)).toFixed(2) : '');

/**
 * One table row. `others` are every measurement of the same corpus: the ratios compare with
 * plain Astro and Hugo of the same build kind, and with the variant's own cold build. A page is
 * one article in one locale, so KB/page is the output per article and locale.
 */
function row(m: Measurement, others: readonly Measurement[]): string[] {
  const find = (variant: Variant, build: BuildKind) => others.find((o) => o.variant === variant && o.build === build);
  return [
    String(m.articles), m.variant, m.build, wall(m).toFixed(2),
    ratio(m, find('plain', m.build)), ratio(m, find('hugo', m.build)), m.build === 'cold' ? '' : ratio(m, find(m.variant, 'cold')),
    String(m.pages), (m.pages / wall(m)).toFixed(1), (median(m.peakBytes) / 1e6).toFixed(0), toMegabytes(m.outputBytes),
    (m.outputBytes / 1000 / m.articles).toFixed(1), m.pages ? (m.outputBytes / 1000 / m.pages).toFixed(1) : '',
  ];
}

/** The Markdown table, one row per measurement, in the order given. */
export function formatTable(measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => row(m, measurements.filter((o) => o.articles === m.articles)));
  const lines = [HEADER, HEADER.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
