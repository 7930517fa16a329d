// The maintenance module with real parts: a temporary copy of knowledge/, the real engine, and
// pages fetched over HTTP from the loopback news site.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/knowledge/article-schema.js';
import { parseArticle } from '../../src/knowledge/parse-article.js';
import type { ArticleDraft } from '../../src/maintenance/article-draft.js';
import { writeFileAtomically } from '../../src/maintenance/article-files.js';
import { KnowledgeMaintenance, type PrepareResult } from '../../src/maintenance/knowledge-maintenance.js';
import { COMPENSATION, LAWSUIT } from '../support/fresh-articles.js';
import { knowledgeArticles, openEngine, TempDirs } from '../support/knowledge-folder.js';
import { FURNITURE } from '../support/news-pages.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';

const temp = new TempDirs();
let site: NewsSite;
let curated: Article[];
beforeAll(async () => {
  curated = await knowledgeArticles();
  site = await startNewsSite(curated);
});
afterAll(async () => {
  await site.close();
  await temp.removeAll();
});

const RULE = { fetchAllowPrivateAddresses: true };

async function maintained() {
  const folder = await temp.copyOfKnowledge();
  const engine = await openEngine(folder);
  return { folder, engine, maintenance: new KnowledgeMaintenance(engine, RULE) };
}

function draftOf(result: PrepareResult): ArticleDraft {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.draft;
}

async function refusalOf(result: Promise<PrepareResult>): Promise<string> {
  const settled = await result;
  expect(settled.ok).toBe(false);
  return settled.ok ? '' : settled.reason;
}

describe('preparing an article from a web page', () => {
  it('takes the JSON-LD metadata and the body verbatim, leaving out every piece of page furniture', async () => {
    const { maintenance } = await maintained();
    const draft = draftOf(await maintenance.prepare({ url: `${site.base}/redirect/2` }));
    expect(draft.fields).toEqual({
      id: 'caspian-daily-wire-families-of-j2-8243-passengers-meet-at',
      outlet: COMPENSATION.outlet,
      title: COMPENSATION.headline,
      published: '2025-01-14',
      url: `${site.base}/jsonld-only`,
    });
    expect(draft.body).toBe(COMPENSATION.body);
    for (const furniture of FURNITURE) expect(draft.body).not.toContain(furniture);
    expect(draft.sentences).toHaveLength(6);
    expect(draft.stripped).toEqual(expect.arrayContaining(['Advertisement', expect.stringMatching(/^Read more:/), expect.stringMatching(/is a senior news reporter/)]));
  });

  it('falls back to Open Graph tags, and the options override the page', async () => {
    const { maintenance } = await maintained();
    const fromTags = draftOf(await maintenance.prepare({ url: `${site.base}/meta-only` }));
    expect(fromTags.fields).toMatchObject({ outlet: LAWSUIT.outlet, title: LAWSUIT.headline, published: '2025-02-03', url: `${site.base}/meta-only` });
    expect(fromTags.body).toBe(LAWSUIT.body);
    const overridden = draftOf(await maintenance.prepare({ url: `${site.base}/meta-only` }, { outlet: 'Other Outlet', title: 'Other title', published: '2025-02-04' }));
    expect(overridden.fields).toMatchObject({ outlet: 'Other Outlet', title: 'Other title', published: '2025-02-04', id: 'other-outlet-other-title' });
  });

  it.each(['newsweek-putin-apologizes', 'newsweek-uk-rejects-apology', 't-online-putin-apologizes', 'unknown-apology-without-fault', 'unknown-rare-apology'])(
    'extracts curated article %s verbatim from its news page, and refuses it as a duplicate naming it',
    async (id) => {
      const { maintenance } = await maintained();
      const reason = await refusalOf(maintenance.prepare({ url: `${site.base}/articles/${id}` }));
      expect(reason).toMatch(new RegExp(`^100% of its sentences are already in \`${id}\``));
    },
  );

  it('refuses a home page and a paywall stub', async () => {
    const { maintenance } = await maintained();
    expect(await refusalOf(maintenance.prepare({ url: `${site.base}/` }))).toMatch(/does not look like an article/);
    expect(await refusalOf(maintenance.prepare({ url: `${site.base}/paywall` }))).toMatch(/paywall stub/);
  });

  it('passes on the fetcher refusals', async () => {
    const { maintenance } = await maintained();
    expect(await refusalOf(maintenance.prepare({ url: `${site.base}/report.pdf` }))).toMatch(/application\/pdf/);
    const strict = new KnowledgeMaintenance((await maintained()).engine, { fetchAllowPrivateAddresses: false });
    expect(await refusalOf(strict.prepare({ url: `${site.base}/jsonld-only` }))).toMatch(/loopback address/);
  });
});

