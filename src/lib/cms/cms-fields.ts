// The form fields of the web editor (Decap CMS) for our content model: the same fields, rules
// and help as the content schema (src/lib/content/content-schema.ts) and the checker's messages, so an
// editor meets in the form what `npm run check` would say later. Labels and hints are bilingual
// (the editor UI itself is Chinese or English, the content is both).
import { CREDIT_KINDS } from '@/lib/content/content-schema';

/** One Decap field definition, as written to config.yml. */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** "中文 / English", the way every message of the project is written. */
const both = (zh: string, en: string) => `${zh} / ${en}`;

/** The ISO 8601 timestamp with offset the checker requires (`timestamp-offset` rule). */
const OFFSET_TIMESTAMP = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)$';

const timestampField = (name: string, label: string, required: boolean): CmsField => ({
  name, label, widget: 'string', required, i18n: 'duplicate',
  pattern: [OFFSET_TIMESTAMP, both('请写完整时间和时区，例如 2024-02-07T09:36:00+08:00', 'Write the full time with its offset, e.g. 2024-02-07T09:36:00+08:00')],
  hint: both('北京时间写 +08:00；只写日期会被当成 UTC 零点，日期可能错一天', 'Beijing time is +08:00; a bare date is read as UTC midnight and may show the wrong day'),
});

/** The body as raw Markdown: no rich-text round trip, so saving never rewrites untouched text. */
const bodyField = (label: string, hint: string): CmsField => ({
  name: 'body', label, widget: 'markdown', modes: ['raw'], i18n: true, hint,
  buttons: [], editor_components: [],
});

/** Fields of `<article>/<locale>/index.md`: metadata, photos, credits; the body is the lede. */
export function articleFields(): CmsField[] {
  return [
    { name: 'locale', label: both('语言', 'Locale'), widget: 'hidden', i18n: true },
    { name: 'headline', label: both('标题', 'Headline'), widget: 'string', i18n: true, hint: both('照原文标题填写', 'As printed') },
    { name: 'source', label: both('来源', 'Source'), widget: 'string', i18n: true, hint: both('发布单位，例如 江津融媒体中心', 'Publisher, e.g. Jiangjin Media Centre') },
    timestampField('published', both('发布时间', 'Published'), true),
    timestampField('modified', both('修改时间（可选）', 'Modified (optional)'), false),
    { name: 'description', label: both('摘要（可选）', 'Description (optional)'), widget: 'text', required: false, i18n: true,
      hint: both('一句话，用于搜索结果和分享卡片；不填则用导语', 'One sentence for search results and share cards; the lede if empty') },
    {
      name: 'photos', label: both('图片', 'Photos'), widget: 'list', required: false, i18n: true,
      summary: '{{fields.caption}}',
      fields: [
        { name: 'caption', label: both('图片说明', 'Caption'), widget: 'string', hint: both('照原文填写', 'As printed') },
        { name: 'credit', label: both('图片署名', 'Credit'), widget: 'string', hint: both('例如 鼎山街道供图、记者 袁孝椿 摄', 'e.g. 鼎山街道供图, 记者 袁孝椿 摄') },
        { name: 'image', label: both('图片文件（可选）', 'Image file (optional)'), widget: 'image', required: false,
          media_folder: '', public_folder: './',
          hint: both('放在这一语言文件夹里；有图片就必须写替代文字', 'Stored in this locale folder; an image needs alt text') },
        { name: 'alt', label: both('替代文字', 'Alt text'), widget: 'string', required: false,
          hint: both('简短描述图片内容，给看不见图片的读者', 'A short description of the picture for readers who cannot see it') },
      ],
    },
    {
      name: 'credits', label: both('署名', 'Credits'), widget: 'list', required: false, i18n: true,
      summary: '{{fields.role}} {{fields.name}}',
      fields: [
        { name: 'role', label: both('角色', 'Role'), widget: 'string', hint: both('照原文，例如 通讯员、编辑、编审', 'As printed, e.g. 通讯员, 编辑, 编审') },
        { name: 'name', label: both('姓名', 'Name'), widget: 'string' },
        { name: 'kind', label: both('类别', 'Kind'), widget: 'select', options: [...CREDIT_KINDS],
          hint: both('用于结构化数据：author 作者、editor 编辑、reviewer 审核……', 'For structured data: author, editor, reviewer…') },
        { name: 'statement', label: both('原文署名句（可选）', 'Credit line as printed (optional)'), widget: 'string', required: false,
          hint: both('例如 本版文字由通讯员王豪提供', 'e.g. 本版文字由通讯员王豪提供') },
      ],
    },
    bodyField(both('导语', 'Lede'), both('标题下的第一段', 'The first paragraph under the headline')),
  ];
}

/** Fields of `<article>/<locale>/NN.md`: one highlight. */
export function highlightFields(): CmsField[] {
  return [
    { name: 'number', label: both('编号', 'Number'), widget: 'hidden', i18n: 'duplicate' },
    { name: 'title', label: both('小标题', 'Title'), widget: 'string', i18n: true,
      hint: both('不要写“亮点一：”，网页会自动加', 'Without the 亮点一: marker; the page adds it') },
    { name: 'summary', label: both('一句话概要（可选）', 'Summary (optional)'), widget: 'string', required: false, i18n: true },
    {
      name: 'figures', label: both('关键数字', 'Key figures'), widget: 'list', required: false, i18n: true,
      summary: '{{fields.value}}{{fields.unit}} {{fields.label}}',
      hint: both('照原文写数字（4523、7万余、2.93万）；译文的数字要和原文一致', 'Write numbers as in the text (4523, 7万余, 2.93万); a translation must keep the same figures'),
      fields: [
        { name: 'value', label: both('数字', 'Value'), widget: 'string' },
        { name: 'unit', label: both('单位', 'Unit'), widget: 'string', required: false },
        { name: 'label', label: both('说明', 'Label'), widget: 'string' },
      ],
    },
    bodyField(both('正文', 'Text'), both('这一亮点的正文，Markdown 格式', 'The text of this highlight, in Markdown')),
  ];
}
