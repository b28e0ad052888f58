// `npm run cms`: the web editor in local mode. Starts decap-server (reads and writes the files of
// this working copy; nothing is committed) and the dev server, then prints the editor's address.
// Ctrl+C stops both. See content/README.md "网页编辑器 / Web editor".
import { spawn, type ChildProcess } from 'node:child_process';

const port = process.env.CMS_LOCAL_PORT || '8081';
const children: ChildProcess[] = [];

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    if (code && code !== 0) {
      console.error(`\n${command} 已退出（${code}）。/ ${command} exited (${code}).`
        + (command === 'decap-server' ? ` 端口 ${port} 可能被占用：设置 CMS_LOCAL_PORT 换一个。/ Port ${port} may be in use: set CMS_LOCAL_PORT.` : ''));
      stop(code);
    }
  });
  children.push(child);
  return child;
}

function stop(code = 0): void {
  for (const child of children) child.kill();
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

// MODE=fs: plain file edits, no git commits (the editor commits through Git, or a colleague does).
start('decap-server', [], { MODE: 'fs', PORT: port, GIT_REPO_DIRECTORY: process.cwd(), LOG_LEVEL: 'warn' });
start('astro', ['dev'], { CMS_LOCAL_PORT: port });
console.log(`\n网页编辑器 / Web editor: http://localhost:4321/admin/ （点“登录”/ click “Login”）\n`);
