// Approximations survive: a key figure or a translated text keeps the 约 / 余 / 近 of its source
// (约4.3亿元 is "about 430 million", never "430 million"), and a key figure's qualifier lives in
// `qualifier`, not inside `value`. Same severity as figure parity (FIGURE_PARITY=error).
import { FIGURE_QUALIFIERS, type FigureQualifier } from '@/lib/content/content-schema';
import {
  compareApproximations, compareKeyFigureQualifiers, keyFiguresDroppingApproximation, readerText,
  type ApproximationMismatch, type KeyFigure,
} from '@/lib/check/figure-parity';
import { report, type Problem, type Severity } from './problem';
import { numberOf } from './tree-rules';
import type { ContentFile, ContentTree } from './content-tree';

/** Qualifier words written inside a value: 约4.3, 7万余, 100+, about 430 million (30余万 keeps its inner 余). */
const QUALIFIER_IN_VALUE = /^(?:约|大约|近|将近|超过|超|逾|突破|about|around|nearly|almost|over|more than)\s*|(?:余|餘|多|\+)$/iu;

const keyFigures = (file: ContentFile): KeyFigure[] => {
  const figures = file.split.data?.figures;
  if (!Array.isArray(figures)) return [];
  return figures.map((f) => {
    const { value, unit, qualifier } = (f ?? {}) as { value?: unknown; unit?: unknown; qualifier?: unknown };
    const known = FIGURE_QUALIFIERS.includes(qualifier as FigureQualifier) ? { qualifier: qualifier as FigureQualifier } : {};
    return { value: String(value ?? ''), unit: String(unit ?? ''), ...known };
  }).filter((f) => f.value !== '');
};

const partOf = (file: ContentFile) => (file.kind === 'article' ? ['导语', 'lede'] as const : [`亮点 ${numberOf(file)}`, `highlight ${numberOf(file)}`] as const);
const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });

function describe(file: ContentFile, m: ApproximationMismatch, where: 'figures' | 'body', against: string, severity: Severity): Problem {
  const line = where === 'figures' ? file.split.keyLines.get('figures') : file.split.bodyFirstLine;
  const params = { part: partOf(file), against, place: where === 'figures' ? 'figures' as const : 'text' as const, approximation: m.approximation, value: format(m.value), text: m.text };
  return report(m.kind === 'dropped' ? 'approximation-dropped' : 'approximation-added', { file: file.path, line, field: where }, params, severity);
}

/** Every approximation problem of the content: qualifier words in values, dropped or added approximations. */
export function checkApproximations(tree: ContentTree, sourceLocale: string, translations: readonly string[], severity: Severity): Problem[] {
  const out: Problem[] = [];
  const idOf = (f: ContentFile) => `${f.article}/${f.kind === 'article' ? 'index' : numberOf(f)}`;
  const sources = new Map(tree.files.filter((f) => f.locale === sourceLocale && f.split.data).map((f) => [idOf(f), f]));
  for (const file of tree.files) {
    if (!file.split.data) continue;
    const figures = keyFigures(file);
    figures.forEach((f, i) => {
      if (!QUALIFIER_IN_VALUE.test(f.value)) return;
      out.push(report('qualifier-in-value', { file: file.path, line: file.split.keyLines.get(`figures.${i}.value`) ?? file.split.keyLines.get('figures'), field: `figures.${i}.value` }, { value: f.value }));
    });
    for (const m of keyFiguresDroppingApproximation(figures, readerText(file.split.body))) out.push(describe(file, m, 'figures', '本文', severity));
    if (file.locale === sourceLocale || !translations.includes(file.locale)) continue;
    const source = sources.get(idOf(file));
    if (!source) continue;
    const against = `${source.locale}/${source.name}`;
    for (const m of compareKeyFigureQualifiers(keyFigures(source), figures)) out.push(describe(file, m, 'figures', against, severity));
    for (const m of compareApproximations(readerText(source.split.body), readerText(file.split.body))) out.push(describe(file, m, 'body', against, severity));
  }
  return out;
}
