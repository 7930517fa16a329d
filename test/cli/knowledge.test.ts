// `npm run knowledge` run as a moderator runs it: the compiled program in a child process, on a
// temporary copy of knowledge/, fetching from the loopback news site.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPENSATION, LAWSUIT } from '../support/fresh-articles.js';
import { knowledgeArticles, TempDirs } from '../support/knowledge-folder.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';
import { run, runAsk, runKnowledge, runKnowledgeAtTerminal } from '../support/run-cli.js';

const temp = new TempDirs();
let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite(await knowledgeArticles());
});
afterAll(async () => {
  await site.close();
  await temp.removeAll();
});

/** A copy of knowledge/ and the settings that point the program at it. */
async function folderAndEnv() {
  const folder = await temp.copyOfKnowledge();
  return { folder, env: { KNOWLEDGE_DIR: folder, KNOWLEDGE_FETCH_ALLOW_PRIVATE: 'true' } };
}

/** A path as typed at a shell: quoted when it has spaces. */
const shellWord = (file: string) => (/\s/.test(file) ? `'${file}'` : file);

/** The falconry article as a .txt file: headline, then one paragraph per line. */
async function falconryFile(): Promise<string> {
  const file = path.join(await temp.make('upload-'), 'falconry.txt');
  await fs.writeFile(file, `${LAWSUIT.headline}\n${LAWSUIT.body.replace(/\n\n/g, '\n')}\n`);
  return file;
}

describe.concurrent('check and list', () => {
  it('check passes on the shipped folder with a one-line summary', async () => {
    const { KNOWLEDGE_DIR: _unset, ...env } = process.env;
    const run = await runKnowledge(['check'], env as Record<string, string>);
    expect(run).toEqual({ code: 0, stdout: 'knowledge is valid: 5 articles, 116 sentences.\n', stderr: '' });
  });

  it('check lists every problem by file, exits 1, and warns about ignored files', async () => {
    const { folder, env } = await folderAndEnv();
    await fs.writeFile(path.join(folder, 'zz-broken.md'), '---\nid: broken\n---\n\nText.\n');
    await fs.writeFile(path.join(folder, 'notes.txt'), 'an article saved as text');
    const run = await runKnowledge(['check'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('warning: notes.txt is ignored: only .md files are articles');
    expect(run.stderr).toContain('has 2 problem(s):');
    expect(run.stderr).toContain('  - zz-broken.md, outlet: is missing; this field is required');
    expect(run.stderr).toContain('  - zz-broken.md, title: is missing');
  });

  it.each(['notes.txt', 'my notes.txt'])("check's advice for a stray %s is a command that works where it was run", async (name) => {
    const { folder, env } = await folderAndEnv();
    await fs.writeFile(path.join(folder, name), `${LAWSUIT.headline}\n${LAWSUIT.body.replace(/\n\n/g, '\n')}\n`);
    // Above the folder, the path from there; elsewhere, the whole path.
    const elsewhere = await temp.make();
    for (const cwd of [path.dirname(folder), elsewhere]) {
      const checked = await run('knowledge', ['check'], { env, cwd });
      const advised = /\(npm run knowledge -- add (.+) converts one\)/.exec(checked.stderr)?.[1];
      expect(advised, checked.stderr).toBe(shellWord(cwd === elsewhere ? path.join(folder, name) : path.join(path.basename(folder), name)));
      const file = advised!.replace(/^'(.*)'$/, '$1');
      const added = await run('knowledge', ['add', file, '--outlet', LAWSUIT.outlet], { env, cwd });
      expect(added.stdout).toContain(`  File:      ${name}`);
    }
  });

  it('check refuses an article the folder has twice, naming both files', async () => {
    const { folder, env } = await folderAndEnv();
    const text = await fs.readFile(path.join(folder, 'newsweek-uk-rejects-putin-apology.md'), 'utf8');
    await fs.writeFile(path.join(folder, 'zz-again.md'), text.replace('id: "newsweek-uk-rejects-apology"', 'id: "again"').replace('outlet: "Newsweek"', 'outlet: "Another Outlet"'));
    const run = await runKnowledge(['check'], env);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('has 2 problem(s):');
    expect(run.stderr).toContain('  - newsweek-uk-rejects-putin-apology.md: repeats another article: 100% of its sentences are already in `again` (Another Outlet: “');
    expect(run.stderr).toContain('  - zz-again.md: repeats another article: 100% of its sentences are already in `newsweek-uk-rejects-apology` (Newsweek: “');
  });

  it('list shows each article with its outlet, date and sentences', async () => {
    const { env } = await folderAndEnv();
    const run = await runKnowledge(['list'], env);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(5);
    expect(run.stdout).toContain('t-online-putin-apologizes  ·  t-online  ·  12/28/2024 – 2:40 p.m  ·  24 sentences  ·  After plane crash: Kremlin chief Putin apologizes');
  });

  it('refuses bad usage and a bad date with exit 2', async () => {
    const { env } = await folderAndEnv();
    expect((await runKnowledge(['add'], env)).code).toBe(2);
    const badDate = await runKnowledge(['add', 'x.txt', '--published', '28/12/2024'], env);
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringContaining('--published must be a date written YYYY-MM-DD') });
  });
});

