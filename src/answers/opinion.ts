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
 * Adjectives of appraisal (Martin & White 2005, "The Language of Evaluation"), of sincerity ("was
 * the apology *sincere*") and of propriety ("was it *fair*"): a yes/no question that puts one as
 * its predicate asks for a verdict, not for a report.
 */
const APPRAISALS = new Set(['sincere', 'insincere', 'genuine', 'honest', 'heartfelt', 'fake', 'fair', 'unfair', 'justified', 'unjustified', 'reasonable', 'unreasonable', 'overblown', 'acceptable', 'appropriate']);
/**
 * … and of prudence, which judge a course of action ("is it *safe* to fly", "would it be *wise*
 * to"), only said of "it": "were the passengers *safe*" asks what happened to them.
 */
const PRUDENCE = new Set(['safe', 'unsafe', 'wise', 'unwise', 'smart', 'stupid', 'risky', 'dangerous']);
/** What a yes/no question about a state opens with: a form of "be" or a modal ("*would* it be safe"). */
const STATE_QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'would', 'will', 'could', 'can', 'isn', 'wasn']);
/** "so was the apology sincere": a yes/no question may open with one word of chat. */
const MAX_WORDS_BEFORE_OPENER = 1;
/** "Would you tell me …" is a polite request for facts, not a question about the addressee. */
const REQUESTS = new Set(['tell', 'explain', 'show', 'give', 'list', 'say', 'know', 'describe', 'summarize', 'summarise', 'share', 'help', 'mind', 'like', 'check', 'find', 'quote', 'name']);
/** Words between "would you" and its verb that do not change what is asked ("would u *still* fly"). */
const ADVERBS_BEFORE_VERB = new Set(['still', 'ever', 'really', 'even', 'actually', 'personally']);
/** "Who is *more* to blame": a comparison of blame is a verdict, while "who is to blame" asks whom the articles blame. */
const DEGREES = new Set(['more', 'most', 'less', 'least']);

/**
 * Does the question ask for a judgement? It does when it asks the addressee's view ("do you
 * think", "your opinion", "agree?", "imo") or a verdict (see asksForVerdict), whether someone was
 * right or wrong to act ("was Putin *right to* apologise"), or what ought to be done (a question
 * opening with "should").
 */
export function asksForOpinion(question: string): boolean {
  const words = wordTokens(question);
  if (asksForVerdict(words)) return true;
  return words.some((word, at) => {
    const next = words[at + 1];
    if (YOU.has(word) && next !== undefined && VERBS_OF_OPINION.has(next)) return true;
    if ((word === 'your' || word === 'ur') && next !== undefined && VIEWS.has(next)) return true;
    if ((word === 'right' || word === 'wrong') && next === 'to' && !DETERMINERS.has(words[at - 1] ?? '')) return true;
    return OPINION_MARKERS.has(word) || (word === 'agree' && next === undefined) || (at === 0 && word === 'should');
  });
}

/**
 * A verdict: a yes/no question whose predicate is an appraisal ("was putins apology *sincere*",
 * "is it still *safe* to fly"), what the addressee would do ("would u still fly …"), or whom
 * to blame *more*.
 */
function asksForVerdict(words: readonly string[]): boolean {
  const opener = words.findIndex((word) => STATE_QUESTION_OPENERS.has(word));
  if (opener >= 0 && opener <= MAX_WORDS_BEFORE_OPENER) {
    const rest = words.slice(opener + 1);
    if (rest.some((word) => APPRAISALS.has(word)) || (rest[0] === 'it' && rest.some((word) => PRUDENCE.has(word)))) return true;
  }
  return words.some((word, at) => {
    if (word === 'would' && YOU.has(words[at + 1] ?? '')) {
      let verb = at + 2;
      while (ADVERBS_BEFORE_VERB.has(words[verb] ?? '')) verb++;
      return words[verb] !== undefined && !REQUESTS.has(words[verb]!);
    }
    return DEGREES.has(word) && words[at + 1] === 'to' && words[at + 2] === 'blame';
  });
}
