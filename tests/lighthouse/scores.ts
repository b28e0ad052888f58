// Reads the figures `npm run lighthouse` prints out of a Lighthouse result (LHR).

/** The four categories, in the order Lighthouse shows them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The parts of a Lighthouse result this script reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>;
}

/** One page's row: the four scores (0–100) and LCP (ms), CLS, TBT (ms). */
export interface PageScores {
  scores: Record<(typeof CATEGORIES)[number], number | undefined>;
  lcpMs: number | undefined;
  cls: number | undefined;
  tbtMs: number | undefined;
}

/** Scores as 0–100 and the three metrics of a result. */
export function readScores(lhr: LighthouseResult): PageScores {
  const score = (id: string) => {
    const value = lhr.categories[id]?.score;
    return value == null ? undefined : Math.round(value * 100);
  };
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as PageScores['scores'],
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue,
  };
}

/**
 * What keeps a category below 100: its weighted audits that did not pass (or errored), with
 * Lighthouse's title and value, so a reader knows what to fix in the page.
 */
export function failingAudits(lhr: LighthouseResult, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap(({ id, weight }) => {
    const audit = lhr.audits[id];
    if (!audit || weight === 0) return [];
    const failed = audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1);
    return failed ? [`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${audit.score !== null ? ` — score ${audit.score}` : ''}`] : [];
  });
}
