// Both command-line programs print to stdout, and a reader may stop early (`… | head -1`).
// A closed pipe (EPIPE) ends the run quietly; it is not a failure, and not worth a stack trace.
export function exitQuietlyWhenOutputCloses(program: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`${program}: cannot write to standard output: ${error.message}\n`);
    void exitWhenWritten(error.code === 'EPIPE' ? 0 : 1);
  });
}

/**
 * Ends the process once stdout and stderr have taken everything written to them. Writes to a pipe
 * are asynchronous: what a slow reader has not taken yet waits in the process, and a bare
 * process.exit() would drop it (all but the pipe's first 64 kB).
 */
export async function exitWhenWritten(code: number): Promise<never> {
  await Promise.all([written(process.stdout), written(process.stderr)]);
  process.exit(code);
}

/** Resolves when everything written to `stream` so far has been handed on (or can no longer be). */
function written(stream: NodeJS.WriteStream): Promise<void> {
  // Writes complete in order, so an empty one completes after all the others.
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * Lines of piped input arrive together, and answering them is all synchronous, so the closed
 * pipe's error (delivered on a later tick) would wait until every line had been answered. Letting
 * the event loop turn between lines ends the run as soon as the reader has gone.
 */
export function letOutputErrorsArrive(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
