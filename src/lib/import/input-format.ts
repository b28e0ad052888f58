// Which reader an input file goes to, by its extension: Word .docx, a saved page .html/.htm, and
// everything else as text (the text reader detects the encoding from the bytes and refuses binary
// data). Formats editors often have but the importer cannot read are refused by name, with what
// to do instead.
import { extname } from 'node:path';

export type InputFormat = 'text' | 'docx' | 'html';

/** A refused format: what it is and how to get a file the importer reads, in both languages. */
export interface RefusedFormat {
  zh: { what: string; fix: string };
  en: { what: string; fix: string };
}

const SAVE_AS = {
  zh: '请在原来的程序里“另存为” Word 文档（.docx）或纯文本（.txt），再导入。',
  en: 'Open it in the program that made it, "Save as" a Word document (.docx) or plain text (.txt), and import that.',
};

/** Extensions refused by name, and what each one is. */
const REFUSED: Readonly<Record<string, { zh: string; en: string; fix?: typeof SAVE_AS }>> = {
  '.pdf': { zh: 'PDF 文件', en: 'a PDF file', fix: { zh: '请把文字复制到纯文本文件（.txt），或从原稿另存为 Word 文档（.docx），再导入。', en: 'Copy the text into a plain-text file (.txt), or save the original as a Word document (.docx), and import that.' } },
  '.doc': { zh: '旧版 Word 文档（.doc）', en: 'an old Word document (.doc)', fix: { zh: '请用 Word 或 WPS 打开，另存为 .docx，再导入。', en: 'Open it in Word or WPS, save it as .docx and import that.' } },
  '.wps': { zh: 'WPS 文档', en: 'a WPS document' },
  '.pages': { zh: 'Pages 文稿', en: 'a Pages document', fix: { zh: '请在 Pages 里选“导出为 → Word”（.docx），再导入。', en: 'In Pages choose "Export to → Word" (.docx) and import that.' } },
  '.rtf': { zh: 'RTF 文档', en: 'an RTF document' },
  '.odt': { zh: 'OpenDocument 文档（.odt）', en: 'an OpenDocument text (.odt)' },
  '.epub': { zh: '电子书（.epub）', en: 'an e-book (.epub)' },
  '.mht': { zh: '单文件网页（.mht）', en: 'a single-file web archive (.mht)', fix: { zh: '请在浏览器里把网页另存为“网页，全部”（.html 和同名文件夹），再导入 .html。', en: 'Save the page in the browser as "Web page, complete" (.html plus its folder) and import the .html.' } },
  '.mhtml': { zh: '单文件网页（.mhtml）', en: 'a single-file web archive (.mhtml)', fix: { zh: '请在浏览器里把网页另存为“网页，全部”（.html 和同名文件夹），再导入 .html。', en: 'Save the page in the browser as "Web page, complete" (.html plus its folder) and import the .html.' } },
  '.webarchive': { zh: 'Safari 网页归档', en: 'a Safari web archive', fix: { zh: '请在浏览器里把网页另存为“网页，全部”（.html），再导入 .html。', en: 'Save the page as "Web page, complete" (.html) and import the .html.' } },
  '.xls': { zh: 'Excel 表格', en: 'an Excel spreadsheet' },
  '.xlsx': { zh: 'Excel 表格', en: 'an Excel spreadsheet' },
  '.ppt': { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
  '.pptx': { zh: 'PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
  '.key': { zh: 'Keynote 演示文稿', en: 'a Keynote presentation' },
  '.jpg': { zh: '图片', en: 'an image', fix: { zh: '导入的是文章本身：请导入文章的 .txt、.docx 或 .html，图片会随 .docx/.html 一起导入。', en: 'Import the article itself (.txt, .docx or .html); images come in with a .docx or a saved page.' } },
  '.png': { zh: '图片', en: 'an image', fix: { zh: '导入的是文章本身：请导入文章的 .txt、.docx 或 .html，图片会随 .docx/.html 一起导入。', en: 'Import the article itself (.txt, .docx or .html); images come in with a .docx or a saved page.' } },
};

/**
 * The reader for a file, or why it is refused.
 * @example inputFormatOf('报道.docx') // 'docx'
 * @example inputFormatOf('page.HTM') // 'html'
 * @example inputFormatOf('scan.pdf') // { zh: { what: '不能导入 PDF 文件…', … }, en: … }
 */
export function inputFormatOf(file: string): InputFormat | RefusedFormat {
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  const refused = REFUSED[ext];
  if (!refused) return 'text';
  const fix = refused.fix ?? SAVE_AS;
  return {
    zh: { what: `不能导入${refused.zh}（${ext}）：导入工具只读 .txt、.docx 和另存的网页 .html。`, fix: fix.zh },
    en: { what: `Cannot import ${refused.en} (${ext}): the importer reads .txt, .docx and saved web pages (.html) only.`, fix: fix.en },
  };
}
