// Norvig-style spelling correction: of the strings one edit away (a deletion, transposition,
// replacement or insertion), the known word the caller prefers most (Norvig: the most frequent),
// trying the caller's vocabularies in order (the articles' own words, then general English).
// Within each, the slips typists make most come first, as in a noisy-channel corrector (Kernighan,
// Church & Gale 1990, "A spelling correction program based on a noisy channel model"): a letter
// left out, two letters swapped, a key next to the right one, one vowel for another, a doubled
// or neighbouring key struck twice. "whre" is "where" with its "e" left out, not "were" with an
// "e" typed as "h", however much more often the articles say "were".
//
// natural has this (Spellcheck), but its edit list removes duplicates with indexOf, which is
// quadratic: about 5 ms for a 14-letter word, on every misspelled question word. Duplicates do
// no harm here, so the edits are simply walked.

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

interface Best {
  word: string | undefined;
  value: number;
}

/**
 * The preferred word one edit away from `word`, or undefined if there is none. Each preference
 * scores a candidate (0: not a word of that vocabulary); a later one is asked only when no
 * candidate is a word of the earlier ones.
 */
export function correctSpelling(word: string, ...preferences: Array<(candidate: string) => number>): string | undefined {
  for (const preference of preferences) {
    // The best candidate that a common slip explains, and the best of the rest.
    const likely: Best = { word: undefined, value: 0 };
    const unlikely: Best = { word: undefined, value: 0 };
    for (const edit of oneEditAway(word)) {
      const value = preference(edit.candidate);
      const best = edit.likely ? likely : unlikely;
      if (value > best.value) [best.word, best.value] = [edit.candidate, value];
    }
    const found = likely.word ?? unlikely.word;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Letters next to each other on a QWERTY keyboard, row by row and diagonally. */
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiou';
const KEYS_NEXT_TO: ReadonlyMap<string, string> = new Map(
  QWERTY_ROWS.flatMap((row, r) =>
    [...row].map((letter, at) => [
      letter,
      // The row above sits half a key left of this one, the row below half a key right.
      row.slice(Math.max(0, at - 1), at + 2) + (QWERTY_ROWS[r - 1]?.slice(at, at + 2) ?? '') + (QWERTY_ROWS[r + 1]?.slice(Math.max(0, at - 1), at + 1) ?? ''),
    ]),
  ),
);

function keysNextTo(letter: string): string {
  return KEYS_NEXT_TO.get(letter) ?? '';
}

/** Typing `typed` where `meant` belongs is a common slip: a neighbouring key, or one vowel for another. */
function likelySlip(typed: string, meant: string): boolean {
  return keysNextTo(meant).includes(typed) || (VOWELS.includes(typed) && VOWELS.includes(meant));
}

/** Every string one edit from the typed word, the intended word if that edit was the typist's slip. */
function* oneEditAway(word: string): Generator<{ candidate: string; likely: boolean }> {
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) {
      // A letter struck by mistake: likely when it repeats or neighbours a letter beside it.
      const extra = tail[0]!;
      const likely = [head.at(-1), tail[1]].some((beside) => beside !== undefined && (beside === extra || keysNextTo(beside).includes(extra)));
      yield { candidate: head + tail.slice(1), likely };
    }
    if (tail.length > 1) yield { candidate: head + tail[1] + tail[0] + tail.slice(2), likely: true };
    for (const letter of ALPHABET) {
      if (tail) yield { candidate: head + letter + tail.slice(1), likely: likelySlip(tail[0]!, letter) };
      yield { candidate: head + letter + tail, likely: true }; // a letter left out
    }
  }
}
