// "Was Putin right to apologise?", "who do u think is to blame?", "should Azerbaijan cut ties?":
// questions that ask for a judgement. The articles report; they cannot give the bot a view, and
// quoting the nearest report would read as if they did.
import { wordTokens } from '../index/analyze.js';

/** Second-person pronouns, as typed in chat too. */
const YOU = new Set(['you', 'u', 'ya']);
/** Verbs that ask the addressee's view when "you" is their subject ("do you *think*"). */
const VERBS_OF_OPINION = new Set(['think', 'reckon', 'believe', 'feel', 'agree', 'guess', 'suppose']);
/** Nouns that are someone's view ("your *opinion*"). */
const VIEWS = new Set(['opinion', 'view', 'views', 'take', 'thoughts']);
/** Before "right", a determiner makes it a noun: "the *right* to compensation" is no judgement. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'no', 'any', 'every']);
/** Chat's own markers of a stated opinion ("imo the comparison is overblown"). */
const OPINION_MARKERS = new Set(['imo', 'imho']);

/**
 * Does the question ask for a judgement? It does when it asks the addressee's view ("do you
 * think", "your opinion", "agree?", "imo"), whether someone was right or wrong to
 * act ("was Putin *right to* apologise"), or what ought to be done (a question opening with
 * "should").
 */
export function asksForOpinion(question: string): boolean {
  const words = wordTokens(question);
  return words.some((word, at) => {
    const next = words[at + 1];
    if (YOU.has(word) && next !== undefined && VERBS_OF_OPINION.has(next)) return true;
    if ((word === 'your' || word === 'ur') && next !== undefined && VIEWS.has(next)) return true;
    if ((word === 'right' || word === 'wrong') && next === 'to' && !DETERMINERS.has(words[at - 1] ?? '')) return true;
    return OPINION_MARKERS.has(word) || (word === 'agree' && next === undefined) || (at === 0 && word === 'should');
  });
}
