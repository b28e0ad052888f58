// `sectionLabel` in index.md: a template with exactly one known numeral placeholder (亮点{一},
// 第{一}, {1}, Highlight {1}). The schema only knows it is a string; a template the page cannot
// fill would otherwise fail the build with a bare exception.
import { isSectionLabelProblem, parseSectionLabel } from '@/lib/model/section-label';
import type { ContentFile } from './content-tree';
import { report, type Problem } from './problem';

/** Problems of the section-label template of one article file. */
export function checkSectionLabel(file: ContentFile): Problem[] {
  const template = file.split.data?.sectionLabel;
  if (file.kind !== 'article' || typeof template !== 'string' || template === '') return [];
  const parsed = parseSectionLabel(template);
  if (!isSectionLabelProblem(parsed)) return [];
  return [report('section-label', { file: file.path, line: file.split.keyLines.get('sectionLabel'), field: 'sectionLabel' }, { zh: parsed.zh, en: parsed.en })];
}
