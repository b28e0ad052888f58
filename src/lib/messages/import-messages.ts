// The importer's catalogue, keyed by the stable codes tests and scripts match on: what
// `npm run import` worked around (the article is written; the editor should look at the line:
// metadata, sections, images), then why it refuses an input, each what is wrong then how to fix it.
import { message } from './editor-message';

type At = { line: number };
type Titled = At & { title: string };
type Quoted = At & { text: string };

const IMPORT_WARNING_MESSAGES = {
  'bad-date-option': message<{ value: string }>('warning',
    ({ value }) => `--date “${value}”读不出日期，没有使用。请写成 --date "2024-02-07 09:36"。`,
    ({ value }) => `--date "${value}" is not a readable date and was not used. Write it as --date "2024-02-07 09:36".`),
  'no-headline': message('warning',
    () => '没有找到标题。index.md 里没写 headline，请补上，或用 --headline "标题" 重新导入。',
    () => 'No headline found. index.md has no headline: add it, or import again with --headline "…".'),
  'date-without-time': message<At & { raw: string; day: string }>('warning',
    ({ line, raw, day }) => `第 ${line} 行的日期“${raw}”没有时间。index.md 里没写 published，请补上时间，例如 published: ${day}T09:00:00+08:00，或用 --date "${day} 09:00" 重新导入。`,
    ({ line, raw, day }) => `The date "${raw}" on line ${line} has no time. index.md has no published: add the time, e.g. published: ${day}T09:00:00+08:00, or import again with --date "${day} 09:00".`),
  'date-without-zone': message<At & { raw: string; day: string }>('warning',
    ({ line, raw, day }) => `第 ${line} 行的时间“${raw}”没有写时区。index.md 里没写 published，请补上带时区的时间，例如 published: ${day}T10:00:00+00:00。`,
    ({ line, raw, day }) => `The time "${raw}" on line ${line} states no time zone. index.md has no published: write it with its offset, e.g. published: ${day}T10:00:00+00:00.`),
  'bad-date': message<{ text: string }>('warning',
    ({ text }) => `日期“${text}”不存在（月份、日期或时间超出范围）。index.md 里没写 published，请补上，或用 --date "2024-02-07 09:36" 重新导入。`,
    ({ text }) => `The date "${text}" does not exist. index.md has no published: add it, or import again with --date "2024-02-07 09:36".`),
  'no-date': message('warning',
    () => '没有找到发布日期。index.md 里没写 published，请补上，或用 --date "2024-02-07 09:36" 重新导入。',
    () => 'No publication date found. index.md has no published: add it, or import again with --date "2024-02-07 09:36".'),
  'no-source': message('warning',
    () => '没有找到来源。index.md 里没写 source，请补上，或用 --source "某某日报" 重新导入。',
    () => 'No source found. index.md has no source: add it, or import again with --source "…".'),
  'source-guessed': message<{ value: string }>('warning',
    ({ value }) => `来源“${value}”是从没有“来源：”标签的一行里读出的，请确认。`,
    ({ value }) => `The source "${value}" was read from a line without a "来源：" label. Check it.`),
  unplaced: message<{ first: number; last: number; count: number; text: string }>('warning',
    ({ first, last, count, text }) => `${count === 1 ? `第 ${first} 行` : `第 ${first}–${last} 行`}“${text}”${count > 1 ? `等 ${count} 行` : ''}放不进导语、正文、图片说明或署名，已记在 index.md 的 unplaced 里。请移到合适的位置，或删除。`,
    ({ first, last, count, text }) => (count === 1
      ? `Line ${first} ("${text}") fits no lede, section, caption or credit; it is kept under unplaced: in index.md. Move it where it belongs, or delete it.`
      : `Lines ${first}–${last} ("${text}" and ${count - 1} more) fit no lede, section, caption or credit; they are kept under unplaced: in index.md. Move them where they belong, or delete them.`)),
  renumbered: message<{ count: number; printed: string }>('warning',
    ({ count, printed }) => `各节按阅读顺序编为 1–${count}，原文的编号是 ${printed}；页面上的编号会与原文不同。请确认。`,
    ({ count, printed }) => `The sections are numbered 1–${count} in reading order; the source prints ${printed}, so the page's numbers differ from the source. Check it.`),
  'unnumbered-sections': message<{ lines: readonly number[] }>('warning',
    ({ lines }) => `文中没有编号的小标题；第 ${lines.join('、')} 行是单独成行的短句，已作为各节标题。请检查。`,
    ({ lines }) => `No numbered headings; the short lines ${lines.join(', ')} stand alone above paragraphs and were taken as section titles. Check them.`),
  'unnumbered-lead-words': {
    ...message<{ lines: readonly number[]; lead: string }>('warning',
      ({ lines, lead }) => `文中没有编号的小标题；第 ${lines.join('、')} 行以“${lead}”开头，已作为各节的开头，标题取到第一个句号。请检查。`,
      ({ lines, lead }) => `No numbered headings; lines ${lines.join(', ')} start with "${lead}" and were taken as the sections, each titled up to its first full stop. Check them.`),
    rule: 'unnumbered-sections',
  },
  'numbering-restarts': message<Quoted>('warning',
    ({ line, text }) => `第 ${line} 行“${text}”是一组小标题的总标题，编号从 1 重新开始；它记在 index.md 的 unplaced 里，页面上不显示。`,
    ({ line, text }) => `Line ${line} ("${text}") heads a group whose numbering restarts at 1; it is kept under unplaced: in index.md and not shown on the page.`),
  'title-from-text': message<Titled>('warning',
    ({ line, title }) => `第 ${line} 行的编号后面没有标题，已用下一行的第一句“${title}”作标题（正文保留整段）。请检查。`,
    ({ line, title }) => `The marker on line ${line} has no title; the first sentence of the next line ("${title}") became the title, and the paragraph stays in the text. Check it.`),
  'long-title': message<At & { length: number }>('warning',
    ({ line, length }) => `第 ${line} 行的小标题是一整句（${length} 字）。如果它其实是正文，请在前面写一个短标题。`,
    ({ line, length }) => `The heading on line ${line} is a whole sentence (${length} characters). If it is really text, write a short title before it.`),
  'title-cut': {
    ...message<Titled>('warning',
      ({ line, title }) => `第 ${line} 行的小标题太长，已截短为“${title}”，整句保留在正文里。请写一个短标题。`,
      ({ line, title }) => `The heading on line ${line} is too long; it was shortened to "${title}" and the whole sentence stays in the text. Write a short title.`),
    rule: 'long-title',
  },
  'title-from-clause': message<Titled>('warning',
    ({ line, title }) => `第 ${line} 行的编号后面是一个长句，已用它的第一个分句“${title}”作标题。请检查。`,
    ({ line, title }) => `The marker on line ${line} opens a long sentence; its first clause ("${title}") became the title. Check it.`),
  'empty-section': message<Titled>('warning',
    ({ line, title }) => `第 ${line} 行的一节“${title}”下面没有正文，已把标题用作正文。请补上正文或删除这一节。`,
    ({ line, title }) => `The section on line ${line} ("${title}") has no text; its title was used as the text. Add its paragraphs or remove the section.`),
  'unmarked-first': message<At>('warning',
    ({ line }) => `编号从 2 开始（第 ${line} 行）：第一点没有编号，留在了导语里。如果它是一节，请在它前面加上编号。`,
    ({ line }) => `Numbering starts at 2 (line ${line}): the first point has no marker and stays in the lede. If it is a section, give it a marker.`),
  'decimal-marker': message<Quoted & { number: number }>('warning',
    ({ line, text, number }) => `第 ${line} 行的“${text}”按小标题 ${number} 读取（后面紧跟数字）。请确认这里是新的一节。`,
    ({ line, text, number }) => `"${text}" on line ${line} was read as heading ${number} although a digit follows it. Check that a new section starts here.`),
  'duplicate-number': message<{ number: number; previous: number }>('warning',
    ({ number, previous }) => `小标题编号 ${number} 重复：第 ${previous} 行已经用过。请改正编号。`,
    ({ number, previous }) => `Heading number ${number} is used twice: line ${previous} already has it. Fix the numbering.`),
  'skipped-number': message<{ number: number; from: number; to: number; lookalike: { line: number; text: string } | undefined }>('warning',
    ({ number, from, to, lookalike }) => `缺少第 ${number} 节（第 ${from} 行和第 ${to} 行之间）。${lookalike ? `第 ${lookalike.line} 行的“${lookalike.text}”可能是这一节，但写法不同，它被并入了上一节。` : '这一节可能被并入了上一节。'}请补上编号或调整编号。`,
    ({ number, from, to, lookalike }) => `Section ${number} is missing between lines ${from} and ${to}. ${lookalike ? `"${lookalike.text}" on line ${lookalike.line} may be it, written differently; it was merged into the previous section.` : 'It may have been merged into the previous section.'} Add its marker or renumber.`),
  'countdown-end': message<At & { number: number }>('warning',
    ({ line, number }) => `倒数编号没有数到 1（最后是 ${number}，第 ${line} 行）。请检查文章是否完整。`,
    ({ line, number }) => `The countdown stops at ${number} (line ${line}), not 1. Check that the article is complete.`),
  'not-in-sequence': message<Quoted>('warning',
    ({ line, text }) => `第 ${line} 行的“${text}”像小标题，但编号不在顺序里，留在了正文中。如果它是一节，请改正编号。`,
    ({ line, text }) => `"${text}" on line ${line} looks like a heading but its number does not fit the sequence; it stays in the text. If it is a section, fix its number.`),
  'image-not-imported': message<{ src: string; missing: string }>('warning',
    ({ src, missing }) => `图片 ${src} 没有导入：${missing}`,
    ({ src, missing }) => `Image ${src} was not imported: ${missing}`),
  'image-needs-credit': message<{ name: string; missing: readonly string[] }>('warning',
    ({ name, missing }) => `图片 ${name} 没有带署名的图片说明：已写入 index.md 的 photos，请补上 ${missing.join('、')}（npm run check 会指出位置）。`,
    ({ name, missing }) => `Image ${name} has no caption with a credit: it is in the photos of index.md; add its ${missing.join(' and ')} (npm run check points at the line).`),
};

// — Refusals —
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
