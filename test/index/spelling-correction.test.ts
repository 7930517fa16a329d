import { describe, expect, it } from 'vitest';
import { correctSpelling } from '../../src/index/spelling-correction.js';

const counts = new Map(Object.entries({ investigation: 9, responsibility: 3, zelensky: 4, crash: 12, crush: 1, aliyev: 5 }));
const occurrencesOf = (word: string) => counts.get(word) ?? 0;

describe('correctSpelling', () => {
  it.each([
    ['a missing letter', 'investigaton', 'investigation'],
    ['swapped letters', 'zelenksy', 'zelensky'],
    ['a wrong letter', 'aliyeb', 'aliyev'],
    ['an extra letter', 'responsibilitty', 'responsibility'],
    ['swapped first letters', 'rcash', 'crash'],
    ['swapped last letters', 'crahs', 'crash'],
  ])('fixes %s: %s → %s', (_kind, typed, meant) => {
    expect(correctSpelling(typed, occurrencesOf)).toBe(meant);
  });

  it('prefers the word the articles use most when several are one edit away', () => {
    expect(correctSpelling('crosh', occurrencesOf)).toBe('crash');
  });

  it('asks a later vocabulary only when no candidate is a word of the earlier ones', () => {
    const english = new Map(Object.entries({ damaged: 2564, crush: 9000, where: 50 }));
    const englishPreference = (word: string) => 100_000 - (english.get(word) ?? 100_000);
    // "crosh": the articles have "crash" and "crush"; English knows "crush" too, but the articles come first.
    expect(correctSpelling('crosh', occurrencesOf, englishPreference)).toBe('crash');
    // "damagd" is one edit from no word of the articles, so English decides.
    expect(correctSpelling('damagd', occurrencesOf, englishPreference)).toBe('damaged');
    expect(correctSpelling('damagd', occurrencesOf)).toBeUndefined();
  });

  it('prefers a common slip to a more frequent word reached by an unlikely one', () => {
    const articles = new Map(Object.entries({ were: 11, where: 1, with: 18, which: 5 }));
    const inArticles = (word: string) => articles.get(word) ?? 0;
    // A letter left out ("where"), not an "e" typed as the far-off "h" ("were").
    expect(correctSpelling('whre', inArticles)).toBe('where');
    expect(correctSpelling('wich', inArticles)).toBe('which');
    // A key next to the right one ("v" for "b") is a common slip.
    expect(correctSpelling('aliyeb', occurrencesOf)).toBe('aliyev');
    // English ranks "brown" above "broken", but "brokn" left out a letter.
    const english = new Map(Object.entries({ brown: 900, broken: 1500 }));
    expect(correctSpelling('brokn', (word) => 100_000 - (english.get(word) ?? 100_000))).toBe('broken');
  });

  it('falls back on an unlikely slip when no common one makes a word', () => {
    expect(correctSpelling('crxsh', occurrencesOf)).toBe('crash');
  });

  it('gives up on words more than one edit from anything', () => {
    expect(correctSpelling('invstgation', occurrencesOf)).toBeUndefined();
    expect(correctSpelling('', occurrencesOf)).toBeUndefined();
  });
});
