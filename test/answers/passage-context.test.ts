import { describe, expect, it } from 'vitest';
import { passageStart, passageText } from '../../src/answers/passage-context.js';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { syntheticArticle, syntheticKnowledgeBase } from '../support/synthetic-articles.js';

/** The verbatim passage quoted for the sentence that starts with `opening`. */
function passageFor(kb: KnowledgeBase, opening: string): string {
  const at = kb.sentences.findIndex((s) => s.text.startsWith(opening));
  expect(at, `no sentence starts with ${opening}`).toBeGreaterThanOrEqual(0);
  return passageText(kb.sentences, passageStart(kb.sentences, at), at);
}

describe('a sentence that cannot stand alone brings its neighbour', async () => {
  const kb = await syntheticKnowledgeBase(
    syntheticArticle(
      'a',
      [
        'The plane with 67 people on board flew over the Caspian Sea. She crashed while attempting to land in Aktau.',
        '',
        'Putin called Aliyev on Saturday. He apologized for the incident. However, he did not admit fault.',
        '',
        'The presidency of Azerbaijan spoke to reporters in Baku. “Russia must explain what happened on that day. The priority now is an inquiry,” Zelensky said.',
        '',
        'Officials of three countries met in Baku on Friday. Investigators from Kazakhstan examined the wreckage near Aktau. All 67 were on board.',
        '',
        'A first sentence here. It continues. This goes on. They end it.',
      ].join('\n'),
    ),
    syntheticArticle('b', 'It opens article b with a pronoun.'),
  );

  it('a pronoun-led sentence comes with the sentence before it', () => {
    expect(passageFor(kb, 'She crashed')).toBe('The plane with 67 people on board flew over the Caspian Sea. She crashed while attempting to land in Aktau.');
  });

  it('a chain of leaning sentences is followed back', () => {
    expect(passageFor(kb, 'However, he did not')).toBe('Putin called Aliyev on Saturday. He apologized for the incident. However, he did not admit fault.');
  });

  it('but no more than two sentences back', () => {
    expect(passageFor(kb, 'They end it.')).toBe('It continues. This goes on. They end it.');
  });

  it('the tail of a quotation comes with its opening', () => {
    expect(passageFor(kb, 'The priority now')).toBe('“Russia must explain what happened on that day. The priority now is an inquiry,” Zelensky said.');
  });

  it('a sentence of a few words comes with the sentence before it', () => {
    expect(passageFor(kb, 'All 67 were')).toBe('Investigators from Kazakhstan examined the wreckage near Aktau. All 67 were on board.');
  });

  it('a sentence that stands alone is quoted alone', () => {
    expect(passageFor(kb, 'Investigators from')).toBe('Investigators from Kazakhstan examined the wreckage near Aktau.');
    expect(passageFor(kb, '“Russia must')).toBe('“Russia must explain what happened on that day.');
  });

  it('never reaches into the previous paragraph or article', () => {
    expect(passageFor(kb, 'It opens article b')).toBe('It opens article b with a pronoun.');
    expect(passageFor(kb, 'The presidency')).toBe('The presidency of Azerbaijan spoke to reporters in Baku.');
    expect(passageFor(kb, 'Putin called')).toBe('Putin called Aliyev on Saturday.');
  });

  it('every passage is a verbatim slice of its article', () => {
    const body = kb.articles[0]!.body;
    kb.sentences.forEach((sentence, at) => {
      if (sentence.articleId !== 'a') return;
      expect(body.includes(passageText(kb.sentences, passageStart(kb.sentences, at), at))).toBe(true);
    });
  });
});
