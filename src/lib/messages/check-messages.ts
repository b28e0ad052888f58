// The checker's catalogue, rule id → entry (Astro's errors-data.ts style), in the order a file is
// checked: inside one file — bytes, frontmatter syntax, Markdown body, import leftovers
// (check/file-rules.ts, body-rules.ts, unplaced-rules.ts, section-label-rules.ts); the frontmatter
// against the schema (schema-rules.ts); the article folders (tree-rules.ts, folder-rules.ts);
// figures across editions (figure-rules.ts, qualifier-rules.ts, conversion-rules.ts); and the reasons
// other messages quote after their colon (photo-rules.ts, folder-rules.ts, calendar.ts).
// `report()` in src/lib/check/problem.ts renders an entry. Wording is pinned by tests/check.
import { message, textsFor } from './editor-message';
import type { Catalogue } from './editor-message';

const FILE_MESSAGES = {
  'file-too-large': message<{ kb: number }>('error',
    ({ kb }) => `文件过大：${kb} KB，上限 200 KB。一个亮点不会这么长，请检查是否误粘贴了图片或整篇文章。`,
    ({ kb }) => `File is too large: ${kb} KB (limit 200 KB). A highlight is never this long; check for a pasted image or a whole article.`),
  'not-utf8': message('error',
    () => '文件不是 UTF-8 编码（出现乱码字符）。请用编辑器以“UTF-8”编码重新保存。',
    () => 'The file is not valid UTF-8 (replacement characters found). Re-save it with the encoding "UTF-8".'),
  bom: message('warning',
    () => '文件开头有 BOM（字节顺序标记）。请在编辑器里另存为“UTF-8（无 BOM）”。',
    () => 'The file starts with a BOM (byte order mark). Save it as "UTF-8" without BOM.'),
  'no-frontmatter': message('error',
    () => '缺少文件头（frontmatter）。文件必须以单独一行的 --- 开始，写完字段后再用一行 --- 结束。',
    () => 'No frontmatter. The file must start with a line "---", then the fields, then another line "---".'),
  'yaml-tab': message('error',
    () => '文件头里有制表符（Tab）。YAML 只允许空格，请把 Tab 换成空格（缩进用两个空格）。',
    () => 'Tab character in the frontmatter. YAML allows only spaces: replace the tab with spaces (indent by two).'),
  'frontmatter-not-fields': message<{ shape: string }>('error',
    ({ shape }) => `文件头不是“字段: 值”的形式（现在是${shape === 'list' ? '列表' : '一段文字'}）。每行写一个字段，例如 number: 1，行首不要加“- ”。`,
    ({ shape }) => `The frontmatter is not "field: value" lines (it is a ${shape}). Write one field per line, e.g. number: 1, without a leading "- ".`),
  'long-closing-line': message('warning',
    () => '文件头的结束行多了短横线（----）。多出的“-”会在正文开头变成一个空白列表项。请改成正好三个短横线 ---。',
    () => 'The closing line of the frontmatter has more than three dashes (----). The extra "-" becomes an empty bullet at the top of the text. Make it exactly three: ---.'),
  'yaml-syntax': message<{ line: number; column: number; zh: string; en: string; detail: string }>('error',
    ({ line, column, zh }) => `文件头 YAML 语法错误（第 ${line} 行第 ${column} 列）：${zh}。`,
    ({ line, column, en, detail }) => `YAML syntax error at line ${line}, column ${column}: ${en} (${detail}).`),
  'impossible-date': message<{ written: string; field: string; zh: string; en: string }>('error',
    ({ written, field, zh }) => `时间“${written}”不存在：${zh}。请改成真实的日期和时间，例如 ${field}: 2024-02-07T09:36:00+08:00。`,
    ({ written, field, en }) => `Timestamp "${written}" does not exist: ${en}. Write a real date and time, e.g. ${field}: 2024-02-07T09:36:00+08:00.`),
  'timestamp-offset': message<{ written: string; field: string; fix: string }>('error',
    ({ written, field, fix }) => `时间“${written}”缺少时区。请写成完整时间加时区，例如 ${field}: ${fix}（否则东八区会变成前一天）。`,
    ({ written, field, fix }) => `Timestamp "${written}" has no time zone offset. Write the full time with offset, e.g. ${field}: ${fix} (otherwise the date shifts by a day).`),
  'empty-body': message('error',
    () => '亮点正文为空。请在第二个 --- 下面写上这一节的正文。',
    () => 'The highlight has no text. Write its paragraphs below the second "---".'),
  'empty-lede': message('warning',
    () => '导语为空。请在第二个 --- 下面写上导语（文章开头的一段）。',
    () => 'The lede is empty. Write the opening paragraph below the second "---".'),
  'script-in-body': message<{ snippet: string }>('warning',
    ({ snippet }) => `正文里有 <script>：${snippet}。网站不执行脚本，它会作为文字显示出来。请删除。`,
    ({ snippet }) => `The text contains <script>: ${snippet}. The site never runs scripts; it will be shown as text. Delete it.`),
  'raw-html': message<{ snippet: string }>('warning',
    ({ snippet }) => `正文里有 HTML 标签：${snippet}。网站不渲染 HTML，它会原样显示为文字。请改用 Markdown（如 **加粗**、[链接](https://…)）或删除。`,
    ({ snippet }) => `The text contains raw HTML: ${snippet}. The site does not render HTML; it will be shown as text. Use Markdown (**bold**, [link](https://…)) or delete it.`),
  'unsafe-link': message<{ url: string; scheme: string }>('error',
    ({ url, scheme }) => `链接地址“${url.slice(0, 60)}”使用了不安全的 ${scheme}: 协议，网站会丢弃它。请改成 https:// 开头的网址，或删除链接。`,
    ({ url, scheme }) => `Link target "${url.slice(0, 60)}" uses the unsafe ${scheme}: scheme and would be dropped. Use an https:// address or remove the link.`),
  'nesting-too-deep': message<{ levels: number }>('warning',
    ({ levels }) => `列表或引用嵌套太深（超过 ${levels} 层），更深的部分不会显示。请减少缩进或“>”的层数。`,
    ({ levels }) => `Lists or quotes are nested too deeply (more than ${levels} levels); the deeper part is not shown. Use fewer levels of indentation or ">".`),
  'remote-image': message<{ url: string }>('warning',
    ({ url }) => `正文里的图片“${url.slice(0, 60)}”来自其他网站。网站的安全策略（CSP）会拦截它，读者看不到。请下载图片，作为照片写进 index.md 的 photos，或删除这张图。`,
    ({ url }) => `The image "${url.slice(0, 60)}" in the text comes from another site. The site's security policy (CSP) blocks it, so readers never see it. Download it and add it as a photo in index.md, or remove it.`),
  'unplaced-text': message<{ count: number; first: string }>('warning',
    ({ count, first }) => `导入时有 ${count} 行文字没有归位（第一行：“${first}”）。请把每一行移到导语、某一节正文、图片说明或署名里（不需要的删掉），然后删除 unplaced 字段。`,
    ({ count, first }) => `${count} line(s) of imported text were not placed (first: "${first}"). Move each into the lede, a section, a caption or a credit (or delete it), then delete the unplaced field.`),
  'section-label': message<{ zh: string; en: string }>('error',
    ({ zh }) => `sectionLabel ${zh}`,
    ({ en }) => `sectionLabel: ${en}`),
};

