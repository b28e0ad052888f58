import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml, siteDir } from '../support';

const dist = siteDir('two-articles');

describe('a site with several articles', () => {
  it('serves the newest article at the root and every other at /<article-id>/', async () => {
    const root = await loadHtml(join(dist, 'index.html'));
    expect(root('h1').text()).toBe('新报道 两大亮点');
    const older = await loadHtml(join(dist, 'older-report/index.html'));
    expect(older('h1').text()).toBe('旧报道 两大亮点');
  });

  it('also serves the root article at its own /<article-id>/, canonical to the root', async () => {
    const alias = await loadHtml(join(dist, 'newer-report/index.html'));
    expect(alias('h1').text()).toBe('新报道 两大亮点');
    expect(alias('link[rel=canonical]').attr('href')).toMatch(/\/$/);
    expect(alias('link[rel=canonical]').attr('href')).not.toMatch(/newer-report/);
  });

  it('lists the other articles on the root article, with links that resolve', async () => {
    const root = await loadHtml(join(dist, 'index.html'));
    const links = root('.others a').map((_, a) => root(a).attr('href')).get();
    expect(links).toEqual(['/older-report/']);
    expect(existsSync(join(dist, 'older-report/index.html'))).toBe(true);
  });

  it('keeps the same URL scheme in other locales, only for articles that exist there', () => {
    expect(existsSync(join(dist, 'en/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'en/older-report/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'zh-hant/older-report/index.html'))).toBe(true);
  });
});

describe('photos', () => {
  it('renders a supplied image as a responsive <picture> with AVIF and WebP, sized and lazy', async () => {
    const $ = await loadHtml(join(dist, 'older-report/index.html'));
    const picture = $('.photos figure picture');
    expect(picture).toHaveLength(1);
    expect(picture.find('source').map((_, s) => $(s).attr('type')).get()).toEqual(['image/avif', 'image/webp']);
    const img = picture.find('img');
    expect(img.attr('alt')).toContain('测试图片');
    expect(Number(img.attr('width'))).toBeGreaterThan(0);
    expect(Number(img.attr('height'))).toBeGreaterThan(0);
    expect(img.attr('loading')).toBe('lazy');
    for (const src of [img.attr('src')!, ...picture.find('source').attr('srcset')!.split(',').map((s) => s.trim().split(' ')[0]!)]) {
      expect(existsSync(join(dist, src))).toBe(true);
    }
    expect($('.photos figcaption').text()).toContain('记者 测试 摄');
  });
  it('shows a caption without an image file as text only — never a stand-in picture', async () => {
    const $ = await loadHtml(join(dist, 'older-report/index.html'));
    expect($('.photos p.photo-caption').text()).toContain('没有图片文件的照片说明');
    expect($('img')).toHaveLength(1);
  });
});
