// The moderator's reload report when shards disagree: which shard did what, and why.
import { describe, expect, it } from 'vitest';
import { reloadPayload } from '../../src/discord/render-info.js';
import type { ShardReload } from '../../src/sharding/shard-endpoints.js';

const report = { added: ['new-one'], removed: [], changed: [], unchanged: 5, sentencesBefore: 116, sentencesAfter: 117, milliseconds: 40 };
const problem = { file: 'zz-broken.md', line: 3, message: 'front matter is not valid YAML' };

describe('reload report across shards', () => {
  it('names each shard: reloaded, refused (with the problems, listed once) or unreachable', () => {
    const shards: ShardReload[] = [
      { shardId: 0, ok: true, version: 'aaaaaaaaaaaa', report },
      { shardId: 1, ok: false, version: 'bbbbbbbbbbbb', problems: [problem] },
      { shardId: 2, ok: false, version: 'bbbbbbbbbbbb', problems: [problem] },
      { shardId: 3, ok: false, unreachable: 'no answer within 30000 ms' },
    ];
    const [embed] = reloadPayload(shards).embeds;
    expect(embed!.title).toBe('Reloaded on 1 of 4 shards only');
    const lines = embed!.description!.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Shard 0: reloaded, version `aaaaaaaaaaaa`.',
      'Shard 1: refused the folder, still serving version `bbbbbbbbbbbb`.',
      'Shard 2: refused the folder, still serving version `bbbbbbbbbbbb`.',
      'Shard 3: did not answer (no answer within 30000 ms); it loads the folder when it next starts.',
    ]);
    expect(lines.filter((line) => line.includes('zz-broken.md'))).toHaveLength(1);
  });

  it('with every shard reloaded, gives the one report and the version', () => {
    const shards: ShardReload[] = [0, 1].map((shardId) => ({ shardId, ok: true, version: 'cccccccccccc', report }));
    const [embed] = reloadPayload(shards).embeds;
    expect(embed!.title).toBe('Reloaded the knowledge folder');
    expect(embed!.description).toMatch(/^Done in 40 ms\. Sentences: 116 → 117\. Knowledge version `cccccccccccc`\.\nShard 0: .*\nShard 1: /);
  });
});