describe('preparing an article from a file', () => {
  it('a .txt file: its first line is the headline; the outlet must be given', async () => {
    const { maintenance } = await maintained();
    const text = `${LAWSUIT.headline}\n2 days ago\n${LAWSUIT.body.replace(/\n\n## [^\n]+/g, '').replace(/\n\n/g, '\n')}\n`;
    const missing = await maintenance.prepare({ fileName: 'falconry.txt', text });
    expect(missing).toMatchObject({ ok: false, missing: 'outlet' });
    const draft = draftOf(await maintenance.prepare({ fileName: 'falconry.txt', text }, { outlet: LAWSUIT.outlet }));
    expect(draft.fields).toEqual({ id: expect.stringMatching(/^baku-evening-courier-falconry/), outlet: LAWSUIT.outlet, title: LAWSUIT.headline, source: 'falconry.txt' });
    expect(draft.body).toBe(LAWSUIT.body);
    expect(draft.stripped).toEqual(['2 days ago']);
  });

  it('a .md file with front matter, and an .html file with only <title> and <h1>', async () => {
    const { maintenance } = await maintained();
    const markdown = `---\noutlet: "${COMPENSATION.outlet}"\ntitle: "${COMPENSATION.headline}"\nurl: "https://caspian.example/flamingo"\n---\n\n${COMPENSATION.body}\n`;
    const fromMarkdown = draftOf(await maintenance.prepare({ fileName: 'flamingo.md', text: markdown }));
    expect(fromMarkdown.fields).toMatchObject({ outlet: COMPENSATION.outlet, title: COMPENSATION.headline, url: 'https://caspian.example/flamingo', source: 'flamingo.md' });
    expect(fromMarkdown.body).toBe(COMPENSATION.body);
    const html = `<html><head><title>Falconers saw the plane | Site</title></head><body><article><h1>Falconers saw the plane</h1>${LAWSUIT.body
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    expect(await maintenance.prepare({ fileName: 'page.html', text: html })).toMatchObject({ ok: false, missing: 'outlet' });
    expect(draftOf(await maintenance.prepare({ fileName: 'page.html', text: html }, { outlet: 'Site' })).fields.title).toBe('Falconers saw the plane');
  });

  it('refuses other file types and too little text', async () => {
    const { maintenance } = await maintained();
    expect(await refusalOf(maintenance.prepare({ fileName: 'report.pdf', text: '%PDF' }))).toMatch(/not an article file: use \.html, \.md, \.txt/);
    const short = 'Headline\nOne sentence here. Two sentences here.\nThree sentences. Four.';
    expect(await refusalOf(maintenance.prepare({ fileName: 'short.txt', text: short }, { outlet: 'X' }))).toMatch(/only 4 sentences .* at least 5/);
  });
});

describe('writeFileAtomically', () => {
  it('writes the whole file under its name, or nothing: no temporary file is left behind', async () => {
    const folder = await temp.make();
    await writeFileAtomically(folder, 'a.md', 'the text');
    expect(await fs.readdir(folder)).toEqual(['a.md']);
    expect(await fs.readFile(path.join(folder, 'a.md'), 'utf8')).toBe('the text');
    // A non-empty folder of that name cannot be replaced by a rename.
    await fs.mkdir(path.join(folder, 'taken.md'));
    await fs.writeFile(path.join(folder, 'taken.md', 'inside'), 'x');
    await expect(writeFileAtomically(folder, 'taken.md', 'other text')).rejects.toThrow();
    expect((await fs.readdir(folder)).sort()).toEqual(['a.md', 'taken.md']);
  });
});

describe('adding, removing and restoring', () => {
  it('adds: an atomic write with the front matter, a reload, and the article is answerable at once', async () => {
    const { folder, engine, maintenance } = await maintained();
    const draft = draftOf(await maintenance.prepare({ url: `${site.base}/jsonld-only` }));
    expect(engine.ask(COMPENSATION.question).passages.map((p) => p.outlet)).not.toContain(COMPENSATION.outlet);
    const result = await maintenance.add(draft, '1316000000000000123');
    expect(result).toMatchObject({ ok: true, id: draft.fields.id, report: { added: [draft.fields.id] } });
    const file = `${draft.fields.id}.md`;
    expect((await fs.readdir(folder)).filter((name) => name.startsWith('.'))).toEqual([]);
    const written = parseArticle(file, await fs.readFile(path.join(folder, file), 'utf8')).article!;
    expect(written).toMatchObject({ ...draft.fields, body: COMPENSATION.body, addedBy: '1316000000000000123' });
    expect(Date.now() - Date.parse(written.added!)).toBeLessThan(60_000);
    const answer = engine.ask(COMPENSATION.question);
    expect(answer.passages).toContainEqual(expect.objectContaining({ outlet: COMPENSATION.outlet, text: expect.stringContaining(COMPENSATION.answerContains) }));
    // The same address again, even by another route, is a duplicate.
    expect(await refusalOf(maintenance.prepare({ url: `${site.base}/redirect/3` }))).toMatch(/already in the knowledge folder as `caspian-daily-wire-families.*same address/);
  });

  it('takes one change at a time: the same article added twice at once is added once', async () => {
    const { folder, maintenance } = await maintained();
    const [first, second] = await Promise.all([maintenance.prepare({ url: `${site.base}/meta-only` }), maintenance.prepare({ url: `${site.base}/meta-only` })]);
    const results = await Promise.all([maintenance.add(draftOf(first), 'a'), maintenance.add(draftOf(second), 'b')]);
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/already in the knowledge folder .* same address/) });
    expect((await fs.readdir(folder)).filter((name) => name.startsWith('baku-evening-courier'))).toHaveLength(1);
  });

  it('rolls back when the reload refuses the folder: the new file moves out, the old index keeps serving', async () => {
    const { folder, engine, maintenance } = await maintained();
    const draft = draftOf(await maintenance.prepare({ url: `${site.base}/jsonld-only` }));
    await fs.writeFile(path.join(folder, 'zz-broken.md'), '---\nid: broken\n---\n\nNo outlet.\n');
    const served = engine.knowledgeBase;
    const result = await maintenance.add(draft, 'cli');
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/nothing was changed/), problems: expect.arrayContaining([expect.objectContaining({ file: 'zz-broken.md' })]) });
    expect(await fs.readdir(folder)).not.toContain(`${draft.fields.id}.md`);
    expect(await fs.readdir(path.join(folder, '.removed'))).toEqual([`${draft.fields.id}.md`]);
    expect(engine.knowledgeBase).toBe(served);
  });

  it('removes into .removed/ and restores from it, reloading each time', async () => {
    const { folder, engine, maintenance } = await maintained();
    const before = await fs.readFile(path.join(folder, 't-online-kremlin-chief-apologizes.md'), 'utf8');
    expect(await maintenance.remove('t-online-putin-apologizes')).toMatchObject({ ok: true, report: { removed: ['t-online-putin-apologizes'] } });
    expect(engine.articles().map((a) => a.id)).not.toContain('t-online-putin-apologizes');
    expect(await fs.readdir(path.join(folder, '.removed'))).toEqual(['t-online-kremlin-chief-apologizes.md']);
    expect(await maintenance.removed()).toEqual([expect.objectContaining({ id: 't-online-putin-apologizes', outlet: 't-online' })]);
    expect(await maintenance.remove('t-online-putin-apologizes')).toMatchObject({ ok: false, reason: expect.stringMatching(/no article has the id/) });

    expect(await maintenance.restore('t-online-putin-apologizes')).toMatchObject({ ok: true, report: { added: ['t-online-putin-apologizes'] } });
    expect(await fs.readFile(path.join(folder, 't-online-kremlin-chief-apologizes.md'), 'utf8')).toBe(before);
    expect(await maintenance.restore('t-online-putin-apologizes')).toMatchObject({ ok: false, reason: expect.stringMatching(/already being served/) });
  });

  it('restores the latest removal of an article removed many times, numbering each new copy after the highest', async () => {
    const { folder, maintenance } = await maintained();
    const live = 'newsweek-uk-rejects-putin-apology.md';
    const before = await fs.readFile(path.join(folder, live), 'utf8');
    // Earlier removals, copy 3 restored meanwhile by hand: the un-numbered copy is the oldest.
    await fs.mkdir(path.join(folder, '.removed'));
    for (const copy of ['', '.2', '.10']) {
      await fs.writeFile(path.join(folder, '.removed', `newsweek-uk-rejects-putin-apology${copy}.md`), before.replace(/^title: .*$/m, `title: "Removed copy${copy}"`));
    }
    expect((await maintenance.removed()).map((a) => a.title)).toEqual(['Removed copy', 'Removed copy.2', 'Removed copy.10']);
    expect(await maintenance.remove('newsweek-uk-rejects-apology')).toMatchObject({ ok: true });
    expect(await fs.readdir(path.join(folder, '.removed'))).toContain('newsweek-uk-rejects-putin-apology.11.md');
    expect(await maintenance.restore('newsweek-uk-rejects-apology')).toMatchObject({ ok: true });
    expect(await fs.readFile(path.join(folder, live), 'utf8')).toBe(before);
    expect(await maintenance.remove('newsweek-uk-rejects-apology')).toMatchObject({ ok: true });
    expect(await maintenance.restore('newsweek-uk-rejects-apology')).toMatchObject({ ok: true });
    expect(await fs.readFile(path.join(folder, live), 'utf8')).toBe(before);
  });

  it('refuses to restore an article the folder has again meanwhile, as add refuses it', async () => {
    const { folder, engine, maintenance } = await maintained();
    const text = await fs.readFile(path.join(folder, 't-online-kremlin-chief-apologizes.md'), 'utf8');
    expect(await maintenance.remove('t-online-putin-apologizes')).toMatchObject({ ok: true });
    await writeFileAtomically(folder, 'again.md', text.replace('id: "t-online-putin-apologizes"', 'id: "again"'));
    expect(await engine.reload()).toMatchObject({ ok: true });
    expect(await maintenance.restore('t-online-putin-apologizes')).toEqual({
      ok: false,
      reason: '100% of its sentences are already in `again` (t-online: “After plane crash: Kremlin chief Putin apologizes”)',
    });
    expect(await fs.readdir(path.join(folder, '.removed'))).toEqual(['t-online-kremlin-chief-apologizes.md']);
  });

  it('puts a removed article back when the reload refuses the folder', async () => {
    const { folder, engine, maintenance } = await maintained();
    await fs.writeFile(path.join(folder, 'zz-broken.md'), 'no front matter');
    const result = await maintenance.remove('newsweek-uk-rejects-apology');
    expect(result).toMatchObject({ ok: false, problems: [expect.objectContaining({ file: 'zz-broken.md' })] });
    expect(await fs.readdir(folder)).toContain('newsweek-uk-rejects-putin-apology.md');
    expect(engine.articles().map((a) => a.id)).toContain('newsweek-uk-rejects-apology');
  });
});
