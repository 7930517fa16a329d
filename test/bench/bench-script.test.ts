// `npm run bench`, run as users run it, on a corpus small enough for the suite: it reports each
// step on stderr while it works, and its last stdout line stays the JSON summary.
import { describe, expect, it } from 'vitest';
import { run } from '../support/run-cli.js';

describe('npm run bench', () => {
  it('shows its progress on stderr and ends stdout with the JSON summary', async () => {
    const result = await run('bench', ['--sizes', '300,600', '--questions', '20', '--natural-answers', '20']);
    expect(result.code).toBe(0);
    const progress = result.stderr.trim().split('\n');
    expect(progress).toHaveLength(14);
    expect(progress[0]).toBe('300 sentences: building the corpus… 1/7');
    expect(progress.at(-1)).toBe('600 sentences: timing (b) answers… 7/7');
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { sizes: Array<{ sentences: number; identicalTop10: number; identicalAnswers: number }> };
    expect(summary.sizes.map((size) => size.sentences)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(summary.sizes[1]!.sentences).toBeLessThanOrEqual(600);
    // Both methods index the same terms, so they rank and answer alike: the comparison is fair.
    for (const size of summary.sizes) expect([size.identicalTop10, size.identicalAnswers]).toEqual([20, 20]);
  });
});
