// Articles whose source is not Simplified Chinese: a Traditional-only one (zh-hant/ files, with a
// zh-Hans edition converted tw → cn) and an English-only one (en/ files, no Chinese edition).
// Each section is on the page under the source's own label, in the index, the feed and the cards.
// wechat-livelihood-2024/ is the committed output of `npm run import` of a saved WeChat page (the
// import test below keeps it in sync), so import → check → build → page is covered end to end.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareInput } from '@/lib/import/read-input';
import { loadHtml, ROOT, siteDir, siteLog, visibleText } from '../support';

const dist = siteDir('source-locales');
const sectionHeadings = async (file: string) => {
  const $ = await loadHtml(join(dist, file));
  return $('section.highlight h2').map((_, h) => $(h).text().replace(/\s+/g, '')).get();
};
const tocLabels = async (file: string) => {
  const $ = await loadHtml(join(dist, file));
  return $('.toc-list a > span:first-child').map((_, l) => $(l).text()).get();
};

describe('a Traditional Chinese source article', () => {
  it('is built from its zh-hant files with every section under its own label 關注點一…', async () => {
    expect(await sectionHeadings('zh-hant/index.html')).toEqual(['關注點一：步道全線串聯', '關注點二：增設遮陽與飲水設施', '關注點三：夜間照明改善']);
    expect(await tocLabels('zh-hant/index.html')).toEqual(['關注點一', '關注點二', '關注點三']);
    const $ = await loadHtml(join(dist, 'zh-hant/index.html'));
    expect($('html').attr('lang')).toBe('zh-Hant');
    expect(visibleText($)).toContain('市府今天公布河濱公園改造計畫');
  });

  it('says nothing about a machine conversion on the edition people wrote', async () => {
    const $ = await loadHtml(join(dist, 'zh-hant/index.html'));
    expect($('.masthead .notice')).toHaveLength(0);
  });

  it('gets a Simplified edition at / converted tw → cn, labelled 关注点一… and saying so', async () => {
    expect(await sectionHeadings('index.html')).toEqual(['关注点一：步道全线串联', '关注点二：增设遮阳与饮水设施', '关注点三：夜间照明改善']);
    const $ = await loadHtml(join(dist, 'index.html'));
    expect($('html').attr('lang')).toBe('zh-Hans');
    expect($('h1').text()).toBe('河滨公园改造计划 三大关注点');
    expect($('.masthead .notice').text()).toContain('由繁体中文原文经 OpenCC 自动转换');
    expect($('.lang-switcher a').map((_, a) => $(a).attr('href')).get()).toEqual(['/zh-hant/']);
  });

  it('labels its feeds the same way, and each edition has its share card', () => {
    expect(readFileSync(join(dist, 'zh-hant/rss.xml'), 'utf8')).toContain('關注點二：增設遮陽與飲水設施');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('关注点二：增设遮阳与饮水设施');
    expect(existsSync(join(dist, 'cards/zh-hant/taipei-riverside-2026.png'))).toBe(true);
    expect(existsSync(join(dist, 'cards/taipei-riverside-2026.png'))).toBe(true);
  });
});

describe('an English source article', () => {
  it('is built at /en/<id>/ with every section under its own label NUMBER ONE…', async () => {
    expect(await sectionHeadings('en/riverside-plan-2026/index.html')).toEqual([
      'NUMBERONE:Onepathalongthewholeriver', 'NUMBERTWO:Shadeandwaterontheway', 'NUMBERTHREE:Brighterevenings',
    ]);
    expect(await tocLabels('en/riverside-plan-2026/index.html')).toEqual(['NUMBER ONE', 'NUMBER TWO', 'NUMBER THREE']);
    const $ = await loadHtml(join(dist, 'en/riverside-plan-2026/index.html'));
    expect($('html').attr('lang')).toBe('en');
    expect($('.notice')).toHaveLength(0);
  });

  it('is linked from the home page under its own language', async () => {
    const $ = await loadHtml(join(dist, 'index.html'));
    const link = $('.others a[href="/en/riverside-plan-2026/"]');
    expect(link.text()).toBe('Three things the riverside plan changes');
    expect([link.attr('lang'), link.attr('hreflang')]).toEqual(['en', 'en']);
  });

  it('gets no Chinese edition: nothing converts English', () => {
    expect(existsSync(join(dist, 'riverside-plan-2026/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'zh-hant/riverside-plan-2026/index.html'))).toBe(false);
  });

  it('is in the English feed under its own labels, and the build says it is English-only', () => {
    expect(readFileSync(join(dist, 'en/rss.xml'), 'utf8')).toContain('NUMBER TWO: Shade and water on the way');
    expect(existsSync(join(dist, 'cards/en/riverside-plan-2026.png'))).toBe(true);
    expect(readFileSync(siteLog('source-locales'), 'utf8')).toContain('it is published from en/ as its source');
  });
});

describe('a saved WeChat page, imported', () => {
  const committed = join(ROOT, 'tests/fixtures/sites/source-locales/wechat-livelihood-2024/zh-hans');
  const page = join(ROOT, 'tests/fixtures/import/pages/wechat-article.html');

  it('is what `npm run import` writes today (files and image)', async () => {
    const prepared = await prepareInput(readFileSync(page), page, { id: 'wechat-livelihood-2024' });
    expect(readdirSync(committed).sort()).toEqual([...prepared.files.map((f) => f.name), ...prepared.images.map((i) => i.name)].sort());
    for (const file of prepared.files) expect(readFileSync(join(committed, file.name), 'utf8')).toBe(file.content);
    expect(readFileSync(join(committed, 'photo-01.jpg'))).toEqual(Buffer.from(prepared.images[0]!.bytes));
  });

  it('builds with every section under the source label (一、… → sectionLabel {一}) and the photo as a real picture', async () => {
    expect(await sectionHeadings('wechat-livelihood-2024/index.html')).toEqual(['一：社区食堂开到家门口', '二：公交线路再加密', '三：校园午餐有保障', '四：老旧小区换新颜']);
    const $ = await loadHtml(join(dist, 'wechat-livelihood-2024/index.html'));
    const img = $('picture img').first();
    expect(img.attr('alt')).toBe('新建的社区食堂');
    expect(existsSync(join(dist, img.attr('src')!.replace(/^\//, '')))).toBe(true);
  });
});
