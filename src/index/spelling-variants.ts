// British and American spellings of the same word ("defence"/"defense", "apologise"/"apologize").
// Each rule swaps one regular ending; a variant is only used when the articles contain it.
const ENDING_PAIRS: ReadonlyArray<readonly [british: string, american: string]> = [
  ['isation', 'ization'], ['isations', 'izations'],
  ['ise', 'ize'], ['ised', 'ized'], ['ises', 'izes'], ['ising', 'izing'],
  ['yse', 'yze'], ['ysed', 'yzed'], ['yses', 'yzes'], ['ysing', 'yzing'],
  ['our', 'or'], ['ours', 'ors'], ['oured', 'ored'], ['ouring', 'oring'],
  ['ence', 'ense'], ['ences', 'enses'],
  ['tre', 'ter'], ['tres', 'ters'],
  ['ogue', 'og'], ['ogues', 'ogs'],
  ['lled', 'led'], ['lling', 'ling'],
];

/** The word spelled the other side of the Atlantic, for every ending rule that applies. */
export function spellingVariants(word: string): string[] {
  const variants: string[] = [];
  for (const [british, american] of ENDING_PAIRS) {
    if (word.length > british.length + 2 && word.endsWith(british)) variants.push(word.slice(0, -british.length) + american);
    if (word.length > american.length + 2 && word.endsWith(american)) variants.push(word.slice(0, -american.length) + british);
  }
  return variants;
}
