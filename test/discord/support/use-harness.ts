// The lifecycle every end-to-end file shares: one bot for the file's tests, stopped after them,
// and after each test a check that nothing the bot sent broke Discord's rules (mentions, limits).
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from '../../../bench/discord/bot-harness.js';

export function useHarness(onStarted: (harness: Harness) => void, env: Record<string, string> = {}, options: HarnessOptions = {}): void {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(env, options);
    onStarted(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(harness?.fake.violations).toEqual([]);
  });
}
