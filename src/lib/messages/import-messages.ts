// Catalogue: why `npm run import` refuses an input (src/lib/import/), each entry what is wrong
// then how to fix it, in both languages; with the warnings (import-warning-messages.ts) it is the
// importer's whole catalogue, keyed by the stable code tests and scripts match on.
import { message } from './catalogue';
import { IMPORT_WARNING_MESSAGES } from './import-warning-messages';

/** `what` then `fix`: one sentence each, as the importer has always said them. */
const whatFix = (what: string, fix: string) => `${what}${fix}`;
const whatFixEn = (what: string, fix: string) => `${what} ${fix}`;

/** What and how to fix in one language, for refusals whose text depends on the input (input-format.ts). */
export interface WhatFix { what: string; fix: string }

export const IMPORT_MESSAGES = {
  ...IMPORT_WARNING_MESSAGES,
  binary: message('error',
    () => whatFix('文件含有空字节（NUL），不是纯文本文件。', '请从稿件中复制正文，另存为 UTF-8 编码的 .txt 纯文本文件后再导入。'),
    () => whatFixEn('The file contains a NUL byte: it is not a plain-text file.', 'Copy the article text into a new file saved as UTF-8 plain text (.txt) and import that.')),
  undecodable: message('error',
    () => whatFix('这一行有无法识别的字节：文件既不是有效的 UTF-8，也不是 GB18030/GBK 编码。', '用文本编辑器打开文件，检查这一行的乱码，将文件另存为 UTF-8 编码后重新导入。'),
    () => whatFixEn('This line has bytes that are neither valid UTF-8 nor GB18030/GBK.', 'Open the file in a text editor, fix the garbled characters on this line and save it as UTF-8, then import again.')),
  'empty-file': message('error',
    () => whatFix('文件是空的。', '请检查导入的是不是正确的文件。'),
    () => whatFixEn('The file is empty.', 'Check that you are importing the right file.')),
  'no-heading': message<{ considered: readonly { zh: string; en: string }[] }>('error',
    ({ considered }) => whatFix(
      `没有找到小标题：文中没有一组按顺序编号的小标题（如“亮点一：”“一、”“（一）”“1.”“第一，”“一是”“01”）。${considered.length ? `考虑过的行：${considered.map((r) => r.zh).join('；')}。` : '没有任何一行以编号开头。'}`,
      '让每一节以编号开头（单独成行，或紧跟在上一句的句号后面），编号按 1、2、3…连续排列。'),
    ({ considered }) => whatFixEn(
      `No section heading found: no sequence of numbered markers such as "亮点一：", "一、", "（一）", "1.", "第一，", "一是", "01" or "Highlight 1:". ${considered.length ? `Lines considered: ${considered.map((r) => r.en).join('; ')}.` : 'No line starts with a numbered marker.'}`,
      'Start each section with a numbered marker (on its own line, or right after the previous sentence end), numbered 1, 2, 3… in order.')),
  'bad-id': message<{ id: string }>('error',
    ({ id }) => whatFix(`文章编号“${id}”不合法：只能用小写英文字母、数字和连字符。`, '换一个编号，例如 --id jiangjin-2024-highlights。'),
    ({ id }) => whatFixEn(`The article id "${id}" is not valid: use lower-case letters, digits and hyphens only.`, 'Choose another id, e.g. --id jiangjin-2024-highlights.')),
  'id-exists': message<{ id: string; dir: string; locale: string }>('error',
    ({ id, dir, locale }) => whatFix(`文章“${id}”已经存在（${dir}），没有写入任何文件。`, `如果要用导入结果替换其中的 ${locale} 内容，加上 --force；如果是另一篇文章，用 --id 指定新的编号。`),
    ({ id, dir, locale }) => whatFixEn(`Article "${id}" already exists (${dir}); nothing was written.`, `Add --force to replace its ${locale} files with this import, or give a new id with --id.`)),
  'unsupported-format': message<{ zh: WhatFix; en: WhatFix }>('error',
    ({ zh }) => whatFix(zh.what, zh.fix),
    ({ en }) => whatFixEn(en.what, en.fix)),
  'unreadable-docx': message<{ reason: string }>('error',
    ({ reason }) => whatFix(`无法读取这个 Word 文档（${reason}）：它可能已损坏，或其实不是 .docx。`, '请用 Word 或 WPS 打开后重新另存为 .docx，或另存为纯文本（.txt），再导入。'),
    ({ reason }) => whatFixEn(`This Word document cannot be read (${reason}): it may be damaged or not really a .docx.`, 'Open it in Word or WPS and save it again as .docx, or as plain text (.txt), and import that.')),
  unreadable: message<{ code: string; reason: string }>('error',
    ({ code }) => whatFix(`无法读取文件（${code}）。`, '检查文件路径是否正确。'),
    ({ reason }) => whatFixEn(`The importer cannot read the file (${reason}).`, 'Check the path.')),
  'npm-flags': message<{ flags: string }>('error',
    ({ flags }) => whatFix(`npm 把 ${flags} 当成了它自己的设置，导入程序没有收到。`, `在 npm run import 后面加上 --，例如：npm run import -- 文章.txt ${flags} …`),
    ({ flags }) => whatFixEn(`npm took ${flags} as its own settings; the importer never saw them.`, `Put -- after npm run import, e.g. npm run import -- article.txt ${flags} …`)),
};
