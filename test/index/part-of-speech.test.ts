// The part-of-speech tagger: natural's Brill tagger over the build's sorted lexicon file.
import path from 'node:path';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { PartOfSpeechTagger } from '../../src/index/part-of-speech.js';

describe('the part-of-speech tagger', () => {
  const tagger = PartOfSpeechTagger.load();

  it('tags words from the lexicon, corrected by context', () => {
    // "insured" after "was the plane" is a participle; "pilots" after "the" a plural noun.
    expect(tagger.tag(['was', 'the', 'plane', 'insured'])).toEqual(['VBD', 'DT', 'NN', 'VBN']);
    expect(tagger.tag(['did', 'the', 'pilots', 'survive'])).toEqual(['VBD', 'DT', 'NNS', 'VB']);
  });

  it('calls a word the lexicon does not know a noun', () => {
    expect(tagger.tag(['zzyzx'])).toEqual(['NN']);
  });

  it('says how to make a missing lexicon', () => {
    const missing = path.join(os.tmpdir(), 'no-such-folder', 'tag-lexicon.tsv');
    expect(() => PartOfSpeechTagger.load(missing)).toThrow(/the tag lexicon .*tag-lexicon\.tsv is missing: run `npm run build`/);
  });
});