// — The frontmatter against the schema —
/** What a field holds, with an example line. */
export interface FieldHelp { zh: string; en: string; example: string }

type Named = { field: string; help: FieldHelp | undefined };

const SCHEMA_MESSAGES = {
  'unknown-key': message<{ key: string; guess: string | undefined; known: readonly string[] }>('error',
    ({ key, guess, known }) => (guess ? `未知字段“${key}”。你是不是想写“${guess}”？请改正拼写。` : `未知字段“${key}”。可用字段：${known.join('、')}。请删除或改名。`),
    ({ key, guess, known }) => (guess ? `Unknown field "${key}". Did you mean "${guess}"? Fix the spelling.` : `Unknown field "${key}". Known fields: ${known.join(', ')}. Delete or rename it.`)),
  'missing-field': message<{ name: string; help: FieldHelp | undefined }>('error',
    ({ name, help }) => `缺少必填字段 ${name}${help ? `（${help.zh}）` : ''}。请在文件头加一行${help ? `，例如 ${help.example}` : ` ${name}: …`}。`,
    ({ name, help }) => `Missing required field "${name}"${help ? ` (${help.en})` : ''}. Add a line to the frontmatter${help ? `, e.g. ${help.example}` : ` "${name}: …"`}.`),
  'wrong-type': message<Named & { want: readonly [string, string]; got: readonly [string, string] }>('error',
    ({ field, help, want, got }) => `字段 ${field} 应为${want[0]}，现在是${got[0]}。${help ? `请照这个格式写：${help.example}` : '请改正。'}`,
    ({ field, help, want, got }) => `Field "${field}" must be ${want[1]}, not ${got[1]}.${help ? ` Write it like this: ${help.example}` : ''}`),
  'empty-field': message<Named>('error',
    ({ field, help }) => `字段 ${field} 不能为空。请填写${help ? help.zh : '内容'}，或删除这一行（若非必填）。`,
    ({ field, help }) => `Field "${field}" must not be empty. Fill in ${help ? help.en : 'a value'}, or delete the line if it is optional.`),
  'not-positive': message<{ field: string; value: string }>('error',
    ({ field, value }) => `字段 ${field} 必须是大于 0 的整数（1、2、3……），现在是 ${value}。`,
    ({ field, value }) => `Field "${field}" must be a whole number from 1 up, not ${value}.`),
  'invalid-option': message<{ field: string; value: string; options: readonly string[]; guess: string | undefined }>('error',
    ({ field, value, options, guess }) => `字段 ${field} 的值“${value}”无效，可选：${options.join('、')}。${guess ? `你是不是想写“${guess}”？` : ''}`,
    ({ field, value, options, guess }) => `Field "${field}" cannot be "${value}"; choose one of ${options.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ''}`),
  'image-without-alt': message('error',
    () => '这张照片有图片文件，但没有替代文字。请在 image: 下面加一行 alt:，用一句话描述照片内容（供看不到图片的读者）。',
    () => 'This photo has an image file but no alt text. Add a line "alt:" under "image:" describing what the photo shows (for readers who cannot see it).'),
  schema: message<{ field: string; reason: string }>('error',
    ({ field, reason }) => `字段 ${field} 不符合要求：${reason}。`,
    ({ field, reason }) => `Field "${field}" is not valid: ${reason}.`),
};

