import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlBlocks, type DomNode } from '@/lib/import/html-blocks';
import { attachImages } from '@/lib/import/attach-images';
import { blocksToText } from '@/lib/import/extracted-article';

const blocksOf = (html: string) => htmlBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as DomNode)
  .map((b) => (b.kind === 'image' ? `img:${b.src}` : `${b.kind}${b.bold ? '+bold' : ''}:${b.text}`));

describe('htmlBlocks', () => {
  it.each([
    ['<p>一段。</p><p>二段。</p>', ['paragraph:一段。', 'paragraph:二段。']],
    ['<p>第一行<br>第二行</p>', ['paragraph:第一行', 'paragraph:第二行']],
    ['<section><section><p><span>　　缩进的 正文</span></p></section></section>', ['paragraph:缩进的 正文']],
    ['<p><strong>一、全部加粗</strong></p>', ['paragraph+bold:一、全部加粗']],
    ['<p><strong>加粗</strong>后面还有正文。</p>', ['paragraph:加粗后面还有正文。']],
    ['<p><span style="font-weight: 700">样式加粗</span></p>', ['paragraph+bold:样式加粗']],
    ['<h2>小标题</h2>', ['heading:小标题']],
    ['<figure><img src="a.jpg"><figcaption>说明 记者 张三 摄</figcaption></figure>', ['img:a.jpg', 'caption:说明 记者 张三 摄']],
    ['<p style="display:none">隐藏</p><script>var x = 1;</script><p>可见</p>', ['paragraph:可见']],
    ['<p>&nbsp;</p><p>\u200b</p>', []],
    ['<img data-src="https://x.invalid/640">', ['img:https://x.invalid/640']],
  ])('%s', (html, expected) => expect(blocksOf(html)).toEqual(expected));
});

describe('blocksToText and attachImages', () => {
  const image = { bytes: new Uint8Array([1]), ext: 'jpg' };
  it('lays blocks out one a line with blank lines between and numbers the heading lines', () => {
    const r = blocksToText([
      { kind: 'paragraph', text: '导语。', bold: false }, { kind: 'heading', text: '一、标题', bold: false },
      { kind: 'paragraph', text: '正文。', bold: false },
    ], () => image);
    expect(r.text).toBe('导语。\n\n一、标题\n\n正文。');
    expect(r.headingLines).toEqual([3]);
  });
  it('gives an image without a credited caption a photo of its own and asks for the credit', () => {
    const index = { name: 'index.md', content: '---\nlocale: zh-hans\nheadline: 标题\n---\n\n导语。\n' };
    const r = attachImages([index], [{ name: 'photo-01.jpg', bytes: new Uint8Array([1]), alt: '一座桥' }]);
    expect(r.files[0]!.content).toContain('photos:\n  - caption: 一座桥\n    image: ./photo-01.jpg\n    alt: 一座桥\n');
    expect(r.files[0]!.content.endsWith('---\n\n导语。\n')).toBe(true);
    expect(r.warnings[0]!.en).toContain('add its credit (npm run check');
  });
});

describe('attachImages keeps what the importer wrote', () => {
  it('keeps the comments that mark missing metadata', () => {
    const index = { name: 'index.md', content: '---\n# source: 缺少来源，请填写 / source missing\nlocale: zh-hans\nheadline: 标题\n---\n\n导语。\n' };
    const r = attachImages([index], [{ name: 'photo-01.jpg', bytes: new Uint8Array([1]), caption: '桥 记者 张三 摄', alt: '一座桥' }]);
    expect(r.files[0]!.content).toMatch(/^---\n# source: 缺少来源，请填写 \/ source missing\nlocale: zh-hans\n/);
  });
});

describe('captions without a credit', () => {
  it('moves a marked caption without credit from the text to its image, for the editor to credit', () => {
    const r = blocksToText([
      { kind: 'image', text: '', bold: false, src: 'a.jpg' }, { kind: 'caption', text: '河边的新步道', bold: false },
      { kind: 'paragraph', text: '正文。', bold: false },
    ], () => ({ bytes: new Uint8Array([1]), ext: 'jpg' }));
    expect(r.text).toBe('正文。');
    expect(r.images[0]!.caption).toBe('河边的新步道');
  });
  it('leaves a credited caption in the text, where the importer reads its credit', () => {
    const r = blocksToText([
      { kind: 'image', text: '', bold: false, src: 'a.jpg' }, { kind: 'caption', text: '河边的新步道 记者 张三 摄', bold: false },
    ], () => ({ bytes: new Uint8Array([1]), ext: 'jpg' }));
    expect(r.text).toBe('河边的新步道 记者 张三 摄');
  });
});
