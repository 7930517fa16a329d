// Reads the stem-keyed WordNet thesaurus that `npm run build` generates (scripts/build-thesaurus.ts).
// The file is sorted by key, so a look-up is a binary search straight over its bytes: loading is
// one read, with no decoding of 7 MB into a string and no table of line starts, which the CLI's
// cold start would otherwise pay for (about 0.1 s) before every one-shot answer.
import fs from 'node:fs';
import { THESAURUS_FILE } from '../paths.js';

const NEWLINE = 0x0a;
const TAB = 0x09;

/** Decoded entries kept at most: enough for every word questions use, bounded against hostile ones. */
const MAX_REMEMBERED_ENTRIES = 50_000;

export class Thesaurus {
  /** Entries already decoded, by key (`null`: not in the thesaurus). Questions reuse words a lot. */
  private readonly entries = new Map<string, readonly string[][] | null>();

  /** @param data the file's UTF-8 bytes */
  private constructor(private readonly data: Buffer) {}

  static load(file: string = THESAURUS_FILE): Thesaurus {
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch {
      throw new Error(`the thesaurus ${file} is missing: run \`npm run build\` (npm ci runs it too)`);
    }
    return new Thesaurus(data);
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

  private column(key: string, column: number): string[] {
    return this.entry(key)?.[column] ?? [];
  }

  /** The key's columns, each a list of words (column 0 is the key), following an alias line to its target. */
  private entry(key: string): readonly string[][] | null {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      let line = this.find(key);
      const alias = line?.split('\t')[1];
      if (alias?.startsWith('=')) line = this.find(alias.slice(1));
      entry = line === undefined ? null : line.split('\t').map((words) => (words ? words.split('|') : []));
      if (this.entries.size >= MAX_REMEMBERED_ENTRIES) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }

  /**
   * The line whose key is `key`. Keys are compared as UTF-8 bytes, which orders them as the
   * build's code-unit sort does (they are ASCII stems; the two orders could only differ beyond U+FFFF).
   */
  private find(key: string): string | undefined {
    const { data } = this;
    const target = Buffer.from(key);
    let low = 0; // always the start of a line
    let high = data.length; // lines starting at or after `high` are ruled out
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : data.lastIndexOf(NEWLINE, middle - 1) + 1;
      const newline = data.indexOf(NEWLINE, start);
      const end = newline < 0 ? data.length : newline;
      const tab = data.indexOf(TAB, start);
      const order = target.compare(data, start, tab < 0 || tab > end ? end : tab);
      if (order === 0) return data.toString('utf8', start, end);
      if (order > 0) low = end + 1;
      else high = start;
    }
    return undefined;
  }
}
