import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitArticle, splitParagraph } from '../../src/sentences/split-sentences.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import { knowledgeArticles } from '../support/knowledge-folder.js';

/** Hand-checked segmentation of knowledge/: per article, its sections in order (heading, then sentences). */
type Gold = Record<string, Array<{ heading: string | null; sentences: string[] }>>;
const gold: Gold = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/gold-sentences.json'), 'utf8'));

describe('splitter against the hand-checked gold segmentation of knowledge/', async () => {
  const articles = await knowledgeArticles();

  it('covers exactly the five articles', () => {
    expect(Object.keys(gold).sort()).toEqual(articles.map((a) => a.id).sort());
  });

  for (const article of articles) {
    describe(article.id, () => {
      const sentences = splitArticle(article);
      const sections = gold[article.id] ?? [];

      it('splits into the gold sentences', () => {
        expect(sentences.map((s) => s.text)).toEqual(sections.flatMap((s) => s.sentences));
      });

      it('keeps every sentence a verbatim slice of the body, with its article', () => {
        sentences.forEach((sentence) => {
          expect(sentence.articleId).toBe(article.id);
          expect(sentence.paragraphText.slice(sentence.offset, sentence.offset + sentence.text.length)).toBe(sentence.text);
          expect(article.body.includes(sentence.paragraphText)).toBe(true);
          expect(sentence.text).toBe(sentence.text.trim());
        });
      });

      it('never glues a heading onto a sentence', () => {
        const headings = article.body.split('\n').filter((line) => line.startsWith('#')).map((line) => line.replace(/^#+\s*/, ''));
        for (const sentence of sentences) {
          expect(sentence.text.startsWith('#')).toBe(false);
          for (const heading of headings) expect(sentence.text.includes(heading)).toBe(false);
        }
      });
    });
  }
});

describe('splitParagraph', () => {
  const cases: Array<[string, string, string[]]> = [
    ['"U.S." inside a sentence', 'NBC said the U.S. had intelligence. It cited officials.', ['NBC said the U.S. had intelligence.', 'It cited officials.']],
    ['spaced "U. S."', 'U. S. officials said Moscow was to blame. Baku did not.', ['U. S. officials said Moscow was to blame.', 'Baku did not.']],
    ['"U.S.-based"', 'The U.S.-based think tank spoke. Then it stopped.', ['The U.S.-based think tank spoke.', 'Then it stopped.']],
    ['"a.m." before a time zone', 'It departed at 3:55 a.m. UTC on Wednesday. It crashed.', ['It departed at 3:55 a.m. UTC on Wednesday.', 'It crashed.']],
    ['"p.m." before a weekday', 'It left at 10:55 p.m. Tuesday and flew on. Nobody knew.', ['It left at 10:55 p.m. Tuesday and flew on.', 'Nobody knew.']],
    ['"p.m." ending a sentence', 'The call ended at 4 p.m. The Kremlin then spoke.', ['The call ended at 4 p.m.', 'The Kremlin then spoke.']],
    ['times like 3:55 do not split', 'At 3:55 the plane left.', ['At 3:55 the plane left.']],
    ['titles', 'Mr. Putin called Dr. Aliyev. They spoke.', ['Mr. Putin called Dr. Aliyev.', 'They spoke.']],
    ['initials', 'George W. Bush and John F. Kennedy were not involved. Nobody said so.', ['George W. Bush and John F. Kennedy were not involved.', 'Nobody said so.']],
    ['quotation ending in ."', 'He said "it was reckless." The UK agreed.', ['He said "it was reckless."', 'The UK agreed.']],
    ['quotation ending in .”', 'He said “it was reckless.” The UK agreed.', ['He said “it was reckless.”', 'The UK agreed.']],
    ['a quotation running over two sentences', '“Russia must explain. The priority is an inquiry,” he said.', ['“Russia must explain.', 'The priority is an inquiry,” he said.']],
    ['question and exclamation marks', 'Was it shot down? Nobody knows! Officials are silent.', ['Was it shot down?', 'Nobody knows!', 'Officials are silent.']],
    ['an ellipsis inside a sentence', 'Putin apologizes to Aliyev…he did not admit it.', ['Putin apologizes to Aliyev…he did not admit it.']],
    ['an ellipsis before lower case', 'He paused … and then went on.', ['He paused … and then went on.']],
    ['an ellipsis ending a sentence', 'He trailed off... Then he left.', ['He trailed off...', 'Then he left.']],
    ['a misprinted closing “ at paragraph end', 'It caused a complete loss of control. “', ['It caused a complete loss of control. “']],
    ['a misprinted closing “ before the next sentence', 'He called for “a thorough investigation. “He said more.', ['He called for “a thorough investigation. “', 'He said more.']],
    ['an opening “ after a closed quotation starts the next sentence', 'He said “no.” “Yes,” she said.', ['He said “no.”', '“Yes,” she said.']],
    ['"No." before a number', 'It was flight No. 8243 from Baku.', ['It was flight No. 8243 from Baku.']],
    ['"no." ending a sentence', 'Asked if it was a missile, he said no. The Kremlin agreed.', ['Asked if it was a missile, he said no.', 'The Kremlin agreed.']],
    ['lower case after a period does not split', 'Officials vs. reporters disagreed.', ['Officials vs. reporters disagreed.']],
    ['a sentence starting with a digit', 'The toll rose. 38 people died.', ['The toll rose.', '38 people died.']],
  ];
  it.each(cases)('%s', (_name, paragraph, expected) => {
    expect(splitParagraph(paragraph)).toEqual(expected);
  });
});

describe('splitArticle on Markdown structure', () => {
  const split = (body: string) => splitArticle({ id: 'test', body });

  it('keeps headings out of sentences, and ends a paragraph at a heading even without a blank line', () => {
    const sentences = split('Intro here.\n## What To Know\nThe plane crashed. It burned.\n\n### Next\nAn inquiry began.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Intro here.', 0],
      ['The plane crashed.', 1],
      ['It burned.', 1],
      ['An inquiry began.', 2],
    ]);
  });

  it('numbers paragraphs', () => {
    expect(split('One. Two.\n\nThree.').map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('reads a paragraph wrapped over several lines as one paragraph', () => {
    const body = 'The plane crashed near Aktau, killing\n38 people. It was flying from Baku.\nNobody expected it.';
    const sentences = split(body);
    expect(sentences.map((s) => s.text)).toEqual(['The plane crashed near Aktau, killing\n38 people.', 'It was flying from Baku.', 'Nobody expected it.']);
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(1);
    for (const s of sentences) expect(body.includes(s.text)).toBe(true);
  });

  it('handles Windows line endings and stays verbatim', () => {
    const body = 'First line. Second.\r\n\r\n## Head\r\nThird one.';
    const sentences = split(body);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['First line.', 0],
      ['Second.', 0],
      ['Third one.', 1],
    ]);
    for (const s of sentences) expect(body.includes(s.paragraphText)).toBe(true);
  });
});
