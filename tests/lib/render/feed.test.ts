import { describe, expect, it } from 'vitest';
import { articleFeedHtml, buildFeed, escapeHtml } from '@/lib/render/feed';
import { buildPages, type ArticleRecord, type HighlightRecord } from '@/lib/model/site-model';
import { DEFAULT_FEED_ITEMS, type LocaleConfig } from '@/site.config';

const LOCALES: LocaleConfig[] = [
  { code: 'zh-hans', lang: 'zh-Hans', ogLocale: 'zh_CN', source: { kind: 'files' } },
  { code: 'en', lang: 'en', ogLocale: 'en_US', source: { kind: 'files' } },
];
const SITE = { siteUrl: 'https://a.org', basePath: '/x/', defaultLocale: 'zh-hans', timeZone: 'Asia/Shanghai', locales: LOCALES, feedItems: DEFAULT_FEED_ITEMS };
const DAY = 86_400_000;
const art = (n: number, locale = 'zh-hans'): ArticleRecord => ({
  article: `a${String(n).padStart(2, '0')}`, locale, headline: `标题${n}`, source: '江津融媒体中心',
  published: new Date(Date.UTC(2024, 0, 1) + n * DAY), photos: [], credits: [], ledeHtml: `<p>导语${n}</p>`, ledeText: `导语${n}`, ledeMarkdown: `导语${n}`,
});
const hl = (article: string, locale: string, number: number, bodyMarkdown = `正文${number}`): HighlightRecord => ({
  article, locale, number, title: `亮点标题${number}`, figures: [], html: `<p>${bodyMarkdown}</p>\n`, bodyMarkdown,
});

describe('buildFeed', () => {
  const articles = Array.from({ length: DEFAULT_FEED_ITEMS + 5 }, (_, i) => art(i + 1));
  const { pages } = buildPages([...articles, art(3, 'en')], articles.map((a) => hl(a.article, 'zh-hans', 1)), LOCALES, { defaultLocale: 'zh-hans', rootArticle: 'a02' });

  it(`carries the newest ${DEFAULT_FEED_ITEMS} articles of its locale by default, newest first, each once (no alias)`, () => {
    const feed = buildFeed(pages, 'zh-hans', SITE);
    expect(feed.items.map((i) => i.title)).toEqual(articles.slice(-DEFAULT_FEED_ITEMS).reverse().map((a) => a.headline));
  });

  it('carries as many as the site config\'s feedItems says', () => {
    const newest = articles.length;
    expect(buildFeed(pages, 'zh-hans', { ...SITE, feedItems: 3 }).items.map((i) => i.title)).toEqual([newest, newest - 1, newest - 2].map((n) => `标题${n}`));
  });

  it('links the channel to the root article even when it is too old for the items', () => {
    expect(buildFeed(pages, 'zh-hans', SITE).site).toBe('https://a.org/x/');
  });

  it('keeps each locale to its own articles', () => {
    expect(buildFeed(pages, 'en', SITE).items.map((i) => i.link)).toEqual(['https://a.org/x/en/a03/']);
  });
});

describe('articleFeedHtml', () => {
  const articles = [art(1)];
  const { pages } = buildPages(articles, [hl('a01', 'zh-hans', 2, '见[亮点一](#highlight-01)'), hl('a01', 'zh-hans', 1)], LOCALES, { defaultLocale: 'zh-hans' });
  const html = articleFeedHtml(pages.find((p) => !p.isAlias)!, 'https://a.org/x/');

  it('gives the lede, then each highlight under its anchored, numbered title, in order', () => {
    expect(html).toMatch(/^<p>导语1<\/p>\n+<h2 id="highlight-01">亮点一[^<]*亮点标题1<\/h2>\n<p>正文1<\/p>\n+<h2 id="highlight-02">/);
  });

  it('makes in-page links absolute, since a feed reader shows no page around them', () => {
    expect(html).toContain('<a href="https://a.org/x/#highlight-01">');
    expect(html).not.toContain('href="#');
  });
});

describe('the feed render of a body (markdown-it env pageUrl)', () => {
  const page = (body: string, locale = 'zh-hans') => buildPages([art(1), art(1, locale)], [hl('a01', locale, 1, body)], LOCALES, { defaultLocale: 'zh-hans' })
    .pages.find((p) => !p.isAlias && p.locale.code === locale)!;
  const section = (html: string) => html.split('</h2>\n')[1];

  it('leaves out the number-unit spans only the site stylesheet styles, keeping their text and the <wbr>', () => {
    expect(section(articleFeedHtml(page('引导“帅乡党旗红”全区333名党员、823亿元'), 'https://a.org/x/')))
      .toBe('<p>引导<wbr>“帅乡党旗红”<wbr>全区333名党员、823亿元</p>\n');
  });

  it('keeps other spans (a Chinese name inside English text)', () => {
    expect(section(articleFeedHtml(page('Jiangjin 江津', 'en'), 'https://a.org/x/en/'))).toBe('<p>Jiangjin <span lang="zh-Hans">江津</span></p>\n');
  });

  it('leaves links to other sites as the page has them', () => {
    expect(section(articleFeedHtml(page('[江津](https://www.cqjjnet.com/)'), 'https://a.org/x/')))
      .toBe('<p><a href="https://www.cqjjnet.com/" rel="noopener noreferrer">江津</a></p>\n');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['亮点一：标题', '亮点一：标题'],
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['"引号" \'单\'', '&quot;引号&quot; &#39;单&#39;'],
    ['&amp;', '&amp;amp;'],
    ['', ''],
  ])('escapeHtml(%j) = %j', (text, html) => expect(escapeHtml(text)).toBe(html));
});
