// Regular English inflections of a word. The Porter stemmer maps some forms of one word to
// different stems ("die" → "die" but "died" → "di"), so words are compared through all their
// forms' stems rather than one.
export function inflectionsOf(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`];
  if (word.endsWith('e')) forms.push(`${word.slice(0, -1)}ing`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * Base forms a word may be an inflection of, itself first ("died" → "died", "die"; "flies" →
 * "flies", "fly", "flie"). Derived forms shorter than three letters are left out: "di" is not "die".
 */
export function baseFormsOf(word: string): string[] {
  const derived: string[] = [];
  if (/(ies|ied)$/.test(word)) derived.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ing')) derived.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('ed')) derived.push(word.slice(0, -1), word.slice(0, -2));
  if (word.endsWith('es')) derived.push(word.slice(0, -2));
  if (word.endsWith('s')) derived.push(word.slice(0, -1));
  return [word, ...derived.filter((base) => base.length >= 3)];
}
