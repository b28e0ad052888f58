// Every entry of every message catalogue renders in both languages from sample parameters: no
// `undefined`, no `[object Object]`, no unfilled `${`, Chinese text in zh, a fix in each. The
// samples are typed by the catalogue, so a new entry without a sample does not compile.
import { describe, expect, it } from 'vitest';
import type { Catalogue, ParamsOf } from '@/lib/messages/editor-message';
import { reporterFor } from '@/lib/messages/editor-message';
import { CHECK_MESSAGES } from '@/lib/messages/check-messages';
import { CONFIG_MESSAGES, configError } from '@/lib/messages/config-messages';
import { IMPORT_MESSAGES } from '@/lib/messages/import-messages';
import { DICTIONARY_MESSAGES } from '@/lib/messages/config-messages';
import { RUN_MESSAGES } from '@/lib/messages/config-messages';
import { REASON_MESSAGES } from '@/lib/messages/check-messages';
import { EditorError, sortMessages, type EditorMessage } from '@/lib/messages/editor-message';
import { formatMarked, formatMessage } from '@/lib/messages/format-message';

type Samples<C extends Catalogue> = { [K in keyof C]: ParamsOf<C, K> };

const help = { zh: '亮点编号', en: 'the highlight number', example: 'number: 1' };
const part = ['亮点 3', 'highlight 3'] as const;
const figure = { part, source: 'zh-hans/03.md', text: '7万余', locale: 'en' };
const approximation = { part, against: 'zh-hans/03.md', place: 'text', approximation: 'about', value: '70,000', text: '约7万' } as const;

const CHECK: Samples<typeof CHECK_MESSAGES> = {
  'file-too-large': { kb: 512 }, 'not-utf8': {}, bom: {}, 'no-frontmatter': {}, 'yaml-tab': {}, 'frontmatter-not-fields': { shape: 'list' },
  'long-closing-line': {}, 'yaml-syntax': { line: 3, column: 5, zh: '缺少冒号', en: 'a colon is missing', detail: 'Implicit map keys need to be followed by map values' },
  'impossible-date': { written: '2024-02-30T09:00:00+08:00', field: 'published', zh: '2 月没有 30 日', en: 'February has no 30th' },
  'timestamp-offset': { written: '2024-02-07', field: 'published', fix: '2024-02-07T09:36:00+08:00' },
  'empty-body': {}, 'empty-lede': {}, 'script-in-body': { snippet: '<script>alert(1)</script>' }, 'raw-html': { snippet: '<b>加粗</b>' },
  'unsafe-link': { url: 'javascript:alert(1)', scheme: 'javascript' }, 'nesting-too-deep': { levels: 49 }, 'remote-image': { url: 'https://example.com/a.jpg' },
  'unplaced-text': { count: 2, first: '点击上方蓝字关注' }, 'section-label': { zh: '必须有一个编号占位符', en: 'needs one numeral placeholder' },
  'unknown-key': { key: 'titel', guess: 'title', known: ['number', 'title'] },
  'missing-field': { name: 'number', help }, 'wrong-type': { field: 'number', help, want: ['整数', 'a whole number'], got: ['文本“一”', 'the text "一"'] },
  'empty-field': { field: 'title', help: undefined }, 'not-positive': { field: 'number', value: '0' },
  'invalid-option': { field: 'kind', value: 'edtior', options: ['editor', 'author'], guess: 'editor' }, 'image-without-alt': {},
  schema: { field: 'photos.0', reason: 'Invalid input' },
  'ignored-file': {}, 'article-folder-name': { article: 'Jiangjin 2024', fix: 'jiangjin-2024' },
  'missing-default-locale': { article: 'report', defaultLocale: 'zh-hans', source: 'en' }, 'empty-article-folder': { article: 'report', defaultLocale: 'zh-hans' },
  'unknown-locale': { locale: 'zh-cn', known: ['zh-hans', 'en'], guess: 'zh-hans' }, 'generated-locale': { article: 'report', locale: 'zh-hant', from: 'zh-hans' },
  'missing-index': {}, 'locale-mismatch': { claimed: 'en', locale: 'zh-hans' }, 'file-name-mismatch': { name: '3.md', number: 3 },
  'duplicate-number': { number: 2, first: '01.md' }, 'missing-number': { number: 2, max: 3 },
  'highlight-only-in-translation': { number: 4, locale: 'en', source: 'zh-hans' }, 'translation-missing-highlight': { number: 4, locale: 'en', source: 'zh-hans' },
  unreadable: { zh: '没有读取权限', en: 'it may not be read (permission denied)' }, 'misnamed-file': { name: '01.MD', fixed: '01.md' }, 'import-leftover': {},
  dictionary: { zh: '缺少键 "x"。请从 en.json 抄下这一项。', en: 'Key "x" is missing. Copy it from en.json.' },
  'dictionary-missing': { locale: 'fr', name: 'fr', file: 'dictionary.fr.json', builtInDir: 'src/i18n/dictionaries', existing: ['en', 'zh-hans'] },
  'no-content-folder': { dir: 'no/such/folder' }, 'checker-failed': { reason: 'boom' },
  'figure-missing': { ...figure, place: 'figures', value: '70,000' }, 'figure-extra': figure,
  'approximation-dropped': approximation, 'approximation-added': { ...approximation, place: 'text' },
  'qualifier-in-value': { value: '约4.3' }, 'conversion-review': { locale: 'zh-hant', from: '表', to: '錶', before: '对表', after: '對錶' },
  'control-character': { names: 'U+001B' }, 'control-character-escape': { path: 'title', names: 'U+0000' },
  'hash-in-value': { kept: '第', value: '第 #1 名' }, 'curly-quotes-as-yaml-quotes': { plain: '“关键少数”', inner: '关键少数' },
  'image-remote': { image: 'https://example.com/a.jpg' }, 'image-outside-article': { image: '../../x.jpg', article: 'report', locale: 'zh-hans' },
  'image-missing': { image: './a.jpg', article: 'report', locale: 'zh-hans' }, 'image-unusable': { image: './a.jpg', zh: '不是图片', en: 'it is not an image' },
};

