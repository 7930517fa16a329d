// Norvig-style spelling correction against the articles' own words: of the strings one edit away
// (a deletion, transposition, replacement or insertion), the word the articles use most.
//
// natural has this (Spellcheck), but its edit list removes duplicates with indexOf, which is
// quadratic: about 5 ms for a 14-letter word, on every misspelled question word. Duplicates do
// no harm here, so the edits are simply walked.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The most used word one edit away from `word`, or undefined if there is none. */
export function correctSpelling(word: string, occurrencesOf: (word: string) => number): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const candidate of oneEditAway(word)) {
    const count = occurrencesOf(candidate);
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

function* oneEditAway(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) yield head + tail.slice(1); // deletion
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2); // transposition
    for (const letter of ALPHABET) {
      if (tail) yield head + letter + tail.slice(1); // replacement
      yield head + letter + tail; // insertion
    }
  }
}
