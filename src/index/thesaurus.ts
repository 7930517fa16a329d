// Reads the stem-keyed WordNet thesaurus that `npm run build` generates (scripts/build-thesaurus.ts).
// The file is sorted by key, so a look-up is a binary search straight over its text: loading is
// one read, with no table of line starts to build first. It is decoded as Latin-1, one character
// per byte, which is several times faster than UTF-8 decoding 7 MB (the CLI's cold start pays for
// it before every one-shot answer); the few lines that are not ASCII are re-decoded on look-up.
import fs from 'node:fs';
import { THESAURUS_FILE } from '../paths.js';

export class Thesaurus {
  /** @param bytes the file's UTF-8 bytes, one character per byte */
  private constructor(private readonly bytes: string) {}

  static load(file: string = THESAURUS_FILE): Thesaurus {
    let bytes: string;
    try {
      bytes = fs.readFileSync(file, 'latin1');
    } catch {
      throw new Error(`the thesaurus ${file} is missing: run \`npm run build\` (npm ci runs it too)`);
    }
    return new Thesaurus(bytes);
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

  private column(key: string, column: number): string[] {
    let columns = this.find(key)?.split('\t');
    const alias = columns?.[1]?.startsWith('=') ? columns[1].slice(1) : undefined;
    if (alias !== undefined) columns = this.find(alias)?.split('\t');
    const words = columns?.[column];
    return words ? words.split('|') : [];
  }

  /**
   * The line whose key is `key`. Comparing byte strings orders keys as the build's code-unit sort
   * does (they are ASCII stems; the two orders could only differ beyond U+FFFF).
   */
  private find(key: string): string | undefined {
    const { bytes } = this;
    const target = isAscii(key) ? key : Buffer.from(key).toString('latin1');
    let low = 0; // always the start of a line
    let high = bytes.length; // lines starting at or after `high` are ruled out
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = bytes.lastIndexOf('\n', middle - 1) + 1;
      const newline = bytes.indexOf('\n', start);
      const end = newline < 0 ? bytes.length : newline;
      const tab = bytes.indexOf('\t', start);
      const candidate = bytes.slice(start, tab < 0 || tab > end ? end : tab);
      if (candidate === target) return utf8(bytes.slice(start, end));
      if (candidate < target) low = end + 1;
      else high = start;
    }
    return undefined;
  }
}

function utf8(bytes: string): string {
  return isAscii(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8');
}

function isAscii(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}
