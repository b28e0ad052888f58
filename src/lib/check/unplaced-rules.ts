// `unplaced:` in index.md holds text the importer could not place (a line before the headline, page
// furniture, an unlabelled meta line). It is kept so no word is lost, and reported until an editor
// has moved each line where it belongs and deleted the field.
import { problem, type Problem } from './problem';
import type { ContentFile } from './content-tree';

/** A warning for a non-empty `unplaced` list, at the line of the field. */
export function checkUnplaced(file: ContentFile): Problem[] {
  const unplaced = file.split.data?.unplaced;
  if (file.kind !== 'article' || !Array.isArray(unplaced) || unplaced.length === 0) return [];
  const first = String(unplaced[0]).slice(0, 30);
  return [problem('warning', 'unplaced-text', { file: file.path, line: file.split.keyLines.get('unplaced'), field: 'unplaced' },
    `导入时有 ${unplaced.length} 行文字没有归位（第一行：“${first}”）。请把每一行移到导语、某一节正文、图片说明或署名里（不需要的删掉），然后删除 unplaced 字段。`,
    `${unplaced.length} line(s) of imported text were not placed (first: "${first}"). Move each into the lede, a section, a caption or a credit (or delete it), then delete the unplaced field.`)];
}
