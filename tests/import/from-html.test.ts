// Saved web pages through the whole importer: a WeChat 公众号 article and a news site's page,
// with the images saved beside them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import sharp from 'sharp';
import { extractHtml, pageDate } from '@/lib/import/from-html';
import { prepareInput } from '@/lib/import/read-input';

const PAGES = join(import.meta.dirname, '../fixtures/import/pages');
const page = (name: string) => join(PAGES, name);
const frontmatter = (content: string) => parse(/^---\n([\s\S]*?)---/.exec(content)![1]!) as Record<string, unknown>;
const importPage = async (name: string) => prepareInput(readFileSync(page(name)), page(name));

describe('a saved WeChat article', () => {
  it('takes headline, account and the publish time from the page structure (ct in the script)', () => {
    const x = extractHtml(readFileSync(page('wechat-article.html'), 'utf8'), page('wechat-article.html'));
    expect([x.headline, x.source, x.published]).toEqual(['测试县：今年民生实事 四大看点', '测试县发布', '2024-05-06T08:12:00+08:00']);
  });
  it('reads only #js_content, with bold paragraphs (strong or font-weight) as heading evidence', () => {
    const x = extractHtml(readFileSync(page('wechat-article.html'), 'utf8'), page('wechat-article.html'));
    const lines = x.text.split('\n');
    expect(x.headingLines.map((n) => lines[n - 1])).toEqual(['一、社区食堂开到家门口', '二、公交线路再加密', '三、校园午餐有保障', '四、老旧小区换新颜']);
    expect(x.text).not.toContain('喜欢作者');
    expect(x.text).not.toContain('nickname');
  });
  it('imports: four sections, date, photo with the image saved beside the page', async () => {
    const prepared = await importPage('wechat-article.html');
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['社区食堂开到家门口', '公交线路再加密', '校园午餐有保障', '老旧小区换新颜']);
    expect(prepared.article.highlights[0]!.body).toContain('下一步将把送餐服务延伸到偏远村组');
    const index = frontmatter(prepared.files.find((f) => f.name === 'index.md')!.content);
    expect(index).toMatchObject({
      headline: '测试县：今年民生实事 四大看点', source: '测试县发布', published: '2024-05-06T08:12:00+08:00',
      photos: [{ caption: '新建的社区食堂', credit: '记者 李测试 摄', image: './photo-01.jpg', alt: '新建的社区食堂' }],
      credits: [{ role: '编辑', name: '周测试', kind: 'editor' }],
    });
    expect(prepared.images[0]!.bytes).toEqual(readFileSync(page('wechat-article_files/640.jpeg')));
    expect((await sharp(prepared.images[0]!.bytes).metadata()).format).toBe('jpeg');
  });
});

describe('a saved news-site page', () => {
  it('finds the article among navigation, sidebar and footer (Readability) and keeps the info line', () => {
    const x = extractHtml(readFileSync(page('news-page.html'), 'utf8'), page('news-page.html'));
    expect(x.text).not.toMatch(/相关新闻|版权所有|首页|马拉松/);
    expect(x.text.split('\n')[0]).toBe('2025-11-03 09:30 来源：测试日报 作者：孙测试');
    const lines = x.text.split('\n');
    expect(x.headingLines.map((n) => lines[n - 1])).toEqual(['亮点一：口袋公园遍布城区', '亮点二：绿道串起山水', '亮点三：智慧管理更贴心']);
  });
  it('imports: three sections, metadata from <meta>, the figure with its caption and alt', async () => {
    const prepared = await importPage('news-page.html');
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['口袋公园遍布城区', '绿道串起山水', '智慧管理更贴心']);
    const index = frontmatter(prepared.files.find((f) => f.name === 'index.md')!.content);
    expect(index).toMatchObject({
      headline: '测试市公园建设 三大亮点', source: '测试日报', published: '2025-11-03T09:30:00+08:00',
      photos: [{ caption: '湖边的新步道', credit: '记者 王测试 摄', image: './photo-01.png', alt: '湖边步道上散步的市民' }],
    });
    expect(prepared.images.map((i) => i.name)).toEqual(['photo-01.png']);
  });
  it('warns about an image that was not saved with the page and never fetches it', () => {
    const html = '<html><body><div id="js_content"><p><img data-src="https://mmbiz.example.invalid/x/640"></p><p><strong>一、标题</strong></p><p>正文。</p></div></body></html>';
    const x = extractHtml(html, page('missing.html'));
    expect(x.images).toEqual([]);
    expect(x.warnings[0]!.en).toContain('was not saved with the page');
    expect(x.warnings[0]!.zh).toContain('没有随网页保存');
  });
});