// — Article folders and numbering —
const nn = (n: number) => `${String(n).padStart(2, '0')}.md`;

const TREE_MESSAGES = {
  'ignored-file': message('warning',
    () => '这个文件不会被读取：文章放在 <文章>/<语言>/index.md，亮点放在 <文章>/<语言>/01.md、02.md……请移动或改名。',
    () => 'This file is never read: articles live in <article>/<locale>/index.md and highlights in <article>/<locale>/01.md, 02.md… Move or rename it.'),
  'article-folder-name': message<{ article: string; fix: string }>('error',
    ({ article, fix }) => `文章文件夹名“${article}”只能用小写英文字母、数字和连字符（它会成为网址），例如 ${fix}。请改名。`,
    ({ article, fix }) => `Article folder "${article}" may only use lower-case ASCII letters, digits and hyphens (it becomes the URL), e.g. ${fix}. Rename it.`),
  'missing-default-locale': message<{ article: string; defaultLocale: string; source: string }>('warning',
    ({ article, defaultLocale, source }) => `文章没有 ${defaultLocale}/ 文件夹，将以 ${source}/ 为原文发布，只有 ${source} 版。如果 ${source} 是译文，请补上 ${article}/${defaultLocale}/index.md。`,
    ({ article, defaultLocale, source }) => `The article has no ${defaultLocale}/ folder: it is published from ${source}/ as its source, in ${source} only. If ${source} is a translation, add ${article}/${defaultLocale}/index.md.`),
  'empty-article-folder': {
    ...message<{ article: string; defaultLocale: string }>('error',
      ({ article, defaultLocale }) => `文章文件夹里没有任何语言文件夹，网站上不会出现这篇文章。请建立 ${article}/${defaultLocale}/index.md，或删除这个空文件夹。`,
      ({ article, defaultLocale }) => `The article folder holds no locale folder, so the article is missing from the site. Create ${article}/${defaultLocale}/index.md or delete the empty folder.`),
    rule: 'missing-default-locale',
  },
  'unknown-locale': message<{ locale: string; known: readonly string[]; guess: string | undefined }>('error',
    ({ locale, known, guess }) => `未知的语言文件夹“${locale}”。可用：${known.join('、')}。${guess ? `你是不是想写“${guess}”？` : '新增语言请先在 src/site.config.ts 里登记。'}`,
    ({ locale, known, guess }) => `Unknown locale folder "${locale}". Known: ${known.join(', ')}.${guess ? ` Did you mean "${guess}"?` : ' Register a new locale in src/site.config.ts first.'}`),
  'generated-locale': message<{ article: string; locale: string; from: string }>('error',
    ({ article, locale, from }) => `${locale} 版由 ${from} 自动转换生成，不用手写文件。请删除 ${article}/${locale}/ 文件夹，修改 ${from} 的文件即可。`,
    ({ article, locale, from }) => `The ${locale} edition is generated from ${from} automatically; it has no files. Delete ${article}/${locale}/ and edit the ${from} files instead.`),
  'missing-index': message('error',
    () => '缺少 index.md（标题、来源、发布时间和导语）。请从其他语言复制一份 index.md 并修改。',
    () => 'index.md is missing (headline, source, publication time and lede). Copy it from another locale and edit it.'),
  'locale-mismatch': message<{ claimed: string; locale: string }>('error',
    ({ claimed, locale }) => `locale: ${claimed} 与所在文件夹 ${locale}/ 不一致。请改成 locale: ${locale}，或把文件移到 ${claimed}/ 文件夹。`,
    ({ claimed, locale }) => `locale: ${claimed} does not match its folder ${locale}/. Write locale: ${locale}, or move the file to ${claimed}/.`),
  'file-name-mismatch': message<{ name: string; number: number }>('error',
    ({ name, number }) => `文件名 ${name} 与编号 ${number} 不一致。请把文件改名为 ${nn(number)}，或改正 number。`,
    ({ name, number }) => `File name ${name} does not match number ${number}. Rename the file to ${nn(number)} or fix the number.`),
  'duplicate-number': message<{ number: number; first: string }>('error',
    ({ number, first }) => `编号重复：${number} 已用于 ${first}。请把编号改为 1..N 中未用的数字。`,
    ({ number, first }) => `Duplicate number ${number} (also in ${first}). Renumber so the highlights run 1..N.`),
  'missing-number': message<{ number: number; max: number }>('error',
    ({ number, max }) => `缺少亮点 ${number}：编号必须从 1 连续到 ${max}。请补上 ${nn(number)}，或把后面的亮点依次改号。`,
    ({ number, max }) => `Highlight ${number} is missing: numbers must run 1..${max} without gaps. Add ${nn(number)} or renumber the later highlights.`),
  'highlight-only-in-translation': message<{ number: number; locale: string; source: string }>('error',
    ({ number, locale, source }) => `亮点 ${number} 只在 ${locale} 版里有，源语言 ${source} 没有。请先在 ${source}/ 里写 ${nn(number)}，或删除这个文件。`,
    ({ number, locale, source }) => `Highlight ${number} exists only in ${locale}, not in the source language ${source}. Write ${source}/${nn(number)} first, or delete this file.`),
  'translation-missing-highlight': message<{ number: number; locale: string; source: string }>('warning',
    ({ number, locale, source }) => `${locale} 版缺少亮点 ${number}，网页会显示 ${source} 原文并注明“尚未翻译”。请翻译 ${source}/${nn(number)} 并存为 ${locale}/${nn(number)}。`,
    ({ number, locale, source }) => `The ${locale} edition lacks highlight ${number}; the page shows the ${source} text with a "not translated yet" notice. Translate ${source}/${nn(number)} into ${locale}/${nn(number)}.`),
  unreadable: message<{ zh: string; en: string }>('error',
    ({ zh }) => `无法读取：${zh}。`,
    ({ en }) => `Cannot read this: ${en}.`),
  'misnamed-file': message<{ name: string; fixed: string }>('error',
    ({ name, fixed }) => `文件名“${name}”不会被读取：扩展名必须正好是小写的 .md。请改名为 ${fixed}。`,
    ({ name, fixed }) => `The file "${name}" is never read: the extension must be exactly ".md" in lower case. Rename it to ${fixed}.`),
  'import-leftover': message('error',
    () => '这是一次被中断的 npm run import 留下的临时文件夹。请再运行一次同样的导入命令（会自动恢复），或确认文章内容完整后删除它。',
    () => 'This temporary folder was left by an interrupted npm run import. Run the same import again (it recovers), or delete it once the article is complete.'),
  dictionary: message<{ zh: string; en: string }>('error',
    ({ zh }) => `界面词典：${zh}`,
    ({ en }) => `UI dictionary: ${en}`),
  'dictionary-missing': message<{ locale: string; name: string; file: string; builtInDir: string; existing: readonly string[] }>('error',
    ({ locale, name, file, builtInDir, existing }) => `语言 ${locale} 没有界面词典 ${name}。请在 site.json 旁边新建 ${file}（复制 ${builtInDir}/en.json 再翻译），或在 dictionary 里写一个已有的词典（${existing.join('、')}）。`,
    ({ locale, name, file, builtInDir, existing }) => `The locale ${locale} has no UI dictionary "${name}". Create ${file} next to site.json (copy ${builtInDir}/en.json and translate it), or name an existing one in "dictionary" (${existing.join(', ')}).`),
  'no-content-folder': message<{ dir: string }>('error',
    ({ dir }) => `找不到内容文件夹 ${dir}。请检查路径（--content 或环境变量 CONTENT_DIR）。`,
    ({ dir }) => `Content folder ${dir} not found. Check the path (--content or CONTENT_DIR).`),
  'checker-failed': message<{ reason: string }>('error',
    ({ reason }) => `检查这个文件时出错（${reason}）。请检查文件是否完整，并把这条信息告诉开发人员。`,
    ({ reason }) => `Checking this file failed (${reason}). Check that the file is complete and tell the developers.`),
};

