import { describe, expect, it } from 'vitest';
import { parseMaxRss } from './measure';
import { formatTable, type Measurement } from './report';
import { median } from './stats';

const m = (variant: Measurement['variant'], build: Measurement['build'], wallSeconds: number[], pages = 2): Measurement => ({
  articles: 1, markdownFiles: 11, variant, build, wallSeconds, peakBytes: [5e8], outputBytes: 2e6, pages,
});

describe('bench report', () => {
  it('takes the median of the runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('reads the peak memory from GNU time -v', () => {
    expect(parseMaxRss('\tMaximum resident set size (kbytes): 1024\n')).toBe(1024 * 1024);
    expect(parseMaxRss('no such line')).toBeUndefined();
  });

  it('prints each build with its ratios to plain Astro, to Hugo and to its own cold build, and output per article and page', () => {
    const table = formatTable([
      m('ours', 'cold', [6, 4, 5]), m('plain', 'cold', [2]), m('hugo', 'cold', [0.5], 1),
      m('ours', 'changed', [1.5]), m('plain', 'changed', [3]),
    ]).split('\n');
    expect(table[0]).toBe('| articles | variant | build | wall s | × plain | × hugo | × own cold | pages | pages/s | peak MB | output MB | KB/article | KB/page |');
    expect(table[2]).toBe('| 1 | ours | cold | 5.00 | 2.50 | 10.00 |  | 2 | 0.4 | 500 | 2.00 | 2000.0 | 1000.0 |');
    expect(table[4]).toBe('| 1 | hugo | cold | 0.50 | 0.25 |  |  | 1 | 2.0 | 500 | 2.00 | 2000.0 | 2000.0 |');
    expect(table[5]).toBe('| 1 | ours | changed | 1.50 | 0.50 |  | 0.30 | 2 | 1.3 | 500 | 2.00 | 2000.0 | 1000.0 |');
  });
});
