import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml, siteDir, siteLog, visibleText } from '../support';

const ANCHORS = Array.from({ length: 10 }, (_, i) => `highlight-${String(i + 1).padStart(2, '0')}`);

describe('every locale of the Jiangjin article', () => {
  it.each([
    ['index.html', 'zh-Hans'],
    ['en/index.html', 'en'],
    ['zh-hant/index.html', 'zh-Hant'],
  ])('%s is lang=%s with the same ten section ids', async (file, lang) => {
    const $ = await loadHtml(join(siteDir('main'), file));
    expect($('html').attr('lang')).toBe(lang);
    expect($('section.highlight').map((_, s) => $(s).attr('id')).get()).toEqual(ANCHORS);
  });

  it('offers a language switcher on every page, leading to the same article elsewhere', async () => {
    for (const [file, others] of [['index.html', ['/en/', '/zh-hant/']], ['en/index.html', ['/', '/zh-hant/']], ['zh-hant/index.html', ['/', '/en/']]] as const) {
      const $ = await loadHtml(join(siteDir('main'), file));
      expect($('.lang-switcher a').map((_, a) => $(a).attr('href')).get().sort()).toEqual([...others].sort());
      expect($('.lang-switcher a').map((_, a) => $(a).attr('data-keep-hash')).get()).toHaveLength(2);
      expect($('.lang-switcher [aria-current="page"]')).toHaveLength(1);
    }
  });

  it('formats dates per locale in Shanghai time', async () => {
    const en = await loadHtml(join(siteDir('main'), 'en/index.html'));
    expect(en('.masthead time').text()).toMatch(/^7 February 2024/);
    const hant = await loadHtml(join(siteDir('main'), 'zh-hant/index.html'));
    expect(hant('.masthead time').text()).toMatch(/^2024年2月7日/);
  });

  it('converts the Traditional edition at build time and says so', async () => {
    const $ = await loadHtml(join(siteDir('main'), 'zh-hant/index.html'));
    const text = visibleText($);
    expect(text).toContain('關鍵少數');
    expect(text).toContain('江津融媒體中心');
    expect(text).not.toContain('关键少数');
    expect(text).toContain('OpenCC');
  });
});

describe('a highlight without translation falls back on its own, not the whole page', () => {
  const dist = siteDir('two-articles');
  it('shows the translated highlight in English and the missing one in Chinese with lang and a notice', async () => {
    const $ = await loadHtml(join(dist, 'en/index.html'));
    expect($('#highlight-01 .highlight-body').attr('lang')).toBeUndefined();
    expect($('#highlight-01 .notice')).toHaveLength(0);
    expect($('#highlight-02 .highlight-body').attr('lang')).toBe('zh-Hans');
    expect($('#highlight-02 .highlight-title').attr('lang')).toBe('zh-Hans');
    expect($('#highlight-02 .notice').text()).toMatch(/not been translated/);
    expect($('#highlight-02').text()).toContain('新报道亮点2的正文');
  });
  it('lists every missing translation as a build warning', () => {
    const log = readFileSync(siteLog('two-articles'), 'utf8');
    expect(log).toContain('newer-report: highlight 2 has no en translation');
    expect(log).not.toContain('highlight 1 has no en translation');
  });
});

describe('a further locale is added by a content folder’s site.json alone', () => {
  const dist = siteDir('extra-locale');
  it('builds the Hong Kong edition at /zh-hk/ with OpenCC and the Traditional dictionary', async () => {
    const $ = await loadHtml(join(dist, 'zh-hk/index.html'));
    expect($('html').attr('lang')).toBe('zh-Hant-HK');
    expect($('h1').text()).toBe('舊報道 兩大亮點');
    expect($('#contents-heading').text()).toBe('目錄');
  });
  it('links it from the switcher of the other editions', async () => {
    const $ = await loadHtml(join(dist, 'index.html'));
    expect($('.lang-switcher a').map((_, a) => $(a).attr('href')).get()).toContain('/zh-hk/');
  });
});
