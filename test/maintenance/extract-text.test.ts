// Articles saved as text: the seed copies the curated articles were made from, taken in as a
// moderator would add them, give exactly the curated articles' sentences.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown, extractPlainText } from '../../src/maintenance/extract-text.js';
import { splitArticle } from '../../src/sentences/split-sentences.js';
import { knowledgeArticles } from '../support/knowledge-folder.js';

const SEEDS = path.join(import.meta.dirname, '../fixtures/seeds');

describe('extractPlainText', () => {
  it.each([
    ['000_07ba7e63030ab1e4.txt', "Putin's Apology for Plane Crash Rejected As 'Reckless' Actions Condemned", ['2 days ago 6', 'Kazakhstan crash', 'Read Entire Article']],
    ['001_df469bdf0155ee65.txt', undefined, ['The Kremlin’s Response']],
    ['002_add6d5e3a510a7d6.txt', 'Putin apologizes for plane crash, without admitting Russia’s fault', ['Related posts']],
    ['003_63ad7653aed725de.txt', 'After plane crash: Kremlin chief Putin apologizes', ['Plane crash', 'Updated 12/28/2024 – 2:40 p.mReading time: 2 minutes']],
    ['004_58089becef6d4fc8.txt', undefined, ['In an article about', expect.stringMatching(/^Update 12\/28\/24/), expect.stringMatching(/^Brendan Cole is a Newsweek Senior News Reporter based in London, UK\. His focus/)]],
  ])('seed %s gives the curated article’s sentences, its headline and what it left out', async (seed, title, left) => {
    const curated = (await knowledgeArticles()).find((a) => a.source === seed)!;
    const extracted = extractPlainText(await fs.readFile(path.join(SEEDS, seed), 'utf8'));
    const sentences = (body: string) => splitArticle({ id: 'x', body }).map((s) => s.text);
    expect(sentences(extracted.paragraphs.join('\n\n'))).toEqual(sentences(curated.body));
    expect(extracted.metadata.title).toBe(title);
    expect(extracted.stripped).toEqual(expect.arrayContaining(left));
  });

  it('leaves out an author bio near the end, with the lines after it', () => {
    const prose = Array.from({ length: 4 }, (_, i) => `Paragraph ${i} of the story says something.`);
    const bio = ['Jane Roe is a senior correspondent based in Almaty.', 'She joined in 2019.', 'Follow her on X.'];
    expect(extractPlainText(['The headline', ...prose, ...bio].join('\n'))).toMatchObject({ paragraphs: prose, stripped: bio });
  });
});

describe('extractMarkdown', () => {
  it('keeps paragraphs and section headings, and reads the front matter', () => {
    const extracted = extractMarkdown('---\noutlet: "O"\nurl: "https://o.example/a"\nunknown: 1\n---\n\n# The headline\n\nFirst paragraph.\nStill the first.\n\n### A section\n\nSecond paragraph.\n');
    expect(extracted).toEqual({
      metadata: { outlet: 'O', canonicalUrl: 'https://o.example/a', title: 'The headline' },
      paragraphs: ['First paragraph.\nStill the first.', '## A section', 'Second paragraph.'],
      stripped: [],
    });
  });
});
