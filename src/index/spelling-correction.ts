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
      if (value === 0) continue; // most edits make no word: only words are worth judging as slips
      const best = isLikelySlip(word, edit) ? likely : unlikely;
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

/** One edit of a typed word, as the typist's slip: a letter struck by mistake, two letters swapped, a wrong letter, a letter left out. */
interface Edit {
  candidate: string;
  kind: 'extra' | 'swap' | 'wrong' | 'missing';
  /** Where in the typed word. */
  at: number;
  /** The intended letter, for a wrong or missing one. */
  letter: string;
}

/**
 * Is the edit a slip typists often make? A letter left out or two swapped always are; a wrong
 * letter when it neighbours the right key or is one vowel for another; a letter struck by mistake
 * when it repeats or neighbours a letter beside it.
 */
function isLikelySlip(word: string, { kind, at, letter }: Edit): boolean {
  const typed = word[at]!;
  if (kind === 'wrong') return keysNextTo(letter).includes(typed) || (VOWELS.includes(typed) && VOWELS.includes(letter));
  if (kind === 'extra') return [word[at - 1], word[at + 1]].some((beside) => beside !== undefined && (beside === typed || keysNextTo(beside).includes(typed)));
  return true;
}

/** Every string one edit from the typed word. The edit object is reused: read it before the next one. */
function* oneEditAway(word: string): Generator<Edit> {
  const edit: Edit = { candidate: '', kind: 'extra', at: 0, letter: '' };
  const next = (candidate: string, kind: Edit['kind'], at: number, letter = ''): Edit => {
    edit.candidate = candidate;
    edit.kind = kind;
    edit.at = at;
    edit.letter = letter;
    return edit;
  };
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) yield next(head + tail.slice(1), 'extra', i);
    if (tail.length > 1) yield next(head + tail[1] + tail[0] + tail.slice(2), 'swap', i);
    for (const letter of ALPHABET) {
      if (tail) yield next(head + letter + tail.slice(1), 'wrong', i, letter);
      yield next(head + letter + tail, 'missing', i, letter);
    }
  }
}
