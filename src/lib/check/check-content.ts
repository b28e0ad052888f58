// The content checker: reads a content folder once and runs every rule, collecting all
// problems (never stopping at the first), for `npm run check` and the build integration.
import { existsSync, statSync } from 'node:fs';
import { SITE, localesWith, readContentSettings, type SiteConfig } from '@/site.config';
import { checkBody } from './body-rules';
import { checkConversions } from './conversion-rules';
import { checkDictionaries } from './dictionary-rules';
import { checkApproximations } from './qualifier-rules';
import { readContentTree, type ContentFile, type ContentTree } from './content-tree';
import { checkFigureParity } from './figure-rules';
import { checkFileText } from './file-rules';
import { checkFolders } from './folder-rules';
import { checkPhotos } from './photo-rules';
import { problem, sortProblems, type Problem } from './problem';
import { checkSchema } from './schema-rules';
import { checkSectionLabel } from './section-label-rules';
import { checkCharacters } from './text-rules';
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

/** What a rule may look at. */
interface RuleContext {
  dir: string;
  tree: ContentTree;
  options: CheckOptions;
}

/** Rules on one Markdown file, in the order they were written. Add a line for a new rule file. */
const FILE_RULES: ReadonlyArray<(file: ContentFile, context: RuleContext) => Problem[] | Promise<Problem[]>> = [
  (file, { options }) => checkFileText(file, options.timeZone),
  (file) => checkCharacters(file),
  (file) => checkSchema(file),
  (file, { dir }) => checkPhotos(file, dir),
  (file) => checkBody(file),
  (file) => checkSectionLabel(file),
  (file) => checkUnplaced(file),
];

/** Rules on the whole tree. Add a line for a new rule file. */
const TREE_RULES: ReadonlyArray<(context: RuleContext) => Problem[] | Promise<Problem[]>> = [
  ({ tree, options }) => checkFolders(tree, options.defaultLocale),
  ({ tree, options }) => checkTree(tree, options),
  ({ tree, options }) => checkFigureParity(tree, options.defaultLocale,
    options.locales.filter((l) => l.source.kind === 'files').map((l) => l.code),
    options.figureParity === 'error' ? 'error' : 'warning'),
  ({ tree, options }) => checkConversions(tree, options.locales),
  ({ tree, options }) => checkApproximations(tree, options.defaultLocale,
    options.locales.filter((l) => l.source.kind === 'files').map((l) => l.code),
    options.figureParity === 'error' ? 'error' : 'warning'),
  ({ dir, options }) => checkDictionaries(dir, options.locales),
];

/**
 * The options for a content folder other than the configured one (`npm run check -- --content`):
 * the locales come from that folder's own `site.json`.
 */
export function optionsFor(dir: string, base: CheckOptions = SITE): CheckOptions {
  return { ...base, locales: localesWith(readContentSettings(dir).settings) };
}

/** A rule that throws is a bug in the checker, but the editor still gets a message naming the file. */
async function safely(file: string, run: () => Problem[] | Promise<Problem[]>): Promise<Problem[]> {
  try {
    return await run();
  } catch (error) {
    return [problem('error', 'checker-failed', { file, field: 'file' },
      `检查这个文件时出错（${(error as Error).message}）。请检查文件是否完整，并把这条信息告诉开发人员。`,
      `Checking this file failed (${(error as Error).message}). Check that the file is complete and tell the developers.`)];
  }
}

/**
 * Checks every article under `dir` and returns all problems, sorted by file and line.
 * @example (await checkContent('content')).errors // 0 when the build will succeed
 */
export async function checkContent(dir: string, options: CheckOptions = SITE): Promise<CheckResult> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const missing: Problem = {
      file: '', field: 'folder', severity: 'error', rule: 'no-content-folder',
      zh: `找不到内容文件夹 ${dir}。请检查路径（--content 或环境变量 CONTENT_DIR）。`,
      en: `Content folder ${dir} not found. Check the path (--content or CONTENT_DIR).`,
    };
    return { problems: [missing], errors: 1, warnings: 0, files: 0 };
  }
  const settings = readContentSettings(dir);
  const found: Problem[] = [];
  if (settings.problem) found.push(problem('error', 'site-settings', { file: 'site.json', ...settings.problem }, settings.problem.zh, settings.problem.en));
  const tree = readContentTree(dir);
  const context: RuleContext = { dir, tree, options };
  for (const file of tree.files) {
    for (const rule of FILE_RULES) found.push(...await safely(file.path, () => rule(file, context)));
  }
  for (const rule of TREE_RULES) found.push(...await safely('', () => rule(context)));
  const problems = sortProblems(found);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, files: tree.files.length };
}