const IMPORT: Samples<typeof IMPORT_MESSAGES> = {
  binary: {}, undecodable: {}, 'empty-file': {}, 'no-heading': { considered: [{ zh: '第 3 行“一、”（同类编号只有这一个）', en: 'line 3 "一、" (only marker of its style)' }] },
  'bad-id': { id: 'Bad Id' }, 'id-exists': { id: 'report', dir: 'content/report', locale: 'zh-hans' },
  'unsupported-format': { zh: { what: '不能导入 PDF 文件。', fix: '请另存为 .docx。' }, en: { what: 'Cannot import a PDF file.', fix: 'Save it as .docx.' } },
  'unreadable-docx': { reason: 'end of central directory record signature not found' }, unreadable: { code: 'ENOENT', reason: 'no such file' }, 'npm-flags': { flags: '--id' },
  'bad-date-option': { value: 'tomorrow' }, 'no-headline': {}, 'date-without-time': { line: 2, raw: '2024年2月7日', day: '2024-02-07' },
  'date-without-zone': { line: 2, raw: '2024-02-07 10:00', day: '2024-02-07' }, 'bad-date': { text: '2024-02-30 09:36' }, 'no-date': {}, 'no-source': {},
  'source-guessed': { value: '江津融媒体中心' }, unplaced: { first: 1, last: 3, count: 3, text: '点击上方蓝字关注' }, renumbered: { count: 3, printed: '1, 3, 4' },
  'unnumbered-sections': { lines: [4, 8] }, 'unnumbered-lead-words': { lines: [4, 8], lead: '一是' }, 'numbering-restarts': { line: 5, text: '重点工作' },
  'title-from-text': { line: 5, title: '上下联动' }, 'long-title': { line: 5, length: 48 }, 'title-cut': { line: 5, title: '上下联动' },
  'title-from-clause': { line: 5, title: '上下联动' }, 'empty-section': { line: 11, title: '上下联动' }, 'unmarked-first': { line: 7 },
  'decimal-marker': { line: 6, text: '1.', number: 1 }, 'duplicate-number': { number: 2, previous: 11 },
  'skipped-number': { number: 2, from: 7, to: 11, lookalike: { line: 9, text: '二.' } }, 'countdown-end': { line: 20, number: 2 },
  'not-in-sequence': { line: 9, text: '五、' }, 'image-not-imported': { src: 'a.png', missing: 'the file is not beside the page' },
  'image-needs-credit': { name: 'photo-01.jpg', missing: ['credit', 'alt'] },
};

const CONFIG: Samples<typeof CONFIG_MESSAGES> = {
  'site-json-syntax': { reason: 'Unexpected token }' }, 'site-json-field': { field: 'extraLocales.0.code', reason: 'Invalid string' },
  'site-json-built-in-locale': { code: 'en' }, 'dictionary-unusable': { name: 'fr', locale: 'fr' },
  'root-article-missing': { configured: 'nope', contentDir: 'content', articles: ['a', 'b'] }, 'no-default-locale-article': { defaultLocale: 'zh-hans', contentDir: 'content' },
  'section-label-invalid': { zh: '必须有一个编号占位符', en: 'needs one numeral placeholder' },
};

const DICTIONARY: Samples<typeof DICTIONARY_MESSAGES> = {
  'unknown-key': { key: 'indexHeadng', guess: 'indexHeading' }, 'missing-key': { key: 'sourceLabel' }, 'bad-date-locale': { reason: 'Incorrect locale information provided' },
  'not-an-object': {}, 'bad-value': { field: 'dateFormat.month', reason: 'Invalid option' },
};

