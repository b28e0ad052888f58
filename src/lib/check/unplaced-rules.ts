// `unplaced:` in index.md holds text the importer could not place (a line before the headline, page
// furniture, an unlabelled meta line). It is kept so no word is lost, and reported until an editor
// has moved each line where it belongs and deleted the field.
import { report, type Problem } from './problem';
import type { ContentFile } from './content-tree';

/** A warning for a non-empty `unplaced` list, at the line of the field. */
export function checkUnplaced(file: ContentFile): Problem[] {
  const unplaced = file.split.data?.unplaced;
  if (file.kind !== 'article' || !Array.isArray(unplaced) || unplaced.length === 0) return [];
  const first = String(unplaced[0]).slice(0, 30);
  return [report('unplaced-text', { file: file.path, line: file.split.keyLines.get('unplaced'), field: 'unplaced' }, { count: unplaced.length, first })];
}