// — Figures across editions —
/** Which part of an article a figure is in, in both languages: 亮点 3 / highlight 3, 导语 / lede. */
type Part = readonly [string, string];
/** Where in the file: the text, or the key figures list. */
type Place = 'text' | 'figures';
const LIST: Record<Place, readonly [string, string]> = { text: ['正文', 'text'], figures: ['关键数字（figures）', 'key figures'] };
const QUALIFIED_LIST: Record<Place, readonly [string, string]> = { text: ['正文', 'text'], figures: ['关键数字', 'key figure'] };
const WORDS = { about: ['约', 'about'], nearly: ['近', 'nearly'], 'more-than': ['余', 'more than'] } as const;
type Approximation = keyof typeof WORDS;
/** `against` is `本文` (the file's own text) or the source file, `zh-hans/03.md`. */
const againstZh = (against: string) => (against === '本文' ? '本文' : `原文（${against}）`);
const againstEn = (against: string) => (against === '本文' ? 'the text of this file' : `the source (${against})`);
const fixOf = (place: Place, approximation: Approximation, value: string): readonly [string, string] => (place === 'figures'
  ? [`请加上 qualifier: ${approximation}`, `Add qualifier: ${approximation}`]
  : [`请写作“${WORDS[approximation][1]} ${value}”`, `Write "${WORDS[approximation][1]} ${value}"`]);

