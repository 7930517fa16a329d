import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProblem, KnowledgeError, type KnowledgeProblem } from '../../src/knowledge/knowledge-error.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { parseArticle } from '../../src/knowledge/parse-article.js';
import { articleFile, fieldsFor, KNOWLEDGE_DIR, TempDirs, writeArticle } from '../support/knowledge-folder.js';

const temp = new TempDirs();
afterAll(() => temp.removeAll());

const BODY = 'The plane crashed near Aktau. Officials said so.';

function problemsOf(text: string): KnowledgeProblem[] {
  const result = parseArticle('a.md', text);
  expect(result.article).toBeUndefined();
  return result.problems;
}

/** The loader's error for a folder, which it must throw. */
async function loadError(folder: string): Promise<KnowledgeError> {
  const error = await loadKnowledge(folder).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

describe('parseArticle: a valid file', () => {
  it('returns the front matter, the trimmed body and where the body starts', () => {
    const result = parseArticle('a.md', articleFile(fieldsFor('a', { url: 'https://example.com/a', published: '12/28/24' }), BODY));
    expect(result.problems).toEqual([]);
    expect(result.article).toMatchObject({ id: 'a', outlet: 'Outlet of a', file: 'a.md', body: BODY, url: 'https://example.com/a' });
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const text = '\uFEFF' + articleFile(fieldsFor('a'), BODY).replace(/\n/g, '\r\n');
    expect(parseArticle('a.md', text).article?.id).toBe('a');
  });
});

describe('parseArticle: each problem names the file, the field or line, and what is wrong', () => {
  it('a missing required field', () => {
    for (const field of ['id', 'outlet', 'title']) {
      const { [field]: _dropped, ...rest } = fieldsFor('a');
      expect(problemsOf(articleFile(rest, BODY))).toEqual([{ file: 'a.md', field, message: 'is missing; this field is required' }]);
    }
  });

  it('a missing source, when there is no url either', () => {
    const { source: _dropped, ...rest } = fieldsFor('a');
    expect(problemsOf(articleFile(rest, BODY))).toEqual([{ file: 'a.md', field: 'source', message: "is missing; name the source file, or give the article's `url`" }]);
  });

  it('no source is needed with a url; added and addedBy are kept, and added must be a timestamp', () => {
    const { source: _dropped, ...rest } = fieldsFor('a');
    const web = { ...rest, url: 'https://news.example/a', added: '2026-12-03T08:00:00.000Z', addedBy: 'cli' };
    expect(parseArticle('a.md', articleFile(web, BODY)).article).toMatchObject({ url: 'https://news.example/a', addedBy: 'cli' });
    const [problem] = problemsOf(articleFile({ ...web, added: 'yesterday' }, BODY));
    expect(problem).toMatchObject({ file: 'a.md', field: 'added', line: 6 });
  });

  it('an empty or blank outlet, pointing at its line', () => {
    for (const outlet of ['', '   ']) {
      const [problem] = problemsOf(articleFile(fieldsFor('a', { outlet }), BODY));
      expect(problem).toMatchObject({ file: 'a.md', field: 'outlet', line: 3 });
      expect(problem!.message).toMatch(/must name the news outlet/);
    }
  });

  it('a field of the wrong type', () => {
    const [problem] = problemsOf(`---\nid: a\noutlet: 3\ntitle: T\nsource: s\n---\n${BODY}`);
    expect(problem).toEqual({ file: 'a.md', field: 'outlet', line: 3, message: 'must be text, not a number (3)' });
    const [list] = problemsOf(`---\nid: a\noutlet: X\ntitle: [a, b]\nsource: s\n---\n${BODY}`);
    expect(list).toEqual({ file: 'a.md', field: 'title', line: 4, message: 'must be text, not a list' });
    const [empty] = problemsOf(`---\nid: a\noutlet:\ntitle: T\nsource: s\n---\n${BODY}`);
    expect(empty).toEqual({ file: 'a.md', field: 'outlet', line: 3, message: 'must be text, not empty' });
    const [flag] = problemsOf(`---\nid: a\noutlet: X\ntitle: T\ntitleIsEditorial: "yes"\nsource: s\n---\n${BODY}`);
    expect(flag).toEqual({ file: 'a.md', field: 'titleIsEditorial', line: 5, message: 'must be true or false, not a string (yes)' });
  });

  it('an id that is not a lower-case slug, and a bad url', () => {
    const problems = problemsOf(articleFile(fieldsFor('Not A Slug', { url: 'not a url' }), BODY));
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['id', 2],
      ['url', 6],
    ]);
    expect(problems[0]!.message).toMatch(/lower-case letters, digits and dashes/);
    expect(problems[1]!.message).toMatch(/URL/i);
  });

  it('an id longer than Discord lets /article offer (100 characters)', () => {
    const longest = `a-${'x'.repeat(98)}`;
    expect(parseArticle('a.md', articleFile(fieldsFor(longest), BODY)).article?.id).toBe(longest);
    expect(problemsOf(articleFile(fieldsFor(`${longest}x`), BODY))).toEqual([
      { file: 'a.md', line: 2, field: 'id', message: 'is 101 characters long; an id may have at most 100 (Discord shows ids in lists that allow no more)' },
    ]);
  });

  it('an unknown key (a typo), naming the key and its line', () => {
    const [problem] = problemsOf(articleFile({ ...fieldsFor('a'), outlt: 'Newsweek' }, BODY));
    expect(problem).toMatchObject({ file: 'a.md', field: 'outlt', line: 6 });
    expect(problem!.message).toMatch(/unknown field.*allowed: id, outlet, title/);
  });

  it('malformed YAML, with the file line (not the front-matter line)', () => {
    const [unclosed] = problemsOf(`---\nid: a\noutlet: X\ntitle: [T\nsource: s\n---\n${BODY}`);
    expect(unclosed).toMatchObject({ file: 'a.md' });
    expect(unclosed!.line).toBeGreaterThanOrEqual(4);
    expect(unclosed!.message).toMatch(/^front matter is not valid YAML: /);
    expect(unclosed!.message).not.toMatch(/at line \d/); // yaml's own count is off by one against the file

    const [duplicate] = problemsOf(`---\nid: a\noutlet: X\noutlet: Y\ntitle: T\nsource: s\n---\n${BODY}`);
    expect(duplicate).toEqual({ file: 'a.md', line: 4, message: 'front matter is not valid YAML: Map keys must be unique' });
  });

  it('front matter that is not a map of fields', () => {
    expect(problemsOf(`---\njust some text\n---\n${BODY}`)).toEqual([{ file: 'a.md', line: 2, message: expect.stringMatching(/`field: value` lines/) }]);
    expect(problemsOf(`---\n- a\n- b\n---\n${BODY}`)[0]!.message).toMatch(/`field: value` lines/);
  });

  it('no front matter, or front matter never closed', () => {
    expect(problemsOf(BODY)).toEqual([{ file: 'a.md', line: 1, message: 'must start with a `---` line opening the front matter' }]);
    expect(problemsOf(`---\nid: a\n${BODY}`)).toEqual([{ file: 'a.md', line: 1, message: 'front matter is never closed by a second `---` line' }]);
  });

  it('an empty or blank body, pointing at the line after the front matter', () => {
    expect(problemsOf(articleFile(fieldsFor('a'), ''))).toEqual([{ file: 'a.md', line: 7, message: 'the article body is empty' }]);
    expect(problemsOf(articleFile(fieldsFor('a'), ' \n\t\n'))).toEqual([{ file: 'a.md', line: 7, message: 'the article body is empty' }]);
  });

  it('every problem in one file, not just the first', () => {
    const problems = problemsOf(`---\nid: BAD\ntitle: 5\nsource: s\nextra: x\n---\n${BODY}`);
    expect(problems.map((p) => p.field).sort()).toEqual(['extra', 'id', 'outlet', 'title']);
  });

  it('describeProblem words it as "file, line n, field: message"', () => {
    expect(describeProblem({ file: 'a.md', line: 3, field: 'outlet', message: 'is missing' })).toBe('a.md, line 3, outlet: is missing');
    expect(describeProblem({ file: 'a.md', message: 'is binary' })).toBe('a.md: is binary');
  });
});

