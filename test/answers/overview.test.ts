// Questions that ask for the story itself get the articles' ledes; questions about a detail of it
// do not. Also the kinds of answer a new user met (see issue 9), asserted by kind, not by sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/engine/answer-engine.js';
import type { Article } from '../../src/knowledge/article-schema.js';
import { splitArticle } from '../../src/sentences/split-sentences.js';
import { expectTrustworthy } from '../support/answer-checks.js';
import { knowledgeArticles, openEngine } from '../support/knowledge-folder.js';

let engine: AnswerEngine;
let articles: Article[];
let ledes: string[];
beforeAll(async () => {
  engine = await openEngine();
  articles = await knowledgeArticles();
  ledes = articles.map((article) => splitArticle(article)[0]!.text);
});

describe('overview questions', () => {
  it.each(['what happened?', 'tell me about the crash', 'tldr', 'wat happened lol', 'can u explain the story', 'any news on the plane crash?', 'what happened to the plane today'])(
    '%s is answered with the articles\' ledes',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expectTrustworthy(answer, articles);
      expect(answer.passages.length).toBeGreaterThan(0);
      for (const passage of answer.passages) expect(ledes).toContain(passage.text);
    },
  );

  it('gives as many ledes as asked for, each from a different article', () => {
    const answer = engine.ask('what happened?', { top: 5 });
    expect(new Set(answer.passages.map((p) => p.articleId)).size).toBe(answer.passages.length);
    expect(answer.passages.length).toBeGreaterThanOrEqual(4); // five articles; a lede several outlets share is merged
  });

  it.each(['what happened to the injured passengers', 'what did zelensky tell aliyev'])('%s asks about a detail, not the story', (question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages.every((p) => ledes.includes(p.text))).toBe(false);
  });
});

describe('what a new user met', () => {
  it('"when did the crash happen?" leads with when and where it happened', () => {
    const [first] = engine.ask('when did the crash happen?').passages;
    expect(first?.text).toMatch(/Christmas Day|December 25/);
  });

  it('"what happened?" finds words to look up', () => {
    expect(engine.ask('what happened?').answered).toBe(true);
  });

  it('a question about something the articles never mention names what they lack', () => {
    const answer = engine.ask('Which clinic treated the injured?');
    expect(answer.answered).toBe(false);
    expect(answer.answered === false && answer.message).toMatch(/clinic/);
  });
});
