// Every built test site: valid HTML (html-validate, recommended rules, .htmlvalidate.json at the
// project root) and no dead internal link, image, stylesheet, script or #fragment — with the
// site's own SITE_URL and base path, so the sub-path build is held to the same standard.
//
// .htmlvalidate.json turns off one recommended rule (JSON cannot carry the reason, so it is here):
// `long-title` — the <title> is the article's headline, word for word; its length is the
// newsroom's editorial choice (an English headline easily passes 70 characters), not markup.
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { SITE } from '@/site.config';
import { normalizeBasePath } from '@/lib/model/routes';
import { listFiles, siteDir } from '../support';
import { checkInternalLinks } from '../support/link-check';
import { SITES } from '../support/sites';

const BUILT = Object.entries(SITES)
  .filter(([, spec]) => !spec.expectFailure)
  .map(([name, spec]) => ({
    name,
    // The same defaults the build applies (src/site.config.ts), then the site's own env.
    origin: new URL(spec.env?.SITE_URL ?? SITE.siteUrl).origin,
    basePath: normalizeBasePath(spec.env?.BASE_PATH),
  }));

describe.each(BUILT)('built site "$name"', ({ name, origin, basePath }) => {
  it('passes html-validate (recommended rules) on every HTML file', async () => {
    const dist = siteDir(name);
    const files = await listFiles(dist, '.html');
    expect(files.length).toBeGreaterThan(0);
    // FileSystemConfigLoader finds .htmlvalidate.json by walking up from each file (dist/ lives
    // under the project root).
    const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
    const rules = (await htmlvalidate.getConfigFor(join(dist, files[0]!))).getRules();
    expect(rules.get('no-dup-id')?.[0], 'the recommended preset is in force').toBeGreaterThan(0);
    const messages: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) messages.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    expect(messages, messages.join('\n')).toEqual([]);
  });

  it('has no dead internal link, image, stylesheet, script or fragment', async () => {
    const { checked, problems } = await checkInternalLinks(siteDir(name), origin, basePath);
    expect(checked, 'internal references found').toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
