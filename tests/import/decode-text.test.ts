import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '@/lib/import/decode-text';
import { ImportError } from '@/lib/import/import-error';
import { parseArticle } from '@/lib/import/parse-article';
import { chineseNumeral as cn, sampleArticle, SAMPLE_TITLES } from './sample-article';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
const sample = sampleArticle((n, t) => `亮点${cn(n)}：${t}`);

describe('decodeText detects the encoding from the bytes and normalises line ends', () => {
  it.each([
    ['UTF-8 without BOM', utf8(sample), 'utf-8'],
    ['UTF-8 with BOM', withBom(utf8(sample)), 'utf-8-bom'],
    ['UTF-8 with CRLF line ends', utf8(sample.replace(/\n/g, '\r\n')), 'utf-8'],
    ['UTF-8 with BOM and CRLF', withBom(utf8(sample.replace(/\n/g, '\r\n'))), 'utf-8-bom'],
    ['GB18030 (GBK-compatible bytes from older Chinese tools)', iconv.encode(sample, 'gb18030'), 'gb18030'],
    ['GB18030 with CRLF', iconv.encode(sample.replace(/\n/g, '\r\n'), 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', iconv.encode(sample, 'utf-16le', { addBOM: true }), 'utf-16le'],
  ])('%s decodes to the same article', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sample);
    expect(parseArticle(decoded.text).highlights.map((h) => h.title)).toEqual(SAMPLE_TITLES);
  });

  it('really produced different bytes for GB18030 (the test is not UTF-8 in disguise)', () => {
    expect(Buffer.compare(iconv.encode(sample, 'gb18030'), Buffer.from(sample))).not.toBe(0);
  });

  it('reads GB18030 characters outside GBK (4-byte sequences such as 𠀀)', () => {
    const text = sample.replace('张三', '张𠀀');
    expect(decodeText(iconv.encode(text, 'gb18030')).text).toBe(text);
  });

  const catchError = (bytes: Uint8Array) => {
    try {
      decodeText(bytes);
    } catch (error) {
      return error as ImportError;
    }
    throw new Error('decodeText accepted the bytes');
  };

  it('rejects bytes that are neither UTF-8 nor GB18030, naming the line', () => {
    const bytes = new Uint8Array([...utf8('标题\n来源：某地 2024-01-01\n'), 0x80, 0x80, 0xff, 0x0a]);
    const error = catchError(bytes);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('undecodable');
    expect(error.line).toBe(3);
    expect(error.detail.en).toMatch(/save it as UTF-8/);
  });

  it('rejects a BOM file with broken UTF-8 instead of guessing GB18030', () => {
    const error = catchError(withBom(new Uint8Array([...utf8('标题\n'), 0xe4, 0xb8])));
    expect(error.code).toBe('undecodable');
    expect(error.line).toBe(2);
  });

  it('rejects a binary file (NUL bytes), e.g. a .docx renamed to .txt', () => {
    const error = catchError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    expect(error.code).toBe('binary');
  });
});

describe('decodeText points at the broken line of a GB18030 file too', () => {
  it('names the line of an invalid byte pair in GB18030 text', () => {
    const good = iconv.encode('标题\n来源：某地 2024-01-01\n正文', 'gb18030');
    const bytes = new Uint8Array([...good, 0x0a, 0x81, 0x20, 0x0a]);
    let error: ImportError | undefined;
    try {
      decodeText(bytes);
    } catch (e) {
      error = e as ImportError;
    }
    expect(error?.code).toBe('undecodable');
    expect(error?.line).toBe(4);
  });
});
