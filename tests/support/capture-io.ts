// Streams for calling a CLI in-process (src/cli/run-*.ts): what it writes is kept as two strings,
// the same text a child process would have printed on stdout and stderr.
import type { CliIo } from '@/cli/cli-io';

export interface CapturedIo extends CliIo {
  /** Everything written to stdout so far. */
  readonly out: string;
  /** Everything written to stderr so far. */
  readonly err: string;
}

export function captureIo(): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => { out += text; } },
    stderr: { write: (text: string) => { err += text; } },
    get out() { return out; },
    get err() { return err; },
  };
}