describe.concurrent('add', () => {
  it('adds a local .txt file with --outlet and --yes; the article answers at once', async () => {
    const { folder, env } = await folderAndEnv();
    const run = await runKnowledge(['add', await falconryFile(), '--outlet', LAWSUIT.outlet, '--published', '2025-02-03', '--yes'], env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`  Outlet:    ${LAWSUIT.outlet}`);
    expect(run.stdout).toContain('  Sentences: 6');
    expect(run.stdout).toMatch(/Added baku-evening-courier-falconry-club-pilots-testify-about-the\. Reloaded in \d+ ms; sentences 116 → 122; added: baku-evening/);
    const file = await fs.readFile(path.join(folder, 'baku-evening-courier-falconry-club-pilots-testify-about-the.md'), 'utf8');
    expect(file).toMatch(/^---\nid: "baku-evening-courier-falconry-club-pilots-testify-about-the"\noutlet: "Baku Evening Courier"\ntitle: "Falconry club pilots testify about the day flight J2-8243 crashed"\npublished: "2025-02-03"\nsource: "falconry.txt"\nadded: "[^"]+"\naddedBy: "cli"\n---\n\n/);
    const answer = await runAsk(['--knowledge', folder, LAWSUIT.question]);
    expect(answer.stdout).toContain(`— ${LAWSUIT.outlet}`);
    expect((await runKnowledge(['check'], env)).code).toBe(0);
  });

  it('adds from a web address, taking the outlet from the page', async () => {
    const { folder, env } = await folderAndEnv();
    const run = await runKnowledge(['add', `${site.base}/jsonld-only`, '--yes'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  URL:       ${site.base}/jsonld-only`);
    expect(run.stdout).toContain(`  1. ${COMPENSATION.body.split('\n')[0]}`);
    expect(run.stdout).toContain('Left out as page furniture');
    expect(await fs.readdir(folder)).toContain('caspian-daily-wire-families-of-j2-8243-passengers-meet-at.md');
  });

  it('refuses a file that is not UTF-8 text, or missing, saying which', async () => {
    const { env } = await folderAndEnv();
    const latin1 = path.join(await temp.make('upload-'), 'latin1.txt');
    await fs.writeFile(latin1, Buffer.from(`${LAWSUIT.headline}\nCaf\xe9 owners in Aktau said so.\n`, 'latin1'));
    expect(await runKnowledge(['add', latin1, '--outlet', 'X', '--yes'], env)).toEqual({ code: 1, stdout: '', stderr: `Not added: ${latin1} is not UTF-8 text.\n` });
    const missing = path.join(path.dirname(latin1), 'missing.txt');
    expect(await runKnowledge(['add', missing, '--outlet', 'X', '--yes'], env)).toEqual({ code: 1, stdout: '', stderr: `Not added: ${missing} does not exist.\n` });
  });

  it('refuses a Markdown file whose front matter is not valid YAML, saying where', async () => {
    const { env } = await folderAndEnv();
    const file = path.join(await temp.make('upload-'), 'broken.md');
    await fs.writeFile(file, `---\ntitle: "${LAWSUIT.headline}"\noutlet: [unclosed\n---\n\n${LAWSUIT.body}\n`);
    expect(await runKnowledge(['add', file, '--yes'], env)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Not added: the front matter is not valid YAML (line 3: Flow sequence in block collection must be sufficiently indented and end with a ]).\n',
    });
  });

  it('without --yes and without a terminal, shows the preview and writes nothing', async () => {
    const { folder, env } = await folderAndEnv();
    const before = await fs.readdir(folder);
    const run = await runKnowledge(['add', await falconryFile(), '--outlet', LAWSUIT.outlet], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The article to add:');
    expect(run.stderr).toBe('Nothing was changed: confirming needs a terminal. Run it again with --yes to go ahead.\n');
    expect(await fs.readdir(folder)).toEqual(before);
  });

  it('at a terminal, asks for the missing outlet and for confirmation', async () => {
    const { folder, env } = await folderAndEnv();
    const run = await runKnowledgeAtTerminal(['add', await falconryFile()], env, [LAWSUIT.outlet, 'y']);
    expect(run.stdout).toContain('does not name its outlet. Outlet:');
    expect(run.stdout).toContain('Add this article? [y/N]');
    expect(run.stdout).toContain('Added baku-evening-courier');
    expect(run.code).toBe(0);
    expect(await fs.readdir(folder)).toContain('baku-evening-courier-falconry-club-pilots-testify-about-the.md');
  });

  it('without a terminal, a missing outlet is refused with how to give it', async () => {
    const { env } = await folderAndEnv();
    const run = await runKnowledge(['add', await falconryFile(), '--yes'], env);
    expect(run).toMatchObject({ code: 1, stderr: 'Not added: the file does not name its outlet; give it with --outlet.\n' });
  });

  it('refuses a duplicate, naming the article it duplicates', async () => {
    const { env } = await folderAndEnv();
    const run = await runKnowledge(['add', `${site.base}/articles/t-online-putin-apologizes`, '--yes'], env);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringMatching(/^Not added: 100% of its sentences are already in `t-online-putin-apologizes` \(t-online: “After plane crash/) });
  });
});

describe('remove and restore', () => {
  it('removes into .removed/ and restores, reloading each time', async () => {
    const { folder, env } = await folderAndEnv();
    const removed = await runKnowledge(['remove', 'newsweek-uk-rejects-apology', '--yes'], env);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed newsweek-uk-rejects-apology\. Reloaded in \d+ ms; sentences 116 → 87; .*removed: newsweek-uk-rejects-apology\./);
    expect(await fs.readdir(path.join(folder, '.removed'))).toEqual(['newsweek-uk-rejects-putin-apology.md']);
    const listed = await runKnowledge(['list'], env);
    expect(listed.stdout).toMatch(/Removed \(bring one back with `npm run knowledge -- restore ID`\):\nnewsweek-uk-rejects-apology  ·  Newsweek/);
    expect((await runKnowledge(['check'], env)).code).toBe(0);

    const restored = await runKnowledge(['restore', 'newsweek-uk-rejects-apology'], env);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Restored newsweek-uk-rejects-apology\. .*added: newsweek-uk-rejects-apology;/);
    expect(await fs.readdir(folder)).toContain('newsweek-uk-rejects-putin-apology.md');
    expect(await runKnowledge(['restore', 'newsweek-uk-rejects-apology'], env)).toMatchObject({ code: 1, stderr: expect.stringMatching(/already being served/) });
    expect(await runKnowledge(['remove', 'no-such-id', '--yes'], env)).toMatchObject({ code: 1, stderr: expect.stringMatching(/no article has the id no-such-id/) });
  });

  it('list tells the removed copies of one article apart, and restore brings back the newest', async () => {
    const { folder, env } = await folderAndEnv();
    const text = await fs.readFile(path.join(folder, 'newsweek-uk-rejects-putin-apology.md'), 'utf8');
    await runKnowledge(['remove', 'newsweek-uk-rejects-apology', '--yes'], env);
    for (const copy of [2, 10]) {
      await fs.writeFile(path.join(folder, '.removed', `newsweek-uk-rejects-putin-apology.${copy}.md`), text.replace(/^title: .*$/m, `title: "Removal ${copy}"`));
    }
    const listed = await runKnowledge(['list'], env);
    expect(listed.stdout.trimEnd().split('\n').slice(-3)).toEqual([
      'newsweek-uk-rejects-apology  ·  Newsweek  ·  Putin\'s Apology for Plane Crash Rejected As \'Reckless\' Actions Condemned  ·  .removed/newsweek-uk-rejects-putin-apology.md',
      'newsweek-uk-rejects-apology  ·  Newsweek  ·  Removal 2  ·  .removed/newsweek-uk-rejects-putin-apology.2.md',
      'newsweek-uk-rejects-apology  ·  Newsweek  ·  Removal 10  ·  .removed/newsweek-uk-rejects-putin-apology.10.md  (the newest: restore brings this one back)',
    ]);
    expect(await runKnowledge(['restore', 'newsweek-uk-rejects-apology'], env)).toMatchObject({ code: 0 });
    expect(await fs.readFile(path.join(folder, 'newsweek-uk-rejects-putin-apology.md'), 'utf8')).toContain('title: "Removal 10"');
  });
});
