// The second half of the bad-input catalogue: each case is one editor mistake or hostile input,
// applied to a fresh copy of the valid base tree (base-tree.ts) — so cases that need a symlink,
// a binary photo or a 21 MB file need no committed fixture. Each names the one problem it must
// produce (rule, file, severity, a piece of each message) and the others it may legitimately add.
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { Severity } from '@/lib/check/problem';
import { ARTICLE } from './base-tree';

export interface MutationCase {
  name: string;
  /** Changes the base tree in `dir` (the content folder). */
  mutate: (dir: string) => void | Promise<void>;
  file: string;
  rule: string;
  severity: Severity;
  line?: number;
  zh: string;
  en: string;
  /** Other rules the same mistake legitimately triggers. */
  also?: string[];
}

const ZH = `${ARTICLE}/zh-hans`;
const p = (dir: string, rel: string) => join(dir, rel);
const edit = (rel: string, change: (text: string) => string) => (dir: string) => {
  writeFileSync(p(dir, rel), change(readFileSync(p(dir, rel), 'utf8')));
};
const replace = (rel: string, from: string | RegExp, to: string) => edit(rel, (t) => {
  const next = t.replace(from, to);
  if (next === t) throw new Error(`mutation did not apply: ${String(from)} in ${rel}`);
  return next;
});
const write = (rel: string, content: string | Buffer) => (dir: string) => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(p(dir, rel), content);
};
const both = (...steps: ((dir: string) => void | Promise<void>)[]) => async (dir: string) => {
  for (const step of steps) await step(dir);
};
const photo = (value: string) => replace(`${ZH}/index.md`, 'image: ./photo.png', `image: ${value}`);
const siteJson = (text: string) => write('site.json', text);
const E = 'error' as const;
const W = 'warning' as const;

