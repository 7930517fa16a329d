import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/discord/rate-limiter.js';

describe('RateLimiter', () => {
  it('allows `limit` uses per sliding window, per key', () => {
    const limiter = new RateLimiter(2, 1000);
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 100).allowed).toBe(true);
    expect(limiter.take('a', 200)).toEqual({ allowed: false, retryAfterMs: 800 });
    expect(limiter.take('b', 200).allowed).toBe(true);
    expect(limiter.take('a', 1000).allowed).toBe(true);
    expect(limiter.take('a', 1050)).toEqual({ allowed: false, retryAfterMs: 50 });
  });

  it('refused attempts do not extend the wait', () => {
    const cooldown = new RateLimiter(1, 1000);
    cooldown.take('mod', 0);
    for (let t = 100; t < 1000; t += 100) expect(cooldown.take('mod', t).allowed).toBe(false);
    expect(cooldown.take('mod', 1000).allowed).toBe(true);
  });
});
