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
