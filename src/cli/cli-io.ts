// Where a command-line tool writes: `process` itself when run from a terminal, or two string
// collectors when a test calls the tool in-process (no child process, no second tsx start-up).

/** Anything with a `write(text)`, e.g. `process.stdout`. */
export interface TextSink {
  write(text: string): unknown;
}

/** The two streams a CLI writes to; `process` satisfies it. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
}

/** Writes one line (a newline added) to a sink, as console.log does. */
export function writeLine(sink: TextSink, text: string): void {
  sink.write(`${text}\n`);
}
