// Builds every test site once before the test files run, two at a time (the machine has two
// cores). A site that should build but fails stops the run with its log.
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
  await Promise.all([worker(), worker()]);
  if (failures.length) throw new Error(failures.join('\n\n'));
}
