// A build output of `key<TAB>…` lines sorted by key, searched straight over its bytes: loading is
// one read, with no decoding of megabytes into a string and no table of line starts, which the
// CLI's cold start would otherwise pay for before every one-shot answer.
import fs from 'node:fs';

const NEWLINE = 0x0a;
const TAB = 0x09;

export class SortedLines {
  /** @param data the file's UTF-8 bytes */
  private constructor(private readonly data: Buffer) {}

  /** @param what names the file in the error when it is missing ("the thesaurus") */
  static read(file: string, what: string): SortedLines {
    try {
      return new SortedLines(fs.readFileSync(file));
    } catch {
      throw new Error(`${what} ${file} is missing: run \`npm run build\` (npm ci runs it too)`);
    }
  }

  /**
   * The line whose key is `key`. Keys are compared as UTF-8 bytes, which orders them as the
   * builds' code-unit sort does (they are ASCII; the two orders could only differ beyond U+FFFF).
   */
  find(key: string): string | undefined {
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

/** Code-unit order, the order `SortedLines.find` compares in: builds sort their lines with it. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
