// Figure parity between each translated highlight (and lede) and its source: a figure missing
// from the translation or not in the source is reported, naming the highlight and the figure.
import { compareFigures, compareKeyFigures, readerText, type FigureMismatch, type KeyFigure } from '@/lib/check/figure-parity';
import { report, type Problem, type Severity } from './problem';
import { numberOf } from './tree-rules';
import type { ContentFile, ContentTree } from './content-tree';

const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });

function describe(file: ContentFile, mismatch: FigureMismatch, source: ContentFile, where: 'text' | 'figures', severity: Severity): Problem {
  const part = file.kind === 'article' ? ['导语', 'lede'] as const : [`亮点 ${numberOf(file)}`, `highlight ${numberOf(file)}`] as const;
  const field = where === 'figures' ? 'figures' : 'body';
  const line = where === 'figures' ? file.split.keyLines.get('figures') : file.split.bodyFirstLine;
  const at = { file: file.path, line, field };
  const common = { part, source: `${source.locale}/${source.name}`, text: mismatch.text, locale: file.locale };
  return mismatch.kind === 'missing'
    ? report('figure-missing', at, { ...common, place: where, value: format(mismatch.value) }, severity)
    : report('figure-extra', at, common, severity);
}

const keyFigures = (file: ContentFile): KeyFigure[] => {
  const figures = file.split.data?.figures;
  if (!Array.isArray(figures)) return [];
  return figures
    .map((f) => ({ value: String((f as { value?: unknown })?.value ?? ''), unit: String((f as { unit?: unknown })?.unit ?? '') }))
    .filter((f) => f.value !== '');
};

/** Figure-parity problems of every translated file whose source exists. */
export function checkFigureParity(tree: ContentTree, sourceLocale: string, translations: readonly string[], severity: Severity): Problem[] {
  const out: Problem[] = [];
  const sources = new Map<string, ContentFile>();
  const idOf = (f: ContentFile) => `${f.article}/${f.kind === 'article' ? 'index' : numberOf(f)}`;
  for (const f of tree.files) if (f.locale === sourceLocale && f.split.data) sources.set(idOf(f), f);
  for (const file of tree.files) {
    if (!translations.includes(file.locale) || file.locale === sourceLocale || !file.split.data) continue;
    const source = sources.get(idOf(file));
    if (!source) continue;
    for (const m of compareFigures(readerText(source.split.body), readerText(file.split.body))) out.push(describe(file, m, source, 'text', severity));
    for (const m of compareKeyFigures(keyFigures(source), keyFigures(file))) out.push(describe(file, m, source, 'figures', severity));
  }
  return out;
}
