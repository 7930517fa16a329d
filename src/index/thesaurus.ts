// Reads the stem-keyed WordNet thesaurus that `npm run build` generates (scripts/build-thesaurus.ts).
// The file is sorted by key, so a look-up is a binary search over its 10 MB, never decoded whole.
import { THESAURUS_FILE } from '../paths.js';
import { SortedLines } from './sorted-lines.js';

/** Decoded entries kept at most: enough for every word questions use, bounded against hostile ones. */
const MAX_REMEMBERED_ENTRIES = 50_000;

export class Thesaurus {
  /** Entries already decoded, by key (`null`: not in the thesaurus). Questions reuse words a lot. */
  private readonly entries = new Map<string, readonly string[][] | null>();

  private constructor(private readonly lines: SortedLines) {}

  static load(file: string = THESAURUS_FILE): Thesaurus {
    return new Thesaurus(SortedLines.read(file, 'the thesaurus'));
  }

  /** Is this stem (or stem phrase, "shoot down") an English word WordNet knows? */
  knows(key: string): boolean {
    return this.entry(key) !== null;
  }

  /** Synonyms and derivationally related words of a stem key, as words ("die" → "death", "perish", …). */
  related(key: string): string[] {
    return this.column(key, 1);
  }

  /** Broader verbs ("hit" → "attack"): looser than `related`. */
  broader(key: string): string[] {
    return this.column(key, 2);
  }

  /** Synonyms in the verb's most frequent sense only ("shoot" → "hit"; "take" → nothing). */
  firstVerbSense(key: string): string[] {
    return this.column(key, 3);
  }

  /** The related words of the word's most frequent sense: the synonyms people most likely mean. */
  primary(key: string): string[] {
    return this.column(key, 4);
  }

  /** Ways of doing a verb's most frequent sense, WordNet's troponyms ("come down" → "crash", "dive", "sink"). */
  narrower(key: string): string[] {
    return this.column(key, 5);
  }

  /** Whether the word's most frequent noun sense names people ("passenger", "survivor", but not "crew"). */
  namesPeople(key: string): boolean {
    return this.column(key, 6).includes('person');
  }

  /** Whether those people hold an office, as a kind of leader or official ("president", "minister", but not "passenger"). */
  namesOfficeHolder(key: string): boolean {
    return this.column(key, 6).includes('office');
  }

  private column(key: string, column: number): string[] {
    return this.entry(key)?.[column] ?? [];
  }

  /** The key's columns, each a list of words (column 0 is the key), following an alias line to its target. */
  private entry(key: string): readonly string[][] | null {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      let line = this.lines.find(key);
      const alias = line?.split('\t')[1];
      if (alias?.startsWith('=')) line = this.lines.find(alias.slice(1));
      entry = line === undefined ? null : line.split('\t').map((words) => (words ? words.split('|') : []));
      if (this.entries.size >= MAX_REMEMBERED_ENTRIES) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }
}
