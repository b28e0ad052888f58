// Bytes of a plain-text article → a JavaScript string with LF line ends. Editors send UTF-8 (with
// or without a BOM, often CRLF from Windows) or GB18030/GBK from older Chinese tools; the encoding
// is detected from the bytes, never guessed from the file name.
import iconv from 'iconv-lite';
import { importError, type ImportError } from '@/lib/import/import-error';

/** Which encoding the bytes were read as, for the CLI report. */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The decoded text and the encoding it was found in. */
export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

/** 1-based line of a byte offset: counts LF bytes before it (the same in UTF-8 and GB18030). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Turns CRLF and lone CR into LF so line numbers match what every editor shows. */
function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Decodes an article file: strict UTF-8 first (BOM removed), then GB18030; UTF-16 only with a BOM.
 * Throws an ImportError naming the line of the first undecodable byte, or when the file is binary.
 * @example decodeText(new TextEncoder().encode('亮点一\r\n')).text // '亮点一\n'
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: normalizeLineEnds(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: normalizeLineEnds(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw importError('binary', lineOfByte(body, nul));
  }
  const invalid = firstInvalidUtf8(body);
  if (invalid < 0) return { text: normalizeLineEnds(new TextDecoder('utf-8').decode(body)), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  if (!hasBom) {
    // iconv-lite replaces what GB18030 cannot read with U+FFFD instead of throwing: check for it.
    const text = iconv.decode(Buffer.from(body), 'gb18030');
    const bad = text.indexOf('\uFFFD');
    if (bad < 0) return { text: normalizeLineEnds(text), encoding: 'gb18030' };
    // Valid multi-byte UTF-8 before the bad byte means a UTF-8 file with a corrupt spot: its
    // position is the useful one. Otherwise it is a GB18030 file and its own position counts.
    const utf8Before = body.subarray(0, invalid).some((b) => b >= 0x80);
    throw undecodable(utf8Before ? lineOfByte(body, invalid) : text.slice(0, bad).split('\n').length);
  }
  throw undecodable(lineOfByte(body, invalid));
}

function undecodable(line: number): ImportError {
  return importError('undecodable', line);
}
