// Both command-line programs print to stdout, and a reader may stop early (`… | head -1`).
// A closed pipe (EPIPE) ends the run quietly; it is not a failure, and not worth a stack trace.
export function exitQuietlyWhenOutputCloses(program: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`${program}: cannot write to standard output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

/**
 * Lines of piped input arrive together, and answering them is all synchronous, so the closed
 * pipe's error (delivered on a later tick) would wait until every line had been answered. Letting
 * the event loop turn between lines ends the run as soon as the reader has gone.
 */
export function letOutputErrorsArrive(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