const RUN: Samples<typeof RUN_MESSAGES> = {
  'check-failed': { dir: 'content', reason: 'EACCES' }, 'check-usage': { reason: "Unknown option '--colour'" },
  'build-stopped': { errors: 7 }, 'dev-content-errors': { errors: 7 },
  'build-recovered': { line: 'dist.previous → dist' }, 'build-failed': { target: 'dist' },
  'swap-failed': { target: 'dist', reason: 'ENOSPC' }, 'highlight-untranslated': { number: 2, locale: 'en' },
};

const REASON: Samples<typeof REASON_MESSAGES> = {
  'image-too-large': { mb: '24.5' }, 'image-not-decodable': {}, 'image-svg': {}, 'image-format': { format: 'gif' }, 'image-too-many-pixels': { width: 9000, height: 6000 },
  'image-truncated': {}, 'symlink-loop': {}, 'permission-denied': {}, 'not-permitted': {}, 'broken-link': {}, 'folder-for-file': {}, 'parser-failed': {}, 'read-failed': { code: 'EIO' },
  'year-too-early': { year: 1800, min: 1900 }, 'no-such-month': { month: 13 }, 'days-in-month': { year: 2024, month: 2, monthName: 'February', days: 29 },
  'no-such-time': { numbers: '25:61:0', written: '25:61' }, 'no-such-offset': { offset: '+15:00' },
};

/** Renders every entry of `catalogue` with its sample. */
function rendered<C extends Catalogue>(catalogue: C, samples: Samples<C>): [key: string, message: EditorMessage, rule: string][] {
  const report = reporterFor(catalogue) as (rule: string, where: { file: string }, params: unknown) => EditorMessage;
  return Object.keys(catalogue).map((key) => [key, report(key, { file: 'report/zh-hans/03.md' }, samples[key as keyof C]), catalogue[key]!.rule ?? key]);
}

describe.each([
  ['checker', rendered(CHECK_MESSAGES, CHECK)],
  ['importer', rendered(IMPORT_MESSAGES, IMPORT)],
  ['settings', rendered(CONFIG_MESSAGES, CONFIG)],
  ['dictionary', rendered(DICTIONARY_MESSAGES, DICTIONARY)],
  ['run', rendered(RUN_MESSAGES, RUN)],
  ['reason', rendered(REASON_MESSAGES, REASON)],
])('the %s catalogue', (_, messages) => {
  it.each(messages)('%s renders in Chinese and English, with nothing left unfilled', (_key, m, rule) => {
    for (const text of [m.zh, m.en]) {
      expect(text).not.toMatch(/undefined|\[object Object\]|\$\{|NaN/);
      expect(text.length).toBeGreaterThan(5);
    }
    expect(m.zh).toMatch(/\p{Script=Han}/u);
    // English, though it may quote the Chinese it is about: more Latin letters than Han characters.
    expect((m.en.match(/[A-Za-z]/g) ?? []).length).toBeGreaterThan((m.en.match(/\p{Script=Han}/gu) ?? []).length);
    expect(m.rule).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning']).toContain(m.severity);
    // The rule printed is the key, unless the entry names the rule it shares (title-cut → long-title).
    expect(m.rule).toBe(rule);
  });
});

describe('one shape, one printer', () => {
  const duplicate: EditorMessage = { rule: 'duplicate-number', severity: 'error', file: 'report/zh-hans/02.md', line: 2, field: 'number', zh: '编号重复。', en: 'Duplicate number.' };

  it('prints where, then Chinese / English; the marked line leads with severity and rule', () => {
    expect(formatMessage(duplicate, 'content/')).toBe('content/report/zh-hans/02.md:2 number — 编号重复。 / Duplicate number.');
    expect(formatMarked({ ...duplicate, severity: 'warning', line: undefined, field: undefined })).toBe('⚠ 警告 warning[duplicate-number]  report/zh-hans/02.md — 编号重复。 / Duplicate number.');
    expect(formatMarked({ ...duplicate, file: '' , line: undefined, field: undefined })).toBe('✖ 错误 error[duplicate-number]  编号重复。 / Duplicate number.');
  });

  it('a key that shares its rule id prints that rule (the folder case of missing-default-locale)', () => {
    expect(rendered(CHECK_MESSAGES, CHECK).find(([key]) => key === 'empty-article-folder')![1].rule).toBe('missing-default-locale');
  });

  it('an EditorError carries the message; inFile points it at the file; sortMessages orders by file, line, errors first', () => {
    const error = configError('dictionary-unusable', { file: '', field: 'fr' }, { name: 'fr', locale: 'fr' });
    expect(error).toBeInstanceOf(EditorError);
    expect(error.message).toContain('No usable UI dictionary "fr"');
    expect(error.message).toContain('没有可用的界面词典 fr');
    expect(error.inFile('content/').detail.file).toBe('content/');
    const later = { ...duplicate, line: 1, severity: 'warning' as const };
    expect(sortMessages([duplicate, { ...duplicate, severity: 'warning' }, later]).map((m) => [m.line, m.severity])).toEqual([[1, 'warning'], [2, 'error'], [2, 'warning']]);
  });
});
