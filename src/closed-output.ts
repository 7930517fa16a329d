// Both command-line programs print to stdout, and a reader may stop early (`… | head -1`).
// A closed pipe (EPIPE) ends the run quietly; it is not a failure, and not worth a stack trace.
export function exitQuietlyWhenOutputCloses(program: string): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`${program}: cannot write to standard output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}
