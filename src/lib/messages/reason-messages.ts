// Catalogue: reasons that a checker message quotes after its colon: why a photo cannot be
// published (`image-unusable`, check/photo-rules.ts), why a path cannot be read (`unreadable`,
// folder-rules.ts) and why a timestamp does not exist (`impossible-date`, calendar.ts).
import { message, textsFor } from './catalogue';

export const REASON_MESSAGES = {
  'image-too-large': message<{ mb: string }>('error',
    ({ mb }) => `文件有 ${mb} MB，上限 20 MB。请缩小到长边 3000 像素左右再保存为 JPEG`,
    ({ mb }) => `it is ${mb} MB (limit 20 MB). Resize it to about 3000 pixels on the long side and save it as JPEG`),
  'image-not-decodable': message('error',
    () => '它不是图片（无法解码）。请换成真正的 JPEG 或 PNG 照片',
    () => 'it is not an image (it cannot be decoded). Use a real JPEG or PNG photo'),
  'image-svg': message('error',
    () => 'SVG 不能用作照片（它可以包含脚本）。请导出为 JPEG 或 PNG',
    () => 'SVG cannot be a photo (it can carry script). Export it as JPEG or PNG'),
  'image-format': message<{ format: string }>('error',
    ({ format }) => `格式 ${format} 不能用作照片。请保存为 JPEG 或 PNG`,
    ({ format }) => `the ${format} format cannot be a photo. Save it as JPEG or PNG`),
  'image-too-many-pixels': message<{ width: number; height: number }>('error',
    ({ width, height }) => `${width}×${height} 像素太大（上限 4000 万像素）。请缩小到长边 3000 像素左右`,
    ({ width, height }) => `${width}×${height} pixels is too large (limit 40 megapixels). Resize it to about 3000 pixels on the long side`),
  'image-truncated': message('error',
    () => '文件已损坏（只有一部分数据）。请重新导出或重新复制这张照片',
    () => 'the file is damaged (only part of the data is there). Export or copy the photo again'),
  'symlink-loop': message('error',
    () => '这是一个指向自己的快捷方式（符号链接循环）。请删除它，换成真正的文件或文件夹',
    () => 'it is a shortcut (symbolic link) that points to itself. Delete it and put the real file or folder there'),
  'permission-denied': message('error',
    () => '没有读取权限。请用 chmod/文件属性给当前用户读取权限',
    () => 'it may not be read (permission denied). Give the current user read permission (chmod or the file properties)'),
  'not-permitted': message('error', () => '没有读取权限。请检查文件属性', () => 'reading it is not permitted. Check its permissions'),
  'broken-link': message('error',
    () => '它是一个指向不存在位置的快捷方式（符号链接）。请删除它或改正目标',
    () => 'it is a shortcut (symbolic link) to something that does not exist. Delete it or fix its target'),
  'folder-for-file': message('error', () => '这里应该是文件，却是文件夹。请改名', () => 'a folder stands where a file should be. Rename it'),
  'parser-failed': message('error',
    () => '解析器无法处理这个文件（例如嵌套过深）。请简化文件头和正文的结构',
    () => 'the parser cannot handle it (e.g. nesting far too deep). Simplify its frontmatter and text'),
  'read-failed': message<{ code: string }>('error',
    ({ code }) => `读取失败（${code}）。请检查这个文件或文件夹`,
    ({ code }) => `reading it failed (${code}). Check this file or folder`),
  'year-too-early': message<{ year: number; min: number }>('error',
    ({ year, min }) => `年份 ${year} 早于 ${min}`,
    ({ year, min }) => `the year ${year} is before ${min}`),
  'no-such-month': message<{ month: number }>('error', ({ month }) => `没有 ${month} 月`, ({ month }) => `there is no month ${month}`),
  'days-in-month': message<{ year: number; month: number; monthName: string; days: number }>('error',
    ({ year, month, days }) => `${year} 年 ${month} 月只有 ${days} 天`,
    ({ year, monthName, days }) => `${monthName} ${year} has ${days} days`),
  'no-such-time': message<{ numbers: string; written: string }>('error',
    ({ numbers }) => `${numbers} 不是有效的时刻`,
    ({ written }) => `${written} is not a time of day`),
  'no-such-offset': message<{ offset: string }>('error',
    ({ offset }) => `时区 ${offset} 不存在（最大 ±14:00）`,
    ({ offset }) => `the offset ${offset} does not exist (at most ±14:00)`),
};

/** The texts of a reason: `reasonText('image-format', { format: 'gif' }).en` → `the gif format cannot be a photo…`. */
export const reasonText = textsFor(REASON_MESSAGES);

/** The reason for a system error code met while reading the content folder (folder-rules.ts). */
export const FS_REASONS: Readonly<Record<string, 'symlink-loop' | 'permission-denied' | 'not-permitted' | 'broken-link' | 'folder-for-file' | 'parser-failed'>> = {
  ELOOP: 'symlink-loop', EACCES: 'permission-denied', EPERM: 'not-permitted', ENOENT: 'broken-link', EISDIR: 'folder-for-file', PARSE: 'parser-failed',
};
