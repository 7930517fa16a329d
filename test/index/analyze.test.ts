// How text becomes index terms: the same for sentences and questions.
import { describe, expect, it } from 'vitest';
import { termsOf, wordTokens } from '../../src/index/analyze.js';

describe('wordTokens', () => {
  it('keeps an initialism written with dots as one word ("U.S." is "us", not the stop words "u" and "s")', () => {
    expect(wordTokens('the U.S. had offered assistance')).toEqual(['the', 'us', 'had', 'offered', 'assistance']);
    expect(termsOf('U.K.')).toEqual(termsOf('UK'));
    expect(termsOf('the U.S.-based think tank')).toEqual(termsOf('the US-based think tank'));
  });

  it('leaves a lone abbreviation and a sentence-final letter alone', () => {
    expect(wordTokens('Mr. Putin said Plan B.')).toEqual(['mr', 'putin', 'said', 'plan', 'b']);
  });

  it('folds diacritics, since the tokenizer keeps only A–Z', () => {
    expect(wordTokens('Tokaýev’s café')).toEqual(wordTokens('Tokayev’s cafe'));
  });
});
