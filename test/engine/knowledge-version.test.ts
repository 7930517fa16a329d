// The knowledge version shards compare: a hash of what the articles say, not of where they are stored.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fieldsFor, openEngine, TempDirs, writeArticle } from '../support/knowledge-folder.js';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

describe('knowledge version', () => {
  it('is the same for the same articles under other file names, and changes with any article', async () => {
    const folder = await temp.copyOfKnowledge();
    const engine = await openEngine(folder);
    const original = engine.version;
    expect(original).toMatch(/^[0-9a-f]{12}$/);
    expect((await openEngine(await temp.copyOfKnowledge())).version).toBe(original);

    const [first] = (await fs.readdir(folder)).filter((name) => name.endsWith('.md'));
    await fs.rename(path.join(folder, first!), path.join(folder, `renamed-${first}`));
    expect(await engine.reload()).toMatchObject({ ok: true, version: original });

    await writeArticle(folder, 'extra.md', fieldsFor('extra'), 'One more sentence.');
    const reloaded = await engine.reload();
    expect(reloaded).toMatchObject({ ok: true, version: engine.version });
    expect(engine.version).not.toBe(original);
  });

  it('stays the one being served when a reload is refused', async () => {
    const folder = await temp.copyOfKnowledge();
    const engine = await openEngine(folder);
    const serving = engine.version;
    await writeArticle(folder, 'empty.md', fieldsFor('empty'), '');
    expect(await engine.reload()).toMatchObject({ ok: false, version: serving });
    expect(engine.version).toBe(serving);
  });
});
