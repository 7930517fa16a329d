import { describe, expect, it } from 'vitest';
import { AcronymCollector } from '../../src/index/acronyms.js';
import { termsOf } from '../../src/index/analyze.js';

function collected(...texts: string[]): AcronymCollector {
  const acronyms = new AcronymCollector();
  for (const text of texts) acronyms.collect(text);
  return acronyms;
}

describe('AcronymCollector', () => {
  it('spells a name out from its initials, skipping the small words inside it', () => {
    const acronyms = collected('the U.S.-based think tank, the Institute for the Study of War said on Saturday.');
    expect(acronyms.expand('isw')).toEqual(termsOf('Institute Study War'));
  });

  it('finds names inside longer runs of capitalised words, but not across a sentence-initial "The"', () => {
    const acronyms = collected('The United Kingdom has criticized an apology.', 'White House National Security Communications Adviser John Kirby said.');
    expect(acronyms.expand('uk')).toEqual(termsOf('United Kingdom'));
    expect(acronyms.expand('wh')).toEqual(termsOf('White House'));
    expect(acronyms.expand('tuk')).toBeUndefined();
  });

  it('does not join names separated by ordinary words', () => {
    const acronyms = collected('Putin called Aliyev on Saturday.');
    expect(acronyms.expand('pa')).toBeUndefined();
    expect(acronyms.expand('as')).toBeUndefined();
  });
});
