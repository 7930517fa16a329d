// What a question hinges on, from its grammar: the thing a wh-question asks for, the subject it
// is "about", and the predicate a yes/no question asks whether it happened. Articles that never
// reach such a word cannot answer, however many of the question's other words they share.
import { isVague } from './analyze.js';
import { ONE_IN_PARTICULAR } from './answer-types.js';

/**
 * Why a question hinges on a word: it is what the question asks for ("which *hospital*", "what
 * did he say about the *weather*"), the measure a "how" question asks for ("how *old*", "how
 * *far*"), a name the asker capitalised ("*Tokayev*"), or what a yes/no question asks happened
 * ("was the plane *insured*?").
 */
export type Essential = 'focus' | 'measure' | 'name' | 'predicate';

/**
 * Question words after which the first content word is what a question asks about ("which
 * *hospital*", "how many *children*", "who were the *pilots*", "how much did a *ticket* cost").
 * Auxiliaries, articles and pronouns in between are skipped: they are grammar, not the topic.
 */
const ASKING_FOR = new Set(['what', 'which', 'whose', 'how', 'who', 'where', 'when']);
/** Question words of any kind: a question opening with one is not a yes/no question. */
const QUESTION_WORDS = new Set([...ASKING_FOR, 'why', 'whom']);
const QUANTITY = new Set(['many', 'much']);
/** Prepositions that name a question's subject ("what did he say *about* the weather"). */
const ON_THE_SUBJECT_OF = new Set(['about', 'regarding', 'concerning']);
/** "how much did a ticket cost": at most this much grammar stands between the question word and its topic. */
const MAX_GRAMMAR_WORDS = 3;

/**
 * The auxiliaries and modals a yes/no question opens with ("*was* the plane insured?"), also
 * negated: what the tokenizer leaves of "wasn't" ("*wasn't* it shot down?"). Not "won", a verb too.
 */
const AUXILIARIES = new Set([
  ...['is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'],
  ...['isn', 'aren', 'wasn', 'weren', 'don', 'doesn', 'didn', 'hasn', 'haven', 'hadn', 'couldn', 'wouldn', 'shouldn', 'mustn'],
]);
/** Forms of "be" an auxiliary question does not open with ("has it *been* decoded"). */
const OTHER_FORMS_OF_BE = ['be', 'been', 'being'];
/** Verbs that are grammar in a yes/no question ("has it *been* decoded", "did it *get* hit"), not what is asked. */
const HELPING_VERBS = new Set([...AUXILIARIES, ...OTHER_FORMS_OF_BE, 'done', 'doing', 'having', 'get', 'gets', 'got', 'gotten', 'getting']);

/** Is the word an auxiliary or modal ("was", "did", "can", "been")? In a question it is grammar. */
export function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word) || OTHER_FORMS_OF_BE.includes(word);
}
/** "so did putin admit it": a yes/no question may open with one word of chat before its auxiliary. */
const MAX_WORDS_BEFORE_AUXILIARY = 1;
/** Penn Treebank tags of a verb that can carry a predicate: base form, past tense, participles. */
const VERB_TAG = /^VB[DGN]?$/;

/**
 * The words a question hinges on (of its lower-case words), each with why: what it asks for,
 * what it is about, and for a yes/no question its verb. `tag` gives the words' parts of speech;
 * it is called only for yes/no questions.
 */
export function essentialWords(words: readonly string[], tag: (words: readonly string[]) => readonly string[]): Map<string, Essential> {
  const focus = new Map<string, Essential>();
  const auxiliary = yesNoAuxiliary(words);
  const asking = auxiliary === undefined ? words.findIndex((word) => ASKING_FOR.has(word)) : -1;
  if (asking >= 0) {
    const next = words[asking + 1] ?? '';
    if (words[asking] === 'how' && isVague(next) && !QUANTITY.has(next)) focus.set(next, 'measure');
    else addContentWordFrom(QUANTITY.has(next) ? asking + 2 : asking + 1, words, focus);
  }
  words.forEach((word, at) => ON_THE_SUBJECT_OF.has(word) && addContentWordFrom(at + 1, words, focus));
  if (auxiliary !== undefined && words[auxiliary + 1] === 'there') {
    addContentWordFrom(auxiliary + 2, words, focus); // "is there a *memorial*": the thing asked about
  } else if (auxiliary !== undefined) {
    const predicate = predicateAfter(auxiliary, words, tag(words));
    if (predicate !== undefined && !focus.has(predicate)) focus.set(predicate, 'predicate');
  }
  return focus;
}

/** The first content word from `start` on, past a little grammar ("a", "the", "did", "they"). */
function addContentWordFrom(start: number, words: readonly string[], focus: Map<string, Essential>): void {
  let next = start;
  // "which *exact* system": the adjective asks for one in particular; the system is the focus.
  for (let skipped = 0; skipped < MAX_GRAMMAR_WORDS && (isVague(words[next] ?? '') || ONE_IN_PARTICULAR.has(words[next] ?? '')); skipped++) next++;
  const word = words[next];
  if (word !== undefined && !isVague(word)) focus.set(word, 'focus');
}

/**
 * Where a yes/no question's auxiliary is ("*was* the plane insured", "so *did* putin admit it"), or
 * undefined when the question is none. Question words after it do not ask for anything: they are
 * relative pronouns ("the people *who* got hurt") or open a second question ("… ? and *what* …").
 */
function yesNoAuxiliary(words: readonly string[]): number | undefined {
  const auxiliary = words.findIndex((word) => AUXILIARIES.has(word));
  if (auxiliary < 0 || auxiliary > MAX_WORDS_BEFORE_AUXILIARY || words.slice(0, auxiliary).some((word) => QUESTION_WORDS.has(word))) return undefined;
  return auxiliary;
}

/** Coordinating conjunctions: a verb after one belongs to another clause ("will it be transparent *or* is it covered up"). */
const CLAUSE_BOUNDARIES = new Set(['and', 'or', 'but']);

/**
 * What a yes/no question asks happened: the first verb after its auxiliary, past helping verbs
 * ("was the plane *insured*", "did the survivors *sue*"), in the auxiliary's own clause. A vague
 * verb ("did he *say* anything") is too broad to hinge on.
 */
function predicateAfter(auxiliary: number, words: readonly string[], tags: readonly string[]): string | undefined {
  for (let at = auxiliary + 1; at < words.length; at++) {
    const word = words[at]!;
    if (CLAUSE_BOUNDARIES.has(word)) return undefined;
    if (VERB_TAG.test(tags[at] ?? '') && !HELPING_VERBS.has(word) && !isVague(word)) return word;
  }
  return undefined;
}
