// Which closed-up words stand for a phrase the articles use.
import { beforeAll, describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/index/compounds.js';
import type { KnowledgeBase } from '../../src/knowledge-base/knowledge-base.js';
import { openEngine } from '../support/knowledge-folder.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await openEngine()).knowledgeBase;
});
const split = (word: string) => splitCompound(word, kb.index, kb.lexicon.thesaurus);

describe('splitCompound', () => {
  it.each([
    ['a phrase WordNet lists, whose noun the articles use', 'onboard', ['on', 'board']],
    ['a phrasal verb', 'shootdown', ['shoot', 'down']],
    ['a phrasal verb in its past form (shot → shoot)', 'shotdown', ['shot', 'down']],
  ])('splits %s: %s', (_kind, word, parts) => {
    expect(split(word)).toEqual(parts);
  });

  it.each([
    ['a word of the articles', 'airspace'],
    ['a word WordNet has, which keeps its own sense ("headache" is a worry)', 'headache'],
    ['a word that splits into no phrase', 'kadyrov'],
    ['a word of grammar', 'into'],
  ])('leaves %s: %s', (_kind, word) => {
    expect(split(word)).toBeUndefined();
  });
});
