// Builds every test site once before the test files run, one after another: Astro writes a
// per-build map of content images to <root>/.astro/, so two builds at once can clobber each
// other. A site that should build but fails (or fails when it should not) stops the run.
import { SITES } from './sites';
import { buildSite } from './build-site';

export default async function setup(): Promise<void> {
  const names = Object.keys(SITES);
  const failures: string[] = [];
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const spec = SITES[name]!;
      const { code, output } = await buildSite(name, spec);
      if ((code === 0) === Boolean(spec.expectFailure)) {
        failures.push(`site "${name}" ${spec.expectFailure ? 'built but should have failed' : `failed to build (exit ${code})`}:\n${output.slice(-4000)}`);
      }
    }
  };
  await worker();
  if (failures.length) throw new Error(failures.join('\n\n'));
}
