// Sliding-window limit per key (a user id): at most `limit` uses in any `windowMs`. A cooldown is
// the same thing with a limit of 1, so /reindex's cooldown and the question limit share this code.
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export class RateLimiter {
  private readonly uses = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a use if the key has one left; otherwise says how long until it has. */
  take(key: string, now = Date.now()): RateDecision {
    this.sweep(now);
    const recent = (this.uses.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(key, recent);
      return { allowed: false, retryAfterMs: recent[0]! + this.windowMs - now };
    }
    recent.push(now);
    this.uses.set(key, recent);
    return { allowed: true };
  }

  /** Forgets keys idle for a whole window, so one-off users do not accumulate forever. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, times] of this.uses) if (times.every((at) => now - at >= this.windowMs)) this.uses.delete(key);
  }
}
