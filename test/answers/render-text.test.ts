import { describe, expect, it } from 'vitest';
import type { Answer, Passage } from '../../src/answers/answer.js';
import { renderAnswerText } from '../../src/answers/render-text.js';

const passage = (text: string, overrides: Partial<Passage> = {}): Passage => ({
  text,
  outlet: 'Newsweek',
  articleId: 'nw',
  title: 'Putin apologizes',
  score: 1,
  alsoReportedBy: [],
  ...overrides,
});

describe('renderAnswerText', () => {
  it('numbers each verbatim passage, unaltered, and names its outlet and title', () => {
    const answer: Answer = {
      question: 'q',
      answered: true,
      passages: [passage('A total of 38 people were killed.'), passage('It crashed near Aktau.', { outlet: 't-online', title: 'After plane crash' })],
    };
    expect(renderAnswerText(answer)).toBe(
      [
        'Quoted word for word from the news articles:',
        '',
        '1. A total of 38 people were killed.',
        '   — Newsweek, “Putin apologizes”',
        '',
        '2. It crashed near Aktau.',
        '   — t-online, “After plane crash”',
      ].join('\n'),
    );
  });

  it('lists every other reporter with its title, so two "Unknown outlet" articles stay apart', () => {
    const answer: Answer = {
      question: 'q',
      answered: true,
      passages: [
        passage('Putin apologized.', {
          alsoReportedBy: [
            { outlet: 'Unknown outlet', articleId: 'u1', title: 'Apology without fault' },
            { outlet: 'Unknown outlet', articleId: 'u2', title: 'Rare apology' },
          ],
        }),
      ],
    };
    expect(renderAnswerText(answer).split('\n')[4]).toBe('   Also reported by: Unknown outlet, “Apology without fault”; Unknown outlet, “Rare apology”');
  });

  it('an abstention says so plainly', () => {
    const answer: Answer = {
      question: 'who won the world cup',
      answered: false,
      reason: 'not-covered',
      message: "The articles I have don't say.",
      passages: [],
    };
    expect(renderAnswerText(answer)).toBe("The articles I have don't say.");
  });
});
