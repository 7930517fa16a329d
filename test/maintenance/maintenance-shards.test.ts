// A change made through the maintenance module goes live through the reload it is given: in the
// bot, every shard's. Here two real engines over one folder stand for two shards.
import fs from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/engine/answer-engine.js';
import { KnowledgeMaintenance } from '../../src/maintenance/knowledge-maintenance.js';
import type { ShardReload } from '../../src/sharding/shard-endpoints.js';
import { openEngine, TempDirs } from '../support/knowledge-folder.js';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

const RULE = { fetchAllowPrivateAddresses: false };
const ID = 't-online-putin-apologizes';

async function twoShards() {
  const folder = await temp.copyOfKnowledge();
  const shards = [await openEngine(folder), await openEngine(folder)];
  return { folder, shards };
}

const reloadBoth = (shards: AnswerEngine[]) => async (): Promise<ShardReload[]> =>
  Promise.all(shards.map(async (engine, shardId) => ({ shardId, ...(await engine.reload()) })));

describe('maintenance across shards', () => {
  it('reloads every shard after a change, and reports each', async () => {
    const { shards } = await twoShards();
    const maintenance = new KnowledgeMaintenance(shards[0]!, RULE, reloadBoth(shards));
    const result = await maintenance.remove(ID);
    expect(result).toMatchObject({ ok: true, id: ID, shards: [{ shardId: 0, ok: true }, { shardId: 1, ok: true }] });
    expect(shards.map((engine) => engine.articles().some((a) => a.id === ID))).toEqual([false, false]);
    expect(shards[1]!.version).toBe(shards[0]!.version);
  });

  it('keeps a change that a restarting shard could not be asked about: it reads the folder when it starts', async () => {
    const { shards } = await twoShards();
    const unreachable: ShardReload = { shardId: 1, ok: false, unreachable: 'no answer within 30000 ms' };
    const maintenance = new KnowledgeMaintenance(shards[0]!, RULE, async () => [{ shardId: 0, ...(await shards[0]!.reload()) }, unreachable]);
    expect(await maintenance.remove(ID)).toMatchObject({ ok: true, shards: [{ ok: true }, unreachable] });
  });

  it('undoes a change a shard refused, and reloads the shards that had taken it', async () => {
    const { folder, shards } = await twoShards();
    const before = shards[0]!.version;
    let calls = 0;
    // Shard 1 refuses the first reload (as if its read of the folder had failed); shard 0 takes it.
    const refusal = (version: string): ShardReload => ({ shardId: 1, ok: false, version, problems: [{ file: 'x.md', message: 'could not be read' }] });
    const maintenance = new KnowledgeMaintenance(shards[0]!, RULE, async () => [
      { shardId: 0, ...(await shards[0]!.reload()) },
      calls++ === 0 ? refusal(shards[1]!.version) : { shardId: 1, ...(await shards[1]!.reload()) },
    ]);
    const result = await maintenance.remove(ID);
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'x.md' }] });
    expect(calls).toBe(2);
    expect(shards[0]!.version).toBe(before);
    expect(shards[0]!.articles().some((a) => a.id === ID)).toBe(true);
    expect(await fs.readdir(folder)).toContain('t-online-kremlin-chief-apologizes.md');
  });
});
