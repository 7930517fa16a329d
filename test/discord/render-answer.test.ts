// The Discord rendering of answers at the extremes the engine can produce, and of the real engine's
// answers to fuzzed questions: it must stay within every limit, ping nobody, and keep quotes
// verbatim (up to a marked cut) with their outlets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Passage } from '../../src/answers/answer.js';
import { cutAtWord } from '../../src/discord/fit-text.js';
import { renderAnswer } from '../../src/discord/render-answer.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { anyQuestion, FUZZ_RUNS, FUZZ_SEED } from '../support/fuzz-questions.js';
import { openEngine } from '../support/knowledge-folder.js';
import { quotedPassages, readArticles } from '../../bench/discord/articles.js';
import { liveLinks, messageLimitViolations } from '../../bench/discord/discord-limits-check.js';

/** The payload as discord.js would put it on the wire. */
const onTheWire = (answer: Answer) => {
  const { content, embeds, allowedMentions } = renderAnswer(answer);
  return { content, embeds, allowed_mentions: { parse: allowedMentions.parse } };
};

const passage = (text: string, outlet: string, title: string, alsoReportedBy: Passage['alsoReportedBy'] = []): Passage => ({
  text,
  outlet,
  title,
  articleId: 'a',
  score: 1,
  alsoReportedBy,
});

describe('renderAnswer', () => {
  it('cuts a long passage at a word boundary with an ellipsis, and keeps the rest verbatim', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `word${i}`).join(' ');
    const message = onTheWire({ question: 'q', answered: true, passages: [passage(long, 'Outlet', 'Title')] });
    expect(messageLimitViolations(message)).toEqual([]);
    const [shown] = quotedPassages(message);
    expect(shown!.quote.endsWith('…')).toBe(true);
    expect(long.startsWith(shown!.quote.slice(0, -1))).toBe(true);
    expect(long[shown!.quote.length - 1]).toBe(' ');
  });

  it('escapes markdown in quotes so they render as written', () => {
    const text = 'He said **never** _ever_ `drop` ||tables|| > here # now';
    const message = onTheWire({ question: 'q', answered: true, passages: [passage(text, 'A*B', 'T')] });
    expect(message.embeds[0]!.description).toBe('> He said \\*\\*never\\*\\* \\_ever\\_ \\`drop\\` \\|\\|tables\\|\\| > here # now');
    expect(quotedPassages(message)[0]).toMatchObject({ quote: text, outlet: 'A*B' });
  });

  it("echoes a question's links so that none hides its address or unfurls into a preview", () => {
    const question = '[Free Nitro](https://evil.example/phish) [me](<https://evil.example/2>) how many died? see https://news.example/a_b.';
    const message = onTheWire({ question, answered: false, passages: [], reason: 'not-covered', message: "The articles I have don't say." });
    expect(message.content).toBe(
      "**Q:** \\[Free Nitro](<https://evil.example/phish>) \\[me](<https://evil.example/2>) how many died? see <https://news.example/a_b>.\nThe articles I have don't say.",
    );
    expect(liveLinks(message.content)).toEqual([]);
  });

  it('names other outlets that report the same passage', () => {
    const message = onTheWire({
      question: 'q',
      answered: true,
      passages: [passage('Same.', 'Newsweek', 'One', [{ outlet: 't-online', title: 'Two', articleId: 'b' }])],
    });
    expect(message.embeds[0]!.fields).toEqual([{ name: 'Also reported by', value: 't-online, “Two”' }]);
  });

  it('stays within every Discord limit for any answer', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 6000 });
    const ref = fc.record({ outlet: text, title: text, articleId: fc.constant('x') });
    const passages = fc.array(
      fc.record({ text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6000 }), outlet: text, title: text, articleId: fc.constant('x'), score: fc.constant(1), alsoReportedBy: fc.array(ref, { maxLength: 12 }) }),
      { minLength: 1, maxLength: 10 },
    );
    fc.assert(
      fc.property(text, passages, (question, ps) => {
        const message = onTheWire({ question, answered: true, passages: ps });
        expect(messageLimitViolations(message)).toEqual([]);
        expect(message.allowed_mentions.parse).toEqual([]);
        for (const [i, shown] of quotedPassages(message).entries()) {
          const original = ps[i]!;
          const quote = shown.quote.replace(/…$/, '');
          expect(original.text.replace(/\s+/g, ' ')).toContain(quote.trim());
        }
      }),
      { seed: 8243, numRuns: 200 },
    );
  });
});

describe('fuzzed questions through the engine and the renderer', () => {
  it('every reply is within the limits, pings nobody, and quotes its articles verbatim with their outlets', async () => {
    const engine = await openEngine();
    const articles = await readArticles(DEFAULT_KNOWLEDGE_DIR);
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const message = onTheWire(engine.ask(question));
        expect(messageLimitViolations(message)).toEqual([]);
        expect(message.allowed_mentions.parse).toEqual([]);
        for (const shown of quotedPassages(message)) {
          const quote = shown.quote.replace(/…$/, '').trim();
          expect(articles.find((a) => a.outlet === shown.outlet && a.body.includes(quote)), quote).toBeDefined();
        }
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
  });
});

describe('cutAtWord', () => {
  it('never splits a surrogate pair', () => {
    expect(cutAtWord('😀😀😀😀', 4)).toBe('😀…');
  });
  it('cuts mid-word when there is no space nearby', () => {
    expect(cutAtWord('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
  it('leaves text that fits alone', () => {
    expect(cutAtWord('short text', 10)).toBe('short text');
  });
});
