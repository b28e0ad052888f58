// Runs a TypeScript entry point (tsx) on a Node that Astro 7 accepts (package.json "engines").
// A host that brings one — GitHub Actions, Netlify and Cloudflare Pages read .node-version — uses
// its own; an older Node (Debian's 20) fetches the Node of .node-version once into npm's cache
// with npx. So the deploy install (`npm ci --omit=dev`) carries no 189 MB Node binary that every
// host would download whether it needs it or not; the full install keeps node@24 as a
// devDependency, so tests and tools run on any machine. Plain JavaScript: it must start on the old
// Node too.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { engines } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const wanted = readFileSync(`${root}.node-version`, 'utf8').trim();

/**
 * Whether a Node version satisfies a `>=x.y.z` engines range (the only form package.json uses).
 * @example satisfiesMinimum('20.19.2', '>=22.12.0') // false
 */
export function satisfiesMinimum(version, range) {
  const min = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!min) throw new Error(`package.json engines.node must read ">=x.y.z", not "${range}"`);
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const need = Number(min[i + 1]);
    if (have[i] !== need) return have[i] > need;
  }
  return true;
}

/**
 * The Node of .node-version from npm's cache (fetched on first use). npx runs outside the
 * project, so the project's strict-allow-scripts, which a one-off tool install cannot satisfy,
 * does not apply; `--allow-scripts=node` covers a user-wide strict setting.
 */
function pinnedNode() {
  const found = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx',
    ['--yes', '--allow-scripts=node', `node@${wanted}`, '-p', 'process.execPath'], { cwd: tmpdir(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const path = found.stdout?.trim().split('\n').pop();
  if (found.status !== 0 || !path) {
    console.error(`✖ 无法取得 Node ${wanted}：请安装 Node ≥ ${engines.node.replace('>=', '')}，或用 npm ci（完整安装，含 node@24）。`
      + ` / Could not fetch Node ${wanted}: install Node ${engines.node}, or use the full install (npm ci, which includes node@24).`);
    process.exit(1);
  }
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const old = !satisfiesMinimum(process.versions.node, engines.node);
  if (old) {
    console.error(`Node ${process.versions.node} 低于 Astro 要求的 ${engines.node}，本次构建用 npx 取得 Node ${wanted}（首次约需 190 MB 下载）。`
      + ` / Node ${process.versions.node} is older than Astro's ${engines.node}: running on Node ${wanted} through npx (fetched once, ~190 MB).`);
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const node = old ? pinnedNode() : process.execPath;
  // First on PATH too, so anything the build starts by the name `node` gets the same one.
  const env = { ...process.env, PATH: [dirname(node), process.env.PATH].join(delimiter) };
  const child = spawn(node, [tsx, ...process.argv.slice(2)], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}
