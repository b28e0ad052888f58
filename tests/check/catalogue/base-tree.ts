// A small valid content tree (one article, zh-hans + en, three highlights, one real photo) that
// the catalogue mutations and the fuzz test start from. `npm run check` finds nothing in it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const ARTICLE = 't-a';

/** A real 96×64 PNG with some structure, so a truncated copy no longer decodes. */
export async function samplePng(width = 96, height = 64): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return await sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const index = (locale: string, headline: string, lede: string) => `---
locale: ${locale}
headline: ${headline}
source: 江津融媒体中心
published: 2024-02-07T09:36:00+08:00
photos:
  - caption: 吴滩镇郎家村
    credit: 记者 袁孝椿 摄
    image: ./photo.png
    alt: 村庄全景
credits:
  - role: 编辑
    name: 蒲泽熙
    kind: editor
---

${lede}
`;

const highlight = (n: number, title: string, body: string) => `---
number: ${n}
title: ${title}
figures:
  - value: "${n * 10}"
    unit: 条
    label: 任务
---

${body}
`;

/** Writes the valid tree into `dir` (which becomes the content folder). */
export async function writeBaseTree(dir: string, png?: Buffer): Promise<void> {
  const image = png ?? await samplePng();
  for (const locale of ['zh-hans', 'en']) {
    const folder = join(dir, ARTICLE, locale);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'photo.png'), image);
    const zh = locale === 'zh-hans';
    writeFileSync(join(folder, 'index.md'), index(locale, zh ? '测试文章' : 'Test article', zh ? '全区开展主题教育。' : 'The district ran the campaign.'));
    for (const n of [1, 2, 3]) {
      writeFileSync(join(folder, `0${n}.md`), highlight(n, zh ? `第${n}个亮点` : `Highlight ${n}`,
        zh ? `制定具体任务${n * 10}条。\n\n第二段文字。` : `It set ${n * 10} tasks.\n\nA second paragraph.`));
    }
  }
}
