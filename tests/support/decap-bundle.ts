// The Decap CMS browser bundle for the tests: the same release the /admin/ page loads from the
// CDN, fetched once with `npm pack` (npm's own client and cache, no extra install) into
// node_modules/.cache/, so the test browser gets it from disk instead of the network.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DECAP_VERSION } from '../../src/lib/cms/decap-bundle';

/** Folder holding `decap-cms.js` and its lazily loaded chunks. */
export function decapBundleDir(root: string): string {
  const home = join(root, 'node_modules/.cache', `decap-cms-${DECAP_VERSION}`);
  const dist = join(home, 'package/dist');
  if (existsSync(join(dist, 'decap-cms.js'))) return dist;
  const staging = `${home}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync('npm', ['pack', `decap-cms@${DECAP_VERSION}`, '--silent', '--pack-destination', staging], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack decap-cms@${DECAP_VERSION} wrote no tarball into ${staging}`);
  execFileSync('tar', ['xzf', tarball], { cwd: staging });
  rmSync(join(staging, tarball));
  rmSync(home, { recursive: true, force: true });
  renameSync(staging, home);
  return dist;
}
