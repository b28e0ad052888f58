// Rules on the folder itself, before any file is read: paths that cannot be read (symlink loops,
// permissions), files named almost like content, leftovers of an interrupted import, and an
// article folder that holds no locale at all (the article would silently vanish from the site).
import { report, type Problem } from './problem';
import type { ContentTree } from './content-tree';

/** What a system error code means for an editor, in both languages. */
const FS_HINTS: Record<string, [string, string]> = {
  ELOOP: ['这是一个指向自己的快捷方式（符号链接循环）。请删除它，换成真正的文件或文件夹', 'it is a shortcut (symbolic link) that points to itself. Delete it and put the real file or folder there'],
  EACCES: ['没有读取权限。请用 chmod/文件属性给当前用户读取权限', 'it may not be read (permission denied). Give the current user read permission (chmod or the file properties)'],
  EPERM: ['没有读取权限。请检查文件属性', 'reading it is not permitted. Check its permissions'],
  ENOENT: ['它是一个指向不存在位置的快捷方式（符号链接）。请删除它或改正目标', 'it is a shortcut (symbolic link) to something that does not exist. Delete it or fix its target'],
  EISDIR: ['这里应该是文件，却是文件夹。请改名', 'a folder stands where a file should be. Rename it'],
};

/** Folder-level problems of a content tree. */
export function checkFolders(tree: ContentTree, defaultLocale: string): Problem[] {
  const out: Problem[] = [];
  for (const { path, code } of tree.unreadable) {
    const key = code.startsWith('PARSE') ? 'PARSE' : code;
    const [zh, en] = FS_HINTS[key] ?? (key === 'PARSE'
      ? ['解析器无法处理这个文件（例如嵌套过深）。请简化文件头和正文的结构', 'the parser cannot handle it (e.g. nesting far too deep). Simplify its frontmatter and text']
      : [`读取失败（${code}）。请检查这个文件或文件夹`, `reading it failed (${code}). Check this file or folder`]);
    out.push(report('unreadable', { file: path, field: 'file' }, { zh, en }));
  }
  for (const path of tree.misnamed) {
    const name = path.split('/').pop()!;
    const fixed = name.replace(/^(index|[0-9][^.]*)\..*$/i, (_, stem: string) => `${stem.toLowerCase()}.md`);
    out.push(report('misnamed-file', { file: path, field: 'file' }, { name, fixed }));
  }
  for (const path of tree.importLeftovers) {
    out.push(report('import-leftover', { file: path, field: 'folder' }));
  }
  for (const article of tree.articles) {
    if ((tree.locales.get(article) ?? []).length > 0) continue;
    out.push(report('empty-article-folder', { file: `${article}/`, field: 'folder' }, { article, defaultLocale }));
  }
  return out;
}
