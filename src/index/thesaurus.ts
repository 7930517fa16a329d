// Reads the stem-keyed WordNet thesaurus that `npm run build` generates (scripts/build-thesaurus.ts).
// The file is sorted, so a look-up is a binary search over line starts: loading costs one read
// and one scan instead of a 128k-entry map.
import fs from 'node:fs';
import { THESAURUS_FILE } from '../paths.js';

export class Thesaurus {
  private readonly lineStarts: number[] = [];

  constructor(private readonly text: string) {
    for (let start = 0; start < text.length; ) {
      this.lineStarts.push(start);
      const newline = text.indexOf('\n', start);
      start = newline < 0 ? text.length : newline + 1;
    }
  }

  static load(file: string = THESAURUS_FILE): Thesaurus {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`the thesaurus ${file} is missing: run \`npm run build\` (npm ci runs it too)`);
    }
    return new Thesaurus(text);
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

  private find(key: string): string | undefined {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = this.lineStarts[middle]!;
      const tab = this.text.indexOf('\t', start);
      const candidate = this.text.slice(start, tab);
      if (candidate === key) {
        const end = this.text.indexOf('\n', tab);
        return this.text.slice(start, end < 0 ? undefined : end);
      }
      if (candidate < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
