// Norvig-style spelling correction: of the strings one edit away (a deletion, transposition,
// replacement or insertion), the known word the caller prefers most (Norvig: the most frequent),
// trying the caller's vocabularies in order (the articles' own words, then general English).
//
// natural has this (Spellcheck), but its edit list removes duplicates with indexOf, which is
// quadratic: about 5 ms for a 14-letter word, on every misspelled question word. Duplicates do
// no harm here, so the edits are simply walked.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The preferred word one edit away from `word`, or undefined if there is none. Each preference
 * scores a candidate (0: not a word of that vocabulary); a later one is asked only when no
 * candidate is a word of the earlier ones.
 */
export function correctSpelling(word: string, ...preferences: Array<(candidate: string) => number>): string | undefined {
  for (const preference of preferences) {
    let best: string | undefined;
    let bestPreference = 0;
    for (const candidate of oneEditAway(word)) {
      const value = preference(candidate);
      if (value > bestPreference) [best, bestPreference] = [candidate, value];
    }
    if (best !== undefined) return best;
  }
  return undefined;
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