/** A PNG whose header claims `width`×`height` (CRC fixed), with almost no data behind it. */
function pngClaiming(width: number, height: number, original: Buffer): Buffer {
  const png = Buffer.from(original);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

/** A YAML "billion laughs": nine levels of nine aliases. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) =>
  `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');

export const MUTATIONS: MutationCase[] = [
  // Photos: decoded with sharp, confined to the article folder.
  { name: 'photo-not-an-image', mutate: write(`${ZH}/photo.png`, 'this is a text file, not a picture\n'), file: `${ZH}/index.md`, line: 9, rule: 'image-unusable', severity: E, zh: '它不是图片', en: 'it is not an image' },
  { name: 'photo-svg', mutate: both(write(`${ZH}/evil.svg`, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10" height="10"><script>alert(1)</script></svg>'), photo('./evil.svg')), file: `${ZH}/index.md`, line: 9, rule: 'image-unusable', severity: E, zh: 'SVG 不能用作照片', en: 'SVG cannot be a photo' },
  { name: 'photo-etc-passwd', mutate: photo('/etc/passwd'), file: `${ZH}/index.md`, line: 9, rule: 'image-outside-article', severity: E, zh: '不在这篇文章的文件夹里', en: "outside this article's folder" },
  { name: 'photo-path-traversal', mutate: photo('../../../../../../../../etc/hostname'), file: `${ZH}/index.md`, rule: 'image-outside-article', severity: E, zh: '必须放在 t-a/ 之内', en: 'Photos must live inside t-a/' },
  { name: 'photo-outside-content', mutate: both(write('../outside.png', readFileSync(join(import.meta.dirname, '../../fixtures/bad-input/image-without-alt/report/zh-hans/wutan.png'))), photo('../../../outside.png')), file: `${ZH}/index.md`, rule: 'image-outside-article', severity: E, zh: '不在这篇文章的文件夹里', en: 'is outside' },
  { name: 'photo-symlink-out', mutate: both((dir) => { rmSync(p(dir, `${ZH}/photo.png`)); symlinkSync('/etc/hostname', p(dir, `${ZH}/photo.png`)); }), file: `${ZH}/index.md`, rule: 'image-outside-article', severity: E, zh: '不在这篇文章的文件夹里', en: 'is outside' },
  { name: 'photo-too-many-bytes', mutate: (dir) => { appendFileSync(p(dir, `${ZH}/photo.png`), Buffer.alloc(21 * 1024 * 1024)); }, file: `${ZH}/index.md`, rule: 'image-unusable', severity: E, zh: '上限 20 MB', en: 'limit 20 MB' },
  { name: 'photo-too-many-pixels', mutate: (dir) => { writeFileSync(p(dir, `${ZH}/photo.png`), pngClaiming(9000, 6000, readFileSync(p(dir, `${ZH}/photo.png`)))); }, file: `${ZH}/index.md`, rule: 'image-unusable', severity: E, zh: '9000×6000 像素太大', en: 'limit 40 megapixels' },
  { name: 'photo-truncated', mutate: (dir) => { truncateSync(p(dir, `${ZH}/photo.png`), 200); }, file: `${ZH}/index.md`, rule: 'image-unusable', severity: E, zh: '文件已损坏', en: 'the file is damaged' },
  { name: 'photo-tiff', mutate: async (dir) => { writeFileSync(p(dir, `${ZH}/photo.png`), await sharp(readFileSync(p(dir, `${ZH}/photo.png`))).tiff().toBuffer()); }, file: `${ZH}/index.md`, rule: 'image-unusable', severity: E, zh: '格式 tiff 不能用作照片', en: 'the tiff format cannot be a photo' },
  { name: 'photo-protocol-relative', mutate: photo('//evil.example/x.png'), file: `${ZH}/index.md`, rule: 'image-remote', severity: E, zh: '是网址', en: 'is a web address' },
  { name: 'photo-wrong-case', mutate: photo('./Photo.PNG'), file: `${ZH}/index.md`, rule: 'image-missing', severity: E, zh: '注意大小写', en: 'case matters' },
  { name: 'photo-is-folder', mutate: both(write(`${ZH}/pics/x.txt`, 'x'), photo('./pics')), file: `${ZH}/index.md`, rule: 'image-missing', severity: E, zh: '找不到图片文件', en: 'not found' },

  // Dates: real calendar days and times, real offsets.
  { name: 'date-feb-30', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: 2024-02-30T09:36:00+08:00'), file: `${ZH}/index.md`, line: 5, rule: 'impossible-date', severity: E, zh: '2024 年 2 月只有 29 天', en: 'February 2024 has 29 days' },
  { name: 'date-quoted-impossible-time', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: "2024-02-31T25:61:00+08:00"'), file: `${ZH}/index.md`, line: 5, rule: 'impossible-date', severity: E, zh: '不存在', en: 'does not exist' },
  { name: 'date-month-13', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: 2024-13-45T09:36:00+08:00'), file: `${ZH}/index.md`, rule: 'impossible-date', severity: E, zh: '没有 13 月', en: 'there is no month 13' },
  { name: 'date-year-zero', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: 0000-01-01T00:00:00Z'), file: `${ZH}/index.md`, rule: 'impossible-date', severity: E, zh: '早于 1900', en: 'before 1900' },
  { name: 'date-offset-99', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: "9999-12-31T23:59:59+99:99"'), file: `${ZH}/index.md`, rule: 'impossible-date', severity: E, zh: '时区 +99:99 不存在', en: 'the offset +99:99 does not exist' },
  { name: 'date-modified-impossible', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: 2024-02-07T09:36:00+08:00\nmodified: 2023-02-29T10:00:00+08:00'), file: `${ZH}/index.md`, line: 6, rule: 'impossible-date', severity: E, zh: '2023 年 2 月只有 28 天', en: 'February 2023 has 28 days' },
  { name: 'date-epoch-number', mutate: replace(`${ZH}/index.md`, 'published: 2024-02-07T09:36:00+08:00', 'published: 1707269760000'), file: `${ZH}/index.md`, rule: 'timestamp-offset', severity: E, zh: '缺少时区', en: 'has no time zone offset', also: ['wrong-type'] },

  // Frontmatter that Astro's parser (js-yaml) rejects or reads differently.
  { name: 'yaml-alias-bomb', mutate: replace(`${ZH}/01.md`, 'number: 1\n', `number: 1\n${ALIAS_BOMB}\n`), file: `${ZH}/01.md`, rule: 'yaml-syntax', severity: E, zh: '十亿笑声', en: 'billion laughs' },
  { name: 'yaml-alias-bomb-nested', mutate: replace(`${ZH}/01.md`, '    label: 任务\n', `    label: 任务\n    extra:\n${ALIAS_BOMB.split('\n').map((l) => `      ${l}`).join('\n')}\n`), file: `${ZH}/01.md`, rule: 'yaml-syntax', severity: E, zh: '别名', en: 'aliases' },
  { name: 'yaml-unresolved-alias', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', 'title: *重点'), file: `${ZH}/02.md`, rule: 'yaml-syntax', severity: E, zh: '找不到对应的 &名字', en: 'no &name defines it' },
  { name: 'yaml-js-function-tag', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', "title: !!js/function 'function(){ return 1 }'"), file: `${ZH}/02.md`, line: 3, rule: 'yaml-syntax', severity: E, zh: '!! 标签', en: 'unknown tag' },
  { name: 'yaml-js-regexp-tag', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', 'title: !!js/regexp /x/'), file: `${ZH}/02.md`, rule: 'yaml-syntax', severity: E, zh: '构建用的解析器不接受', en: 'the parser the build uses rejects this' },
  { name: 'yaml-python-tag', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', 'title: !!python/object:os.system [ls]'), file: `${ZH}/02.md`, rule: 'yaml-syntax', severity: E, zh: '构建用的解析器不接受', en: 'unknown tag' },
  { name: 'yaml-binary-tag', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', 'title: !!binary aGVsbG8='), file: `${ZH}/02.md`, rule: 'wrong-type', severity: E, zh: '应为文本', en: 'must be text' },
  { name: 'frontmatter-is-list', mutate: write(`${ZH}/03.md`, '---\n- number: 3\n- title: 第3个亮点\n---\n\n正文。\n'), file: `${ZH}/03.md`, line: 2, rule: 'frontmatter-not-fields', severity: E, zh: '现在是列表', en: 'it is a list' },
  { name: 'frontmatter-is-text', mutate: write(`${ZH}/03.md`, '---\n第3个亮点\n---\n\n正文。\n'), file: `${ZH}/03.md`, rule: 'frontmatter-not-fields', severity: E, zh: '一段文字', en: 'it is a text' },
  { name: 'yaml-directive', mutate: replace(`${ZH}/03.md`, 'number: 3\n', 'number: 3\n...\n%YAML 1.1\n'), file: `${ZH}/03.md`, rule: 'yaml-syntax', severity: E, zh: 'YAML 语法错误（第 5 行', en: 'YAML syntax error at line 5' },
  { name: 'yaml-plus-delimiter', mutate: replace(`${ZH}/03.md`, 'title: 第3个亮点', 'title: "第3个\n+++ 亮点"'), file: `${ZH}/03.md`, rule: 'yaml-syntax', severity: E, zh: 'YAML 语法错误', en: 'YAML syntax error' },
  { name: 'toml-frontmatter', mutate: write(`${ZH}/03.md`, '+++\nnumber = 3\ntitle = "第3个亮点"\n+++\n\n正文。\n'), file: `${ZH}/03.md`, rule: 'no-frontmatter', severity: E, zh: '缺少文件头', en: 'No frontmatter' },
  { name: 'full-width-colon', mutate: replace(`${ZH}/03.md`, 'title: 第3个亮点', 'title：第3个亮点'), file: `${ZH}/03.md`, rule: 'yaml-syntax', severity: E, zh: 'YAML 语法错误', en: 'YAML syntax error' },
  { name: 'yaml-deep-nesting', mutate: replace(`${ZH}/03.md`, 'number: 3\n', `number: 3\ndeep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`), file: `${ZH}/03.md`, rule: 'yaml-syntax', severity: E, zh: 'YAML 语法错误', en: 'YAML syntax error' },
  { name: 'duplicate-nested-key', mutate: replace(`${ZH}/01.md`, '    unit: 条\n', '    unit: 条\n    unit: 个\n'), file: `${ZH}/01.md`, rule: 'yaml-syntax', severity: E, zh: '同一个字段写了两次', en: 'the same key appears twice' },
  { name: 'proto-key', mutate: replace(`${ZH}/01.md`, 'number: 1\n', 'number: 1\n__proto__: {polluted: yes}\n'), file: `${ZH}/01.md`, rule: 'unknown-key', severity: E, zh: '未知字段“__proto__”', en: 'Unknown field "__proto__"' },

  // Characters that break feeds or silently change the text.
  { name: 'vertical-tab-in-title', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', 'title: 第2个\u000b亮点'), file: `${ZH}/02.md`, line: 3, rule: 'control-character', severity: E, zh: 'U+000B', en: 'invisible control characters (U+000B)', also: ['yaml-syntax'] },
  { name: 'form-feed-in-body', mutate: replace(`${ZH}/02.md`, '第二段文字。', '第二段\u000c文字。'), file: `${ZH}/02.md`, line: 12, rule: 'control-character', severity: E, zh: 'RSS 订阅源失效', en: 'make the RSS feeds invalid' },
  { name: 'escape-in-body', mutate: replace(`${ZH}/02.md`, '第二段文字。', '第二段\u001b文字。'), file: `${ZH}/02.md`, rule: 'control-character', severity: E, zh: 'U+001B', en: 'U+001B' },
  { name: 'nul-escape-in-title', mutate: replace(`${ZH}/02.md`, 'title: 第2个亮点', 'title: "第2个\\0亮点"'), file: `${ZH}/02.md`, line: 3, rule: 'control-character', severity: E, zh: '来自 \\0、\\x1b 这类转义', en: 'from escapes like' },
  { name: 'esc-escape-in-headline', mutate: replace(`${ZH}/index.md`, 'headline: 测试文章', 'headline: "测试\\x1b文章"'), file: `${ZH}/index.md`, line: 3, rule: 'control-character', severity: E, zh: 'U+001B', en: 'U+001B' },
  { name: 'hash-in-unquoted-title', mutate: replace(`${ZH}/03.md`, 'title: 第3个亮点', 'title: 第3个亮点 #重点 推进'), file: `${ZH}/03.md`, line: 3, rule: 'hash-in-value', severity: W, zh: '只剩“第3个亮点”', en: 'leaving "第3个亮点"' },
  { name: 'curly-quotes-as-yaml-quotes', mutate: replace(`${ZH}/03.md`, 'title: 第3个亮点', 'title: ”第3个亮点”'), file: `${ZH}/03.md`, line: 3, rule: 'curly-quotes-as-yaml-quotes', severity: W, zh: '中文弯引号', en: 'curly quotes' },
  { name: 'curly-quotes-around-figure', mutate: replace(`${ZH}/03.md`, 'value: "30"', 'value: “30”'), file: `${ZH}/03.md`, line: 5, rule: 'curly-quotes-as-yaml-quotes', severity: W, zh: '请改用英文直引号："30"', en: 'use straight quotes: "30"' },
  { name: 'curly-quotes-number', mutate: replace(`${ZH}/03.md`, 'number: 3', 'number: “3”'), file: `${ZH}/03.md`, line: 2, rule: 'wrong-type', severity: E, zh: '应为数字，现在是文本““3””', en: 'must be a number', also: ['curly-quotes-as-yaml-quotes'] },
  { name: 'closing-line-four-dashes', mutate: replace(`${ZH}/03.md`, '---\n\n制定', '----\n\n制定'), file: `${ZH}/03.md`, line: 8, rule: 'long-closing-line', severity: W, zh: '空白列表项', en: 'empty bullet' },
  { name: 'remote-image-in-body', mutate: replace(`${ZH}/03.md`, '第二段文字。', '第二段文字。![图](https://a.example/i.png)'), file: `${ZH}/03.md`, line: 12, rule: 'remote-image', severity: W, zh: '来自其他网站', en: 'comes from another site' },
  { name: 'protocol-relative-image-in-body', mutate: replace(`${ZH}/03.md`, '第二段文字。', '![图](//a.example/i.png)'), file: `${ZH}/03.md`, rule: 'remote-image', severity: W, zh: '安全策略（CSP）会拦截它', en: 'CSP' },
  { name: 'list-nested-too-deep', mutate: replace(`${ZH}/03.md`, '第二段文字。', Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')), file: `${ZH}/03.md`, rule: 'nesting-too-deep', severity: W, zh: '嵌套太深', en: 'nested too deeply' },
  { name: 'quote-nested-too-deep', mutate: replace(`${ZH}/03.md`, '第二段文字。', `${'>'.repeat(120)} 引文`), file: `${ZH}/03.md`, rule: 'nesting-too-deep', severity: W, zh: '“>”的层数', en: 'levels of indentation or ">"' },

  // Files and folders the loader would skip or cannot read.
  { name: 'uppercase-extension', mutate: (dir) => renameSync(p(dir, `${ZH}/03.md`), p(dir, `${ZH}/03.MD`)), file: `${ZH}/03.MD`, rule: 'misnamed-file', severity: E, zh: '请改名为 03.md', en: 'Rename it to 03.md', also: ['highlight-only-in-translation'] },
  { name: 'double-extension', mutate: (dir) => renameSync(p(dir, `${ZH}/03.md`), p(dir, `${ZH}/03.md.txt`)), file: `${ZH}/03.md.txt`, rule: 'misnamed-file', severity: E, zh: '请改名为 03.md', en: 'exactly ".md" in lower case', also: ['highlight-only-in-translation'] },
  { name: 'markdown-extension', mutate: (dir) => renameSync(p(dir, `${ZH}/03.md`), p(dir, `${ZH}/03.markdown`)), file: `${ZH}/03.markdown`, rule: 'misnamed-file', severity: E, zh: '请改名为 03.md', en: 'Rename it to 03.md', also: ['highlight-only-in-translation'] },
  { name: 'capitalised-index', mutate: (dir) => renameSync(p(dir, `${ZH}/index.md`), p(dir, `${ZH}/Index.md`)), file: `${ZH}/Index.md`, rule: 'misnamed-file', severity: E, zh: '请改名为 index.md', en: 'Rename it to index.md', also: ['missing-index'] },
  { name: 'symlink-loop-file', mutate: (dir) => symlinkSync('04.md', p(dir, `${ZH}/04.md`)), file: `${ZH}/04.md`, rule: 'unreadable', severity: E, zh: '符号链接循环', en: 'points to itself' },
  { name: 'symlink-loop-folder', mutate: (dir) => symlinkSync('loop', p(dir, 'loop')), file: 'loop', rule: 'unreadable', severity: E, zh: '指向自己', en: 'symbolic link' },
  { name: 'dangling-symlink', mutate: (dir) => symlinkSync('/no/such/file.md', p(dir, `${ZH}/04.md`)), file: `${ZH}/04.md`, rule: 'unreadable', severity: E, zh: '不存在', en: 'does not exist' },
  { name: 'import-leftover-old', mutate: (dir) => { mkdirSync(p(dir, `${ARTICLE}/.import-zh-hans-Xy12ab.old`)); }, file: `${ARTICLE}/.import-zh-hans-Xy12ab.old/`, rule: 'import-leftover', severity: E, zh: '被中断的 npm run import', en: 'interrupted npm run import' },
  { name: 'import-leftover-new-article', mutate: (dir) => { mkdirSync(p(dir, '.import-jj-Ab12cd/zh-hans'), { recursive: true }); }, file: '.import-jj-Ab12cd/', rule: 'import-leftover', severity: E, zh: '会自动恢复', en: 'it recovers' },
  { name: 'article-without-locales', mutate: (dir) => { mkdirSync(p(dir, 'empty-article')); }, file: 'empty-article/', rule: 'missing-default-locale', severity: E, zh: '没有任何语言文件夹', en: 'holds no locale folder' },
  { name: 'source-locale-vanished', mutate: (dir) => { renameSync(p(dir, ZH), p(dir, `${ARTICLE}/.import-zh-hans-Q1w2e3.old`)); }, file: `${ARTICLE}/`, rule: 'missing-default-locale', severity: W, zh: '文章没有 zh-hans/ 文件夹', en: 'has no zh-hans/ folder', also: ['import-leftover'] },
  { name: 'uppercase-article-folder', mutate: (dir) => renameSync(p(dir, ARTICLE), p(dir, 'T-A')), file: 'T-A/', rule: 'article-folder-name', severity: E, zh: '只能用小写英文字母', en: 'lower-case ASCII letters', also: [] },
  { name: 'locale-folder-en-us', mutate: (dir) => renameSync(p(dir, `${ARTICLE}/en`), p(dir, `${ARTICLE}/en-us`)), file: `${ARTICLE}/en-us/`, rule: 'unknown-locale', severity: E, zh: '未知的语言文件夹“en-us”', en: 'Unknown locale folder "en-us"' },
  { name: 'locale-upper-case', mutate: replace(`${ZH}/index.md`, 'locale: zh-hans', 'locale: ZH-HANS'), file: `${ZH}/index.md`, line: 2, rule: 'locale-mismatch', severity: E, zh: '请改成 locale: zh-hans', en: 'Write locale: zh-hans' },

  // Schema values the review tried.
  { name: 'number-fraction', mutate: replace(`${ZH}/03.md`, 'number: 3', 'number: 2.5'), file: `${ZH}/03.md`, line: 2, rule: 'wrong-type', severity: E, zh: '应为整数', en: 'must be a whole number' },
  { name: 'title-is-list', mutate: replace(`${ZH}/03.md`, 'title: 第3个亮点', 'title: [a, b]'), file: `${ZH}/03.md`, line: 3, rule: 'wrong-type', severity: E, zh: '应为文本，现在是列表', en: 'must be text, not a list' },
  { name: 'figure-value-empty', mutate: replace(`${ZH}/03.md`, 'value: "30"', 'value: ""'), file: `${ZH}/03.md`, line: 5, rule: 'empty-field', severity: E, zh: '字段 figures.0.value 不能为空', en: 'must not be empty' },
  { name: 'photo-without-caption', mutate: replace(`${ZH}/index.md`, '  - caption: 吴滩镇郎家村\n    credit', '  - credit'), file: `${ZH}/index.md`, rule: 'missing-field', severity: E, zh: '缺少必填字段 caption', en: 'Missing required field "caption"' },

  // site.json, validated with its zod schema, also for `--content DIR`.
  { name: 'site-json-trailing-comma', mutate: siteJson('{ "rootArticle": "t-a", }\n'), file: 'site.json', rule: 'site-settings', severity: E, zh: '不是有效的 JSON', en: 'Not valid JSON' },
  { name: 'site-json-locale-path', mutate: siteJson(JSON.stringify({ extraLocales: [{ code: '../../../..work/escaped', lang: 'zh-Hant-HK', ogLocale: 'zh_HK', source: { kind: 'opencc', from: 'zh-hans', convert: { from: 'cn', to: 'hk' } } }] })), file: 'site.json', rule: 'site-settings', severity: E, zh: '字段 extraLocales.0.code 不符合要求', en: 'Field "extraLocales.0.code" is not valid' },
  { name: 'site-json-script-in-lang', mutate: siteJson(JSON.stringify({ extraLocales: [{ code: 'zh-hk', lang: '"><script>alert(1)</script>', ogLocale: 'zh_HK', source: { kind: 'files' } }] })), file: 'site.json', rule: 'site-settings', severity: E, zh: 'extraLocales.0.lang', en: 'a BCP 47 tag' },
  { name: 'site-json-unknown-key', mutate: siteJson('{ "rootArticel": "t-a" }'), file: 'site.json', rule: 'site-settings', severity: E, zh: '可用字段：rootArticle', en: 'Known fields: rootArticle' },
  { name: 'site-json-built-in-code', mutate: siteJson(JSON.stringify({ extraLocales: [{ code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } }] })), file: 'site.json', rule: 'site-settings', severity: E, zh: '语言代码 en 已经内置', en: 'The locale code en is built in' },
  { name: 'site-json-root-article-case', mutate: siteJson('{ "rootArticle": "T-A" }'), file: 'site.json', rule: 'site-settings', severity: E, zh: 'rootArticle', en: 'an article folder name' },
  { name: 'site-json-not-object', mutate: siteJson('["t-a"]'), file: 'site.json', rule: 'site-settings', severity: E, zh: '不符合要求', en: 'is not valid' },
];
