import { describe, expect, it } from 'vitest';
import { inputFormatOf } from '@/lib/import/input-format';
import { prepareInput } from '@/lib/import/read-input';

describe('inputFormatOf', () => {
  it.each([
    ['a.docx', 'docx'], ['A.DOCX', 'docx'], ['page.html', 'html'], ['page.htm', 'html'],
    ['article.txt', 'text'], ['article', 'text'], ['notes.md', 'text'],
  ])('%s → %s', (file, format) => expect(inputFormatOf(file)).toBe(format));

  it.each([
    ['scan.pdf', 'PDF', '.docx'], ['old.doc', '.doc', '.docx'], ['mac.pages', 'Pages', 'Word'], ['x.rtf', 'RTF', '.docx'],
    ['x.odt', 'OpenDocument', '.docx'], ['x.wps', 'WPS', '.docx'], ['page.mhtml', 'web archive', '.html'],
  ])('refuses %s by name (%s) and says what to save it as (%s)', (file, name, target) => {
    const refused = inputFormatOf(file);
    expect(typeof refused).toBe('object');
    if (typeof refused === 'string') return;
    expect(refused.en.what).toContain(name);
    expect(`${refused.zh.fix} ${refused.en.fix}`).toContain(target);
    expect(refused.zh.what).toMatch(/不能导入/);
  });

  it('prepareInput throws an ImportError for a refused format, before reading anything', async () => {
    await expect(prepareInput(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'scan.pdf')).rejects.toMatchObject({ code: 'unsupported-format', detail: { file: 'scan.pdf', zh: expect.stringMatching(/不能导入/) } });
  });
});
