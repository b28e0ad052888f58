// Approximations survive: a key figure or a translated text keeps the 约 / 余 / 近 of its source
// (约4.3亿元 is "about 430 million", never "430 million"), and a key figure's qualifier lives in
// `qualifier`, not inside `value`. Same severity as figure parity (FIGURE_PARITY=error).
import { FIGURE_QUALIFIERS, type FigureQualifier } from '@/lib/content/content-schema';
import {
  compareApproximations, compareKeyFigureQualifiers, keyFiguresDroppingApproximation, readerText,
  type ApproximationMismatch, type KeyFigure,
} from '@/lib/check/figure-parity';
import { problem, type Problem, type Severity } from './problem';
import { numberOf } from './tree-rules';
import type { ContentFile, ContentTree } from './content-tree';

const WORDS: Record<ApproximationMismatch['approximation'], [string, string]> = {
  about: ["约", "about"], nearly: ["近", "nearly"], "more-than": ["余", "more than"],
};
const QUALIFIER_OF: Record<ApproximationMismatch['approximation'], FigureQualifier> = { about: 'about', nearly: 'nearly', 'more-than': 'more-than' };

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

const partOf = (file: ContentFile) => (file.kind === 'article' ? ['导语', 'lede'] : [`亮点 ${numberOf(file)}`, `highlight ${numberOf(file)}`]);
const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });

function describe(file: ContentFile, m: ApproximationMismatch, where: 'figures' | 'body', against: string, severity: Severity): Problem {
  const [zhPart, enPart] = partOf(file);
  const line = where === 'figures' ? file.split.keyLines.get('figures') : file.split.bodyFirstLine;
  const [zhWord, enWord] = WORDS[m.approximation];
  const fix = where === 'figures' ? [`请加上 qualifier: ${QUALIFIER_OF[m.approximation]}`, `add qualifier: ${QUALIFIER_OF[m.approximation]}`] : [`请写作“${enWord} ${format(m.value)}”`, `write "${enWord} ${format(m.value)}"`];
  const list = where === 'figures' ? ['关键数字', 'key figure'] : ['正文', 'text'];
  if (m.kind === 'dropped') {
    return problem(severity, 'figure-approximation', { file: file.path, line, field: where },
      `${zhPart}：${against === '本文' ? '本文' : `原文（${against}）`}说的是“${zhWord}”${format(m.value)}（${m.text}），${list[0]}却写成确数。${fix[0]}。`,
      `${enPart}: ${against === '本文' ? 'the text of this file' : `the source (${against})`} says ${enWord} ${format(m.value)} (${m.text}), but the ${list[1]} gives it as exact. ${fix[1][0]!.toUpperCase()}${fix[1].slice(1)}.`);
  }
  return problem(severity, 'figure-approximation', { file: file.path, line, field: where },
    `${zhPart}：${list[0]}把原文（${against}）的确数 ${format(m.value)} 写成了“${zhWord}”（${m.text}）。请删去约数词，或核对原文。`,
    `${enPart}: the ${list[1]} makes the exact ${format(m.value)} of the source (${against}) approximate (${m.text}). Remove "${enWord}" or check the source.`);
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
      out.push(problem('error', 'qualifier-in-value', { file: file.path, line: file.split.keyLines.get(`figures.${i}.value`) ?? file.split.keyLines.get('figures'), field: `figures.${i}.value` },
        `关键数字“${f.value}”把约数词写进了 value。请把“约/余/近/超过/+”去掉，改用 qualifier（about、more-than、nearly、over），页面会按语言显示。`,
        `Key figure "${f.value}" has its qualifier inside value. Remove the qualifier word (about, +, 约, 余 …) and set qualifier (about, more-than, nearly, over); each edition renders it its own way.`));
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
