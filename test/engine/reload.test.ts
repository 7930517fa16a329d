// Issue 2 §7: a reload builds and validates a whole new index, then swaps it in at once.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answers/answer-question.js';
import type { AnswerEngine } from '../../src/engine/answer-engine.js';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { fieldsFor, openEngine, TempDirs, writeArticle } from '../support/knowledge-folder.js';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

const PROBE = 'quokka festival zedville';
const probeArticle = (day: string) => `The quokka festival was held in Zedville on ${day}. Crowds came from far away.`;

/** A folder big enough that a rebuild reads many files and yields between index slices. */
async function bigFolder(): Promise<string> {
  const folder = await temp.copyOfKnowledge();
  const sentences = (article: number) =>
    Array.from({ length: 150 }, (_, i) => `Filler article ${article} line ${i} talks about widget number ${article * 1000 + i}.`).join(' ');
  await Promise.all(Array.from({ length: 30 }, (_, a) => writeArticle(folder, `filler-${a}.md`, fieldsFor(`filler-${a}`), sentences(a))));
  await writeArticle(folder, 'probe.md', fieldsFor('probe'), probeArticle('Tuesday'));
  return folder;
}

describe('reload report', () => {
  it('lists added, removed and changed articles, sentence counts and time taken', async () => {
    const folder = await temp.copyOfKnowledge();
    const engine = await openEngine(folder);
    const before = engine.knowledgeBase.sentences.length;

    await fs.rm(path.join(folder, 'unknown-rare-apology-no-admission.md'));
    await writeArticle(folder, 'new.md', fieldsFor('new-article'), 'One new sentence. And another one.');
    const changedFile = path.join(folder, 't-online-kremlin-chief-apologizes.md');
    await fs.appendFile(changedFile, '\nAn added closing sentence.\n');

    const result = await engine.reload();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { report } = result;
    expect(report.added).toEqual(['new-article']);
    expect(report.removed).toEqual(['unknown-rare-apology']);
    expect(report.changed).toEqual(['t-online-putin-apologizes']);
    expect(report.unchanged).toBe(3);
    expect(report.sentencesBefore).toBe(before);
    expect(report.sentencesAfter).toBe(engine.knowledgeBase.sentences.length);
    expect(report.sentencesAfter).toBe(before - 25 + 2 + 1);
    expect(Number.isFinite(report.milliseconds) && report.milliseconds >= 0).toBe(true);
    expect(engine.articles().map((a) => a.id)).toContain('new-article');
  });

  it('a front-matter-only change counts as changed; an unchanged folder changes nothing', async () => {
    const folder = await temp.copyOfKnowledge();
    const engine = await openEngine(folder);
    const first = await engine.reload();
    expect(first).toMatchObject({ ok: true, report: { added: [], removed: [], changed: [], unchanged: 5 } });

    const file = path.join(folder, 'newsweek-uk-rejects-putin-apology.md');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('title: "', 'title: "Renamed: '));
    expect(await engine.reload()).toMatchObject({ ok: true, report: { changed: ['newsweek-uk-rejects-apology'], unchanged: 4 } });
    expect(engine.articles().find((a) => a.id === 'newsweek-uk-rejects-apology')?.title).toMatch(/^Renamed: /);
  });

  it('a refused reload is reported, and the next good reload compares against what was serving', async () => {
    const folder = await temp.copyOfKnowledge();
    const engine = await openEngine(folder);
    await writeArticle(folder, 'bad.md', fieldsFor('bad', { outlet: '' }), 'Text.');
    expect((await engine.reload()).ok).toBe(false);
    await writeArticle(folder, 'bad.md', fieldsFor('bad'), 'Text.');
    expect(await engine.reload()).toMatchObject({ ok: true, report: { added: ['bad'], unchanged: 5 } });
  });
});

describe('questions asked during a reload', () => {
  it('are answered from the old or the new index, never a half-built one', async () => {
    const folder = await bigFolder();
    const engine = await openEngine(folder);
    const oldKb = engine.knowledgeBase;
    expect(oldKb.sentences.length).toBeGreaterThan(2 * 2000); // several index slices, with yields between them
    await writeArticle(folder, 'probe.md', fieldsFor('probe'), probeArticle('Friday'));

    const observed = await askWhileReloading(engine);
    const newKb = engine.knowledgeBase;
    expect(newKb).not.toBe(oldKb);

    const expectedOld = answerQuestion(oldKb, PROBE);
    const expectedNew = answerQuestion(newKb, PROBE);
    expect(expectedOld.passages[0]?.text).toMatch(/Tuesday/);
    expect(expectedNew.passages[0]?.text).toMatch(/Friday/);

    expect(observed.duringReload, 'questions really interleaved with the reload').toBeGreaterThanOrEqual(10);
    let seenNew = false;
    for (const { answer, kb } of observed.asks) {
      expect(kb === oldKb || kb === newKb).toBe(true);
      expect(kb.sentences.length).toBe(kb === oldKb ? oldKb.sentences.length : newKb.sentences.length);
      expect(answer).toEqual(kb === oldKb ? expectedOld : expectedNew);
      if (kb === newKb) seenNew = true;
      else expect(seenNew, 'went back to the old index after the swap').toBe(false);
    }
    expect(engine.ask(PROBE)).toEqual(expectedNew);
  });

  it('calls made while a reload runs share the next one, which sees changes made after the first began', async () => {
    const folder = await bigFolder();
    const engine = await openEngine(folder);
    const first = engine.reload();
    await writeArticle(folder, 'late.md', fieldsFor('late'), 'Written while the first reload ran.');
    const second = engine.reload();
    const third = engine.reload();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    const [, b, c] = await Promise.all([first, second, third]);
    expect(b).toBe(c);
    expect(b.ok).toBe(true);
    expect(engine.articles().map((a) => a.id)).toContain('late');
    const later = engine.reload();
    expect(later).not.toBe(second);
    expect((await later).ok).toBe(true);
  });
});

/** Asks the probe on every turn of the event loop until the reload settles. */
async function askWhileReloading(engine: AnswerEngine) {
  const asks: Array<{ answer: ReturnType<AnswerEngine['ask']>; kb: KnowledgeBase }> = [];
  let settled = false;
  let duringReload = 0;
  const reloading = engine.reload().finally(() => {
    settled = true;
  });
  while (!settled) {
    asks.push({ kb: engine.knowledgeBase, answer: engine.ask(PROBE) });
    duringReload++;
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect((await reloading).ok).toBe(true);
  return { asks, duringReload };
}