const FIGURE_MESSAGES = {
  'figure-missing': message<{ part: Part; source: string; place: Place; text: string; value: string; locale: string }>('warning',
    ({ part, source, place, text, value, locale }) => `${part[0]}：原文（${source}）${LIST[place][0]}里的数字“${text}”（${value}）在 ${locale} 译文中找不到。请核对译文，写作 ${value}。`,
    ({ part, source, place, text, value, locale }) => `${part[1]}: figure "${text}" (${value}) of the source (${source}) ${LIST[place][1]} is missing from the ${locale} translation. Check the translation; write it as ${value}.`),
  'figure-extra': message<{ part: Part; source: string; text: string; locale: string }>('warning',
    ({ part, source, text, locale }) => `${part[0]}：${locale} 译文里的数字“${text}”在原文（${source}）中没有。是否抄错了？`,
    ({ part, source, text, locale }) => `${part[1]}: figure "${text}" of the ${locale} translation is not in the source (${source}). Is it a typo?`),
  'approximation-dropped': {
    ...message<{ part: Part; against: string; place: Place; approximation: Approximation; value: string; text: string }>('warning',
      ({ part, against, place, approximation, value, text }) => `${part[0]}：${againstZh(against)}说的是“${WORDS[approximation][0]}”${value}（${text}），${QUALIFIED_LIST[place][0]}却写成确数。${fixOf(place, approximation, value)[0]}。`,
      ({ part, against, place, approximation, value, text }) => `${part[1]}: ${againstEn(against)} says ${WORDS[approximation][1]} ${value} (${text}), but the ${QUALIFIED_LIST[place][1]} gives it as exact. ${fixOf(place, approximation, value)[1]}.`),
    rule: 'figure-approximation',
  },
  'approximation-added': {
    ...message<{ part: Part; against: string; place: Place; approximation: Approximation; value: string; text: string }>('warning',
      ({ part, against, place, approximation, value, text }) => `${part[0]}：${QUALIFIED_LIST[place][0]}把原文（${against}）的确数 ${value} 写成了“${WORDS[approximation][0]}”（${text}）。请删去约数词，或核对原文。`,
      ({ part, against, place, approximation, value, text }) => `${part[1]}: the ${QUALIFIED_LIST[place][1]} makes the exact ${value} of the source (${against}) approximate (${text}). Remove "${WORDS[approximation][1]}" or check the source.`),
    rule: 'figure-approximation',
  },
  'qualifier-in-value': message<{ value: string }>('error',
    ({ value }) => `关键数字“${value}”把约数词写进了 value。请把“约/余/近/超过/+”去掉，改用 qualifier（about、more-than、nearly、over），页面会按语言显示。`,
    ({ value }) => `Key figure "${value}" has its qualifier inside value. Remove the qualifier word (about, +, 约, 余 …) and set qualifier (about, more-than, nearly, over); each edition renders it its own way.`),
  'conversion-review': message<{ locale: string; from: string; to: string; before: string; after: string }>('warning',
    ({ locale, from, to, before, after }) => `${locale} 繁体转换：“${before}”中的“${from}”转成了“${to}”（“${after}”）。请核对：若正确，把含“${to}”的词加入 src/lib/zh/derived-locale.ts 的 REVIEWED_CONVERSIONS；若错误，在 PHRASE_FIXES 加一条 [简体词, 正确繁体词]。`,
    ({ locale, from, to, before, after }) => `${locale} conversion: “${from}” in “${before}” became “${to}” (“${after}”). Check it: if right, add the word with “${to}” to REVIEWED_CONVERSIONS in src/lib/zh/derived-locale.ts; if wrong, add [Simplified phrase, correct Traditional phrase] to PHRASE_FIXES.`),
  'control-character': message<{ names: string }>('error',
    ({ names }) => `这一行有看不见的控制字符（${names}），通常是从别处粘贴带来的；它会让 RSS 订阅源失效。请删除这一行里的它们（可以重新输入这一行）。`,
    ({ names }) => `This line contains invisible control characters (${names}), usually pasted from elsewhere; they make the RSS feeds invalid. Delete them (retyping the line removes them).`),
  'control-character-escape': {
    ...message<{ path: string; names: string }>('error',
      ({ path, names }) => `字段 ${path} 的值里有控制字符（${names}，来自 \\0、\\x1b 这类转义）。请删除这些转义。`,
      ({ path, names }) => `Field "${path}" contains control characters (${names}, from escapes like \\0 or \\x1b). Delete those escapes.`),
    rule: 'control-character',
  },
  'hash-in-value': message<{ kept: string; value: string }>('warning',
    ({ kept, value }) => `没有引号的值里“ #”后面的内容会被当作注释删掉，只剩“${kept}”。若“#”是文字的一部分，请把整个值用英文双引号括起来，例如 "${value}"。`,
    ({ kept, value }) => `In an unquoted value everything after " #" is dropped as a comment, leaving "${kept}". If the # belongs to the text, put the whole value in double quotes: "${value}".`),
  'curly-quotes-as-yaml-quotes': message<{ plain: string; inner: string }>('warning',
    ({ plain, inner }) => `值两边是中文弯引号（${plain[0]}…${plain.at(-1)}），YAML 不把它们当作引号，会原样显示。若只是想给值加引号，请改用英文直引号："${inner}"；若弯引号是文字的一部分，请写成 "${plain}"。`,
    ({ plain, inner }) => `The value is wrapped in curly quotes (${plain[0]}…${plain.at(-1)}); YAML does not treat them as quotes, so they are shown as text. To quote the value use straight quotes: "${inner}"; if the curly quotes belong to the text, write "${plain}".`),
  'image-remote': message<{ image: string }>('error',
    ({ image }) => `图片“${image}”是网址。请把图片文件下载后放在这个 Markdown 文件旁边，写成 image: ./文件名.jpg。`,
    ({ image }) => `Image "${image}" is a web address. Download the file, put it next to this Markdown file and write image: ./name.jpg.`),
  'image-outside-article': message<{ image: string; article: string; locale: string }>('error',
    ({ image, article, locale }) => `图片“${image}”不在这篇文章的文件夹里。照片必须放在 ${article}/ 之内（通常就在 ${article}/${locale}/ 旁边），写成 image: ./文件名.jpg。`,
    ({ image, article, locale }) => `Image "${image}" is outside this article's folder. Photos must live inside ${article}/ (usually next to the Markdown in ${article}/${locale}/); write image: ./name.jpg.`),
  'image-missing': message<{ image: string; article: string; locale: string }>('error',
    ({ image, article, locale }) => `找不到图片文件“${image}”（相对于本文件所在文件夹）。请把图片放进 ${article}/${locale}/，或改正文件名（注意大小写）。`,
    ({ image, article, locale }) => `Image file "${image}" not found (paths are relative to this file's folder). Put the image in ${article}/${locale}/ or fix the name (case matters).`),
  'image-unusable': message<{ image: string; zh: string; en: string }>('error',
    ({ image, zh }) => `图片“${image}”不能用：${zh}。`,
    ({ image, en }) => `Image "${image}" cannot be used: ${en}.`),
};

// — Reasons quoted by other messages —
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



export const CHECK_MESSAGES = { ...FILE_MESSAGES, ...SCHEMA_MESSAGES, ...TREE_MESSAGES, ...FIGURE_MESSAGES } satisfies Catalogue;
