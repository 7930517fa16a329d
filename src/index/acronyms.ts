// Acronyms of the names the articles spell out: "the Institute for the Study of War" lets a
// question say "ISW", "the United Kingdom" lets it say "UK". Collected from the articles
// themselves, so any name they spell out works, without a list to maintain.
import { termsOf } from './analyze.js';

/** Small words a name may contain without giving a letter ("Institute for the Study of War"). */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de']);
/** Names this long give acronyms people actually type; longer runs are several names in a row. */
const MAX_NAME_WORDS = 6;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

export class AcronymCollector {
  /** Acronym → the index terms of the name it stands for (first spelling seen wins). */
  private readonly names = new Map<string, string[]>();

  /** Records every run of two to six capitalised words in the text under its initials. */
  collect(text: string): void {
    const capitalised: string[] = [];
    for (const [word] of text.matchAll(WORD)) {
      if (/^\p{Lu}/u.test(word)) capitalised.push(word);
      else if (!(capitalised.length > 0 && CONNECTORS.has(word))) this.recordRuns(capitalised.splice(0));
    }
    this.recordRuns(capitalised);
  }

  /** Index terms of the name an acronym stands for, if the articles spell one out. */
  expand(acronym: string): readonly string[] | undefined {
    return this.names.get(acronym);
  }

  private recordRuns(words: readonly string[]): void {
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 2; to <= Math.min(words.length, from + MAX_NAME_WORDS); to++) {
        const name = words.slice(from, to);
        const acronym = name.map((word) => word[0]!.toLowerCase()).join('');
        const terms = termsOf(name.join(' '));
        if (!this.names.has(acronym) && terms.length === name.length) this.names.set(acronym, terms);
      }
    }
  }
}
