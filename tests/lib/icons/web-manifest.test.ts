import { describe, expect, it } from 'vitest';
import { ICONS, THEME_COLOURS } from '@/lib/icons/icon-set';
import { buildWebManifest } from '@/lib/icons/web-manifest';

const manifest = (basePath: string) => buildWebManifest({ name: '江津主题教育十大亮点', shortName: '十大亮点', lang: 'zh-Hans', basePath });

describe('buildWebManifest', () => {
  it.each([
    ['/', '/', '/icons/icon-192.png'],
    ['/zhuanti/2024/', '/zhuanti/2024/', '/zhuanti/2024/icons/icon-192.png'],
    ['/zhuanti/2024/jiangjin/', '/zhuanti/2024/jiangjin/', '/zhuanti/2024/jiangjin/icons/icon-192.png'],
  ])('buildWebManifest({ basePath: %j }): start_url and scope %s, first icon %s', (basePath, start, icon) => {
    const m = manifest(basePath);
    expect([m.start_url, m.scope, m.icons[0]!.src]).toEqual([start, start, icon]);
  });

  it('names the site in its language and lists every manifest icon with its size and purpose', () => {
    const m = manifest('/');
    expect([m.name, m.short_name, m.lang, m.display, m.theme_color]).toEqual(['江津主题教育十大亮点', '十大亮点', 'zh-Hans', 'browser', THEME_COLOURS.light]);
    expect(m.icons.map((i) => `${i.src} ${i.sizes} ${i.type} ${i.purpose}`)).toEqual([
      '/icons/icon-192.png 192x192 image/png any',
      '/icons/icon-512.png 512x512 image/png any',
      '/icons/icon-maskable-512.png 512x512 image/png maskable',
    ]);
    expect(m.icons).toHaveLength(ICONS.filter((i) => i.manifestPurpose).length);
  });
});