describe('loadKnowledge', () => {
  it('loads the five curated articles with their outlets', async () => {
    const articles = await loadKnowledge(KNOWLEDGE_DIR);
    expect(articles.map((a) => [a.id, a.outlet])).toEqual([
      ['newsweek-putin-apologizes', 'Newsweek'],
      ['newsweek-uk-rejects-apology', 'Newsweek'],
      ['t-online-putin-apologizes', 't-online'],
      ['unknown-apology-without-fault', 'Unknown outlet'],
      ['unknown-rare-apology', 'Unknown outlet'],
    ]);
    for (const article of articles) expect(article.body.length).toBeGreaterThan(500);
  });

  it('shows a title the source did not print as a plain title, marked editorial only in the front matter', async () => {
    const articles = await loadKnowledge(KNOWLEDGE_DIR);
    expect(articles.filter((a) => a.titleIsEditorial).map((a) => a.id)).toEqual(['newsweek-putin-apologizes', 'unknown-rare-apology']);
    for (const article of articles) expect(article.title).not.toMatch(/untitled/i);
  });

  it('ignores files that are not .md', async () => {
    const folder = await temp.make();
    await writeArticle(folder, 'a.md', fieldsFor('a'), BODY);
    await fs.writeFile(path.join(folder, 'notes.txt'), 'not an article');
    expect((await loadKnowledge(folder)).map((a) => a.id)).toEqual(['a']);
  });

  it('ignores removed articles in .removed/ and hidden files (a write in progress)', async () => {
    const folder = await temp.make();
    await writeArticle(folder, 'a.md', fieldsFor('a'), BODY);
    await fs.mkdir(path.join(folder, '.removed'));
    await writeArticle(path.join(folder, '.removed'), 'a.md', fieldsFor('a'), BODY);
    await fs.writeFile(path.join(folder, '.b.md'), 'half-written');
    expect((await loadKnowledge(folder)).map((a) => a.id)).toEqual(['a']);
  });

  it('names the folder itself without its path', async () => {
    const error = await loadError(await temp.make());
    expect(error.problems).toEqual([{ file: '.', message: 'contains no .md article files' }]);
    expect(describeProblem(error.problems[0]!)).toBe('the knowledge folder: contains no .md article files');
  });

  it('refuses an id used by two files, naming both', async () => {
    const folder = await temp.make();
    await writeArticle(folder, 'a.md', fieldsFor('same'), BODY);
    await writeArticle(folder, 'b.md', fieldsFor('same'), BODY);
    const error = await loadError(folder);
    expect(error.problems).toEqual([{ file: 'b.md', field: 'id', message: '"same" is already used by a.md' }]);
  });

  it('lists the problems of every bad file at once, and says how many', async () => {
    const folder = await temp.make();
    await writeArticle(folder, 'good.md', fieldsFor('good'), BODY);
    await writeArticle(folder, 'no-outlet.md', fieldsFor('x', { outlet: '' }), BODY);
    await writeArticle(folder, 'no-body.md', fieldsFor('y'), '');
    const error = await loadError(folder);
    expect(error.problems.map((p) => p.file)).toEqual(['no-body.md', 'no-outlet.md']);
    expect(error.message.split('\n')[0]).toBe(`the knowledge folder ${folder}/ has 2 problems:`);
    expect(error.message).toContain('no-outlet.md, line 3, outlet: must name the news outlet');
    expect(error.message).toContain('no-body.md, line 7: the article body is empty');
  });
});