describe('pageDate', () => {
  it.each([
    ['1714954320', '2024-05-06T08:12:00+08:00'],
    ['2025-11-03T01:30:00Z', '2025-11-03T09:30:00+08:00'],
    ['2025-11-03T09:30:00+08:00', '2025-11-03T09:30:00+08:00'],
    ['2024年05月06日 08:12', '2024-05-06T08:12:00+08:00'],
    ['', undefined],
  ])('%s → %s', (raw, iso) => expect(pageDate(raw)).toBe(iso));
});

describe('saved image names', () => {
  it('finds an image whose file name the page wrote percent-escaped', () => {
    const html = '<html><body><div id="js_content"><p><img src="news-page_files/%70ark.png"></p><p>图 记者 张三 摄</p><p><strong>一、标题</strong></p><p>正文。</p></div></body></html>';
    const x = extractHtml(html, page('escaped.html'));
    expect(x.images.map((i) => i.name)).toEqual(['photo-01.png']);
    expect(x.warnings).toEqual([]);
  });
});

describe('a WeChat article saved after its script ran', () => {
  const file = page('wechat-rendered.html');
  it('reads the shown publish time, the account from `var nickname`, the title inside its span', () => {
    const x = extractHtml(readFileSync(file, 'utf8'), file);
    expect([x.headline, x.source, x.published]).toEqual(['测试市夜间经济 三个新变化', '测试市发布', '2025-08-12T19:05:00+08:00']);
    expect(x.text).not.toContain('官方发布平台');
  });
  it('imports the two-line headings (01 / bold title) as three sections and warns about the image left online', async () => {
    const prepared = await prepareInput(readFileSync(file), file);
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['夜市从一条街变成一片区', '公交末班车延后一小时', '景区夜游常态化']);
    expect(prepared.article.highlights[2]!.body).toContain('近万人次');
    expect(prepared.images).toEqual([]);
    expect(prepared.warnings.map((w) => w.rule)).toContain('image-not-imported');
  });
});

describe('a saved government portal page (no <h1>, no Open Graph)', () => {
  const file = page('gov-page.html');
  it('takes headline, date and source from its <meta> names and keeps the info line, not the portal', () => {
    const x = extractHtml(readFileSync(file, 'utf8'), file);
    expect([x.headline, x.source, x.published]).toEqual(['测试区推进河道治理 见成效', '测试区水利局', '2025-03-18T09:30:00+08:00']);
    expect(x.text.split('\n')[0]).toMatch(/^发布时间：2025-03-18 09:30\s+信息来源：测试区水利局/);
    expect(x.text).not.toMatch(/当前位置|打印本页|相关链接|备案号|政务公开/);
  });
  it('imports the inline 一是…二是… headings as three sections', async () => {
    const prepared = await prepareInput(readFileSync(file), file);
    expect(prepared.article.highlights.map((h) => h.title)).toEqual(['建好一张网', '管好一条河', '美化一片岸']);
    expect(prepared.article.highlights[1]!.body).toContain('全年巡河2000余次');
    expect(prepared.article.source).toBe('测试区水利局');
  });
});
