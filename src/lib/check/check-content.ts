// The content checker: reads a content folder once and runs every rule, collecting all
// problems (never stopping at the first), for `npm run check` and the build integration.
import { existsSync, statSync } from 'node:fs';
import { SITE, type SiteConfig } from '@/site.config';
import { checkBody } from './body-rules';
import { readContentTree } from './content-tree';
import { checkFigureParity } from './figure-rules';
import { checkFileText } from './file-rules';
import { checkPhotos } from './photo-rules';
import { sortProblems, type Problem } from './problem';
import { checkSchema } from './schema-rules';
import { checkSectionLabel } from './section-label-rules';
import { checkTree } from './tree-rules';
import { checkUnplaced } from './unplaced-rules';

/** The settings the rules read; defaults come from the site config. */
export type CheckOptions = Pick<SiteConfig, 'defaultLocale' | 'locales' | 'timeZone' | 'figureParity'>;

export interface CheckResult {
  problems: Problem[];
  errors: number;
  warnings: number;
  /** How many Markdown files were read. */
  files: number;
}

/**
 * Checks every article under `dir` and returns all problems, sorted by file and line.
 * @example checkContent('content').errors // 0 when the build will succeed
 */
export function checkContent(dir: string, options: CheckOptions = SITE): CheckResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const missing: Problem = {
      file: '', field: 'folder', severity: 'error', rule: 'no-content-folder',
      zh: `找不到内容文件夹 ${dir}。请检查路径（--content 或环境变量 CONTENT_DIR）。`,
      en: `Content folder ${dir} not found. Check the path (--content or CONTENT_DIR).`,
    };
    return { problems: [missing], errors: 1, warnings: 0, files: 0 };
  }
  const tree = readContentTree(dir);
  const fileLocales = options.locales.filter((l) => l.source.kind === 'files').map((l) => l.code);
  const severity = options.figureParity === 'error' ? 'error' : 'warning';
  const problems = sortProblems([
    ...tree.files.flatMap((file) => [
      ...checkFileText(file, options.timeZone),
      ...checkSchema(file),
      ...checkPhotos(file),
      ...checkBody(file),
      ...checkSectionLabel(file),
      ...checkUnplaced(file),
    ]),
    ...checkTree(tree, options),
    ...checkFigureParity(tree, options.defaultLocale, fileLocales, severity),
  ]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, files: tree.files.length };
}
