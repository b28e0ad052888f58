import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { withDisplayPunctuation } from '@/lib/model/page-context';
import cjkFullWidthPunctuation from '@/lib/markdown/cjk-full-width-punctuation';
import type { ArticlePage, HighlightView } from '@/lib/model/site-model';

const highlight = (lang: string, title: string): HighlightView => ({
  article: 'a', locale: 'zh-hans', number: 1, title,
  figures: [{ value: '30', unit: '条(次)', label: '镇(街道)全覆盖', shown: { qualifier: '', value: '30', unit: '条(次)' } }],
  html: '', bodyMarkdown: '', anchor: 'highlight-01', translated: lang !== 'zh-Hans', lang, foreignLang: undefined, label: '亮点一', heading: `亮点一:${title}`,
});

function page(lang: string, highlights: HighlightView[]): ArticlePage {
  return {
    article: 'a', path: '', canonicalPath: '', cardPath: 'cards/a.png', isAlias: false, isRoot: true, alternates: [], others: [], sourceLocale: 'zh-hans',
    locale: { code: lang.toLowerCase(), lang, ogLocale: 'x', source: { kind: 'files' } },
    meta: {
      article: 'a', locale: lang.toLowerCase(), headline: '标题:副题', source: '江津融媒体中心', published: new Date(0),
      photos: [{ caption: '鼎山街道政策宣讲进小区,问需于民', credit: '记者 袁孝椿 摄' }],
      credits: [{ role: '编辑', name: '蒲泽熙', kind: 'editor', statement: '本版文字由通讯员王豪提供(特约)' }], ledeHtml: '', ledeText: '', ledeMarkdown: '',
    },
    byline: [{ role: '记者(特约)', name: '袁孝椿', kind: 'author' }],
    translators: [],
    highlights,
    description: '',
  };
}

describe('withDisplayPunctuation: what a page shows of its frontmatter', () => {
  it('widens the punctuation of every Chinese text shown: headline, captions, credits, titles, figures', () => {
    const shown = withDisplayPunctuation(page('zh-Hans', [highlight('zh-Hans', '积极践行(四下基层)')]), true);
    expect(shown.meta.headline).toBe('标题：副题');
    expect(shown.meta.photos[0]!.caption).toBe('鼎山街道政策宣讲进小区，问需于民');
    expect(shown.meta.credits[0]!.statement).toBe('本版文字由通讯员王豪提供（特约）');
    expect(shown.highlights[0]!.title).toBe('积极践行（四下基层）');
    expect(shown.highlights[0]!.figures[0]).toEqual({ value: '30', unit: '条（次）', label: '镇（街道）全覆盖', shown: { qualifier: '', value: '30', unit: '条（次）' } });
    expect(shown.highlights[0]!.heading).toBe('亮点一：积极践行（四下基层）');
    expect(shown.byline[0]!.role).toBe('记者（特约）');
  });

  it('on an English page changes only the Chinese highlights shown as a fallback', () => {
    const english = page('en', [highlight('zh-Hans', '积极践行(四下基层)'), highlight('en', 'Visits (four) to the grassroots')]);
    english.meta.headline = 'Ten highlights: Jiangjin (2024)';
    const shown = withDisplayPunctuation(english, true);
    expect(shown.meta.headline).toBe('Ten highlights: Jiangjin (2024)');
    expect(shown.highlights.map((h) => h.title)).toEqual(['积极践行（四下基层）', 'Visits (four) to the grassroots']);
  });

  it('describes the shown page from the shown meta: an own description widened, a cut lede as written', () => {
    const own = page('zh-Hans', []);
    own.meta.description = '政策宣讲进小区,问需于民';
    expect(withDisplayPunctuation(own, true).description).toBe('政策宣讲进小区，问需于民');
    const lede = page('zh-Hans', []);
    lede.meta.ledeText = '导语,未改';
    expect(withDisplayPunctuation(lede, true).description).toBe('导语,未改');
  });

  it('returns the page as written when the site config turns the mapping off', () => {
    const written = page('zh-Hans', [highlight('zh-Hans', '积极践行(四下基层)')]);
    expect(withDisplayPunctuation(written, false)).toBe(written);
  });
});

describe('the Markdown plugin follows the same switch', () => {
  it.each([[true, '<p>主题教育，切实</p>\n'], [false, '<p>主题教育,切实</p>\n']])('enabled: %s', (enabled, html) => {
    const md = new MarkdownIt().use((m) => cjkFullWidthPunctuation(m, { enabled }));
    expect(md.render('主题教育,切实', { lang: 'zh-Hans' })).toBe(html);
  });
});
