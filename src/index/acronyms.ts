// Acronyms of the names the articles spell out: "the Institute for the Study of War" lets a
// question say "ISW", "the United Kingdom" lets it say "UK". Collected from the articles
// themselves, so any name they spell out works, without a list to maintain.
import { termsOfToken, wordTokens } from './analyze.js';

/** Small words a name may contain without giving a letter ("Institute for the Study of War"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de']);
/** Names this long give acronyms people actually type; longer runs are several names in a row. */
const MAX_NAME_WORDS = 6;
/**
 * Two or more capitalised words in a row, small connecting words allowed between them. Matching
 * whole runs, rather than looking at every word, keeps this cheap over tens of thousands of sentences.
 */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|de)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

export class AcronymCollector {
  /** Acronym → the index terms of the name it stands for (first spelling seen wins). */
  private readonly names = new Map<string, string[]>();

  /** Records every run of two to six capitalised words in the text under its initials. */
  collect(text: string): void {
    for (const [run] of text.matchAll(NAME_RUN)) this.recordRuns(run.split(/\s+/).filter((word) => !CONNECTORS.has(word)));
  }

  /** Index terms of the name an acronym stands for, if the articles spell one out. */
  expand(acronym: string): readonly string[] | undefined {
    return this.names.get(acronym);
  }

  private recordRuns(words: readonly string[]): void {
    if (words.length < 2) return;
    // A word gives a letter only if it is one index term (not a stop word like a sentence's "The").
    const terms = words.map((word) => {
      const tokens = wordTokens(word);
      return tokens.length === 1 ? termsOfToken(tokens[0]!) : [];
    });
    for (let from = 0; from < words.length; from++) {
      if (terms[from]!.length !== 1) continue;
      for (let to = from + 2; to <= Math.min(words.length, from + MAX_NAME_WORDS); to++) {
        if (terms[to - 1]!.length !== 1) break;
        const acronym = words.slice(from, to).map((word) => word[0]!.toLowerCase()).join('');
        if (!this.names.has(acronym)) this.names.set(acronym, terms.slice(from, to).map(([term]) => term!));
      }
    }
  }
}
