// Tracks handlers that are still running, so shutdown can let answers in progress finish.
export class InFlightWork {
  private readonly pending = new Set<Promise<void>>();

  get size(): number {
    return this.pending.size;
  }

  /** Runs `work` and remembers it until it settles. `work` must handle its own errors. */
  run(work: () => Promise<void>): void {
    const running = work().finally(() => this.pending.delete(running));
    this.pending.add(running);
  }

  /** Resolves when everything running has settled, or after `timeoutMs`; true if all settled. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    try {
      return await Promise.race([Promise.allSettled([...this.pending]).then(() => true as const), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
