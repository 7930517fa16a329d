// What the built thesaurus records besides synonyms: which words name people, and which of those
// hold an office (scripts/build-thesaurus.ts, from WordNet's lexicographer files and noun hypernyms).
import { describe, expect, it } from 'vitest';
import { stem } from '../../src/index/analyze.js';
import { Thesaurus } from '../../src/index/thesaurus.js';

const thesaurus = Thesaurus.load();

describe('kinds of people', () => {
  it.each(['passenger', 'survivor', 'president', 'minister', 'official'])('"%s" names people', (word) => {
    expect(thesaurus.namesPeople(stem(word))).toBe(true);
  });

  it.each(['crew', 'plane', 'wreckage'])('"%s" does not', (word) => {
    expect(thesaurus.namesPeople(stem(word))).toBe(false);
  });

  it.each(['president', 'minister', 'ceo', 'official', 'governor'])('"%s" holds an office (a kind of leader or official)', (word) => {
    expect(thesaurus.namesOfficeHolder(stem(word))).toBe(true);
  });

  it.each(['passenger', 'citizen', 'expert', 'editor', 'man'])('"%s" does not', (word) => {
    expect(thesaurus.namesOfficeHolder(stem(word))).toBe(false);
  });
});
