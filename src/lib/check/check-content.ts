// The content checker: reads a content folder once and runs every rule, collecting all
// problems (never stopping at the first), for `npm run check` and the build integration.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE, localesWith, readContentSettings, type SiteConfig } from '@/site.config';
import { checkBody } from './body-rules';
import { defaultCheckCacheDir, openCheckCache, photoSignature } from './check-cache';
import { checkConversions } from './conversion-rules';
import { checkDictionaries } from './dictionary-rules';
import { checkApproximations } from './qualifier-rules';
import { readContentTree, type ContentFile, type ContentTree } from './content-tree';
import { checkFigureParity } from './figure-rules';
import { checkFileText } from './file-rules';
import { checkFolders } from './folder-rules';
import { checkPhotos } from './photo-rules';
import { report, sortProblems, type Problem } from './problem';
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

/** The options that decide a rule's result, in the cache's key. */
const cacheOptions = ({ defaultLocale, locales, timeZone, figureParity }: CheckOptions) => ({ defaultLocale, locales, timeZone, figureParity });

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

const fileLocales = (options: CheckOptions) => options.locales.filter((l) => l.source.kind === 'files').map((l) => l.code);
const parityLevel = (options: CheckOptions) => (options.figureParity === 'error' ? 'error' : 'warning');

/**
 * Rules across the files of one article (numbering, locale parity, figures and qualifiers
 * against the source): each looks only inside one article, so each gets a tree of that article
 * alone and its result is cached by the hashes of that article's files. Add a line for a new
 * rule, and name its results where checkContent assembles them (the order decides ties in sorting).
 */
const ARTICLE_RULES: ReadonlyArray<(context: RuleContext) => Problem[] | Promise<Problem[]>> = [
  ({ tree, options }) => checkTree(tree, options),
  ({ tree, options }) => checkFigureParity(tree, options.defaultLocale, fileLocales(options), parityLevel(options)),
  ({ tree, options }) => checkApproximations(tree, options.defaultLocale, fileLocales(options), parityLevel(options)),
];

/** Rules on the folder as a whole (unreadable paths, stray files, empty articles): no file parsed, always run. */
const FOLDER_RULES: ReadonlyArray<(context: RuleContext) => Problem[] | Promise<Problem[]>> = [
  ({ tree, options }) => checkFolders(tree, options.defaultLocale),
  // checkTree's part outside any article: files the loader never reads.
  ({ tree, options }) => checkTree({ ...tree, articles: [], files: [] }, options),
  // The UI dictionaries (built in and the content folder's own): files outside any article.
  ({ dir, options }) => checkDictionaries(dir, options.locales),
];

/** A tree holding only `files` of `articles`, for a rule that looks inside one article or file. */
function subTree(tree: ContentTree, articles: string[], files: ContentFile[]): ContentTree {
  return {
    articles, files, locales: new Map(articles.map((a) => [a, tree.locales.get(a) ?? []])),
    ignored: [], misnamed: [], importLeftovers: [], unreadable: [],
  };
}

/** The `image:` values of an article file's photos: the files its photo rule reads. */
function imagesOf(file: ContentFile): string[] {
  const photos = file.kind === 'article' ? file.split.data?.photos : undefined;
  if (!Array.isArray(photos)) return [];
  return photos.map((p) => (p as { image?: unknown } | null)?.image).filter((i): i is string => typeof i === 'string' && i !== '');
}

/** A result holding a checker failure is not stored: the next run tries again. */
const storable = (problems: readonly Problem[]) => !problems.some((p) => p.rule === 'checker-failed');

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
    return [report('checker-failed', { file, field: 'file' }, { reason: (error as Error).message })];
  }
}

/**
 * Checks every article under `dir` and returns all problems, sorted by file and line. Results of
 * unchanged files and articles come from the cache in `cacheDir` (`false`: none, all rules run).
 * @example (await checkContent('content')).errors // 0 when the build will succeed
 */
export async function checkContent(dir: string, options: CheckOptions = SITE, cacheDir: string | false = defaultCheckCacheDir()): Promise<CheckResult> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { problems: [report('no-content-folder', { file: '', field: 'folder' }, { dir })], errors: 1, warnings: 0, files: 0 };
  }
  const settings = readContentSettings(dir);
  const found: Problem[] = [];
  if (settings.problem) found.push(settings.problem);
  const cache = cacheDir === false ? undefined : openCheckCache(cacheDir, cacheOptions(options));
  const tree = readContentTree(dir, cache?.parsedBefore);
  const context: RuleContext = { dir, tree, options };
  // Collected in the order the rules ran before there was a cache (file rules, folder, tree,
  // parity, conversions, qualifiers), so problems on the same line keep their order.
  const fileProblems: Problem[] = [];
  const conversionProblems: Problem[] = [];
  for (const file of tree.files) {
    const key = cache?.fileKey(file.path, file.hash);
    const stored = key === undefined ? undefined
      : cache!.file(key, (images) => photoSignature(resolve(dir, file.article), file.absPath, images));
    if (stored) {
      fileProblems.push(...stored.rules);
      conversionProblems.push(...stored.conversions);
      continue;
    }
    const rules: Problem[] = [];
    for (const rule of FILE_RULES) rules.push(...await safely(file.path, () => rule(file, context)));
    // The conversion report reads one file at a time: OpenCC over its lines.
    const conversions = await safely('', () => checkConversions(subTree(tree, [], [file]), options.locales));
    fileProblems.push(...rules);
    conversionProblems.push(...conversions);
    if (key !== undefined && storable(rules) && storable(conversions)) {
      const images = imagesOf(file);
      cache!.storeFile(key, { rules, conversions, images, photos: images.length > 0 ? photoSignature(resolve(dir, file.article), file.absPath, images) : '' });
    }
  }
  for (const rule of FOLDER_RULES) fileProblems.push(...await safely('', () => rule(context)));
  const filesOf = new Map<string, ContentFile[]>(tree.articles.map((a) => [a, []]));
  for (const file of tree.files) filesOf.get(file.article)?.push(file);
  const articleProblems: Problem[][] = ARTICLE_RULES.map(() => []);
  for (const article of tree.articles) {
    const files = filesOf.get(article) ?? [];
    const key = cache?.articleKey(article, tree.locales.get(article) ?? [], files);
    const stored = key === undefined ? undefined : cache!.article(key);
    const results = stored ?? await Promise.all(ARTICLE_RULES.map((rule) =>
      safely('', () => rule({ dir, tree: subTree(tree, [article], files), options }))));
    results.forEach((problems, index) => articleProblems[index]!.push(...problems));
    if (!stored && key !== undefined && results.every(storable)) cache!.storeArticle(key, results);
  }
  cache?.save();
  const [treeProblems = [], parityProblems = [], qualifierProblems = []] = articleProblems;
  found.push(...fileProblems, ...treeProblems, ...parityProblems, ...conversionProblems, ...qualifierProblems);
  const problems = sortProblems(found);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { problems, errors, warnings: problems.length - errors, files: tree.files.length };
}
