// Builds every test site once before the test files run, one after another: Astro writes a
// per-build map of content images to <root>/.astro/, so two builds at once can clobber each
// other. A site that should build but fails (or fails when it should not) stops the run.
import { HOST_LAYOUT_SITES, SITES } from './sites';
import { buildSite } from './build-site';

export default async function setup(): Promise<void> {
  // TEST_SITES=main,hostile builds only those (TEST_SITES=none: none) for a quick targeted run;
  // a site that is not rebuilt keeps its last output in tests/.output/. `npm test` sets nothing.
  const only = process.env.TEST_SITES?.split(',').map((s) => s.trim()).filter(Boolean);
  const all = { ...SITES, ...HOST_LAYOUT_SITES };
  const names = Object.keys(all).filter((n) => !only || only.includes(n));
  const failures: string[] = [];
  for (const name of names) {
    const spec = all[name]!;
    const { code, output } = await buildSite(name, spec);
    if ((code === 0) === Boolean(spec.expectFailure)) {
      failures.push(`site "${name}" ${spec.expectFailure ? 'built but should have failed' : `failed to build (exit ${code})`}:\n${output.slice(-4000)}`);
    }
  }
  if (failures.length) throw new Error(failures.join('\n\n'));
}
