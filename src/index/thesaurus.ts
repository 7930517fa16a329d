// Reads the stem-keyed WordNet thesaurus that `npm run build` generates (scripts/build-thesaurus.ts).
// The file is sorted by key, so a look-up is a binary search straight over its bytes: loading is
// one read, with no decoding of 7 MB into a string and no table of line starts, which the CLI's
// cold start would otherwise pay for (about 0.1 s) before every one-shot answer.
import fs from 'node:fs';
import { THESAURUS_FILE } from '../paths.js';

const NEWLINE = 0x0a;
const TAB = 0x09;

export class Thesaurus {
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
    return this.find(key) !== undefined;
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
    let columns = this.find(key)?.split('\t');
    const alias = columns?.[1]?.startsWith('=') ? columns[1].slice(1) : undefined;
    if (alias !== undefined) columns = this.find(alias)?.split('\t');
    const words = columns?.[column];
    return words ? words.split('|') : [];
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
