// What a question becomes: which word it hinges on, and which alternatives each word brings.
// Run against the real articles and the real English resources (thesaurus, word vectors).
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/engine/answer-engine.js';
import { planQuery, type Lexicon, type QueryGroup } from '../../src/index/query-plan.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = (await AnswerEngine.open(DEFAULT_KNOWLEDGE_DIR)).knowledgeBase.lexicon;
});

/** The words the question hinges on, other than names, with why ("focus", "measure" or "predicate"). */
function focusOf(question: string): string[] {
  return planQuery(question, lexicon)
    .filter((group) => group.essential !== undefined && group.essential !== 'name')
    .map((group) => `${group.word}: ${group.essential}`);
}

function groupOf(question: string, word: string): QueryGroup {
  const group = planQuery(question, lexicon).find((g) => g.word === word);
  if (!group) throw new Error(`no group for "${word}" in "${question}"`);
  return group;
}

describe('the word a question hinges on', () => {
  it.each([
    ['right after the question word', 'which hotel was used', ['hotel: focus']],
    ['after "how many"', 'how many engines failed', ['engines: focus']],
    ['past auxiliaries and articles', 'who were the stewardesses', ['stewardesses: focus']],
    ['past a pronoun', 'when did this strike happen', ['strike: focus']],
    ['past vague words', 'what kind of investigation is it', ['investigation: focus']],
    ['the measure a "how" question asks for', 'how long was the flight', ['long: measure']],
    ['what the question is about', 'did anyone say anything about the weather', ['weather: focus']],
    ['nothing, in a yes/no question without a verb', 'is moscow under pressure', []],
    ['the verb a yes/no question asks about', 'was the plane insured', ['insured: predicate']],
    ['the verb, past helping verbs', 'has the report been published', ['published: predicate']],
    ['the verb, after one word of chat', 'so did putin admit it', ['admit: predicate']],
    ['the verb, after a negated auxiliary', "hasn't russia admitted it", ['admitted: predicate']],
    ['nothing, when the verb is vague', 'did they say anything', []],
    ['the verb, when a question word after the auxiliary opens a second question', 'did the uk accept the apology? and what did they say', ['accept: predicate']],
    ['nothing, when a question word opens the question', 'so why did russia admit it', []],
    ['nothing, when the auxiliary\'s clause has no verb: one after "or" is another clause\'s', 'will the investigation be transparent or is it gonna be covered up', []],
    ['what "is there" asks exists', 'is there a memorial', ['memorial: focus']],
  ])('%s: %s', (_kind, question, focus) => {
    expect(focusOf(question)).toEqual(focus);
  });
});

describe('alternatives of a question word', () => {
  it('a vague word brings no word-vector neighbours, a specific one does', () => {
    expect(groupOf('was it true though', 'though').choices.filter((c) => c.via === 'vector')).toEqual([]);
    expect(groupOf('what do specialists think', 'specialists').choices.some((c) => c.via === 'vector')).toBe(true);
  });

  it('a vague word the question hinges on keeps its neighbours, to tell whether the articles speak of it', () => {
    expect(groupOf('how long was the flight', 'long').choices.some((c) => c.via === 'vector')).toBe(true);
  });

  it('a vague word counts nothing towards coverage, unless the question has nothing else', () => {
    expect(groupOf('was the investigation even finished', 'even').importance).toBe(0);
    expect(groupOf('was the investigation even finished', 'investigation').importance).toBeGreaterThan(0);
    // "uk" and "say" are both on the broad stop list (and an asker who capitalises "What" but not
    // "uk" is not taken to name anything with it)
    expect(planQuery('What did the uk say', lexicon).every((group) => group.importance > 0)).toBe(true);
  });

  it('an idiom of everyday words is no more telling than its more telling word', () => {
    // Otherwise its loose stand-ins ("go down" → "move") outrank the question's own "plane".
    const question = 'where did the plane go down';
    expect(groupOf(question, 'go down').specificity).toBeLessThan(groupOf(question, 'plane').specificity);
  });

  it('WordNet senses that word vectors put far away count no more than a broader term', () => {
    // WordNet lists "land", "country", "state" for nationality (the sense "a people"); vectors put them far off.
    const choices = groupOf('which nationalities', 'nationalities').choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(Math.max(...choices.map((c) => c.weight))).toBeLessThan(0.6);
  });

  it('an auxiliary and the word after it are grammar, not an idiom ("was on" is not "be on", as in broadcast)', () => {
    expect(planQuery('who was on the plane', lexicon).map((group) => group.word)).toEqual(['plane']);
  });

  it("an idiom with no synonym in the articles is reached through a way of doing it (come down ~ crash)", () => {
    // WordNet lists "crash" ("fall or come down violently") among the ways to come down: a crash is a coming down.
    const crash = groupOf('did the airliner come down', 'come down').choices.find((c) => c.term === 'crash');
    expect(crash?.weight).toBe(0.8);
  });

  it('a national capital reaches the country WordNet calls it the capital of, as a name', () => {
    // News names a government by its capital: "London criticised …" is the United Kingdom.
    const country = groupOf('what did London say', 'london').choices.find((c) => c.term === 'unit kingdom');
    expect(country?.weight).toBeGreaterThanOrEqual(0.8);
  });

  it('a sense word vectors confirm keeps its weight', () => {
    const regret = groupOf('is putin sorry', 'sorry').choices.find((c) => c.term === 'regret');
    expect(regret?.weight).toBe(0.7);
  });
});

describe('the thing a "how many" question counts', () => {
  const counted = (question: string) => planQuery(question, lexicon).filter((group) => group.counted).map((group) => group.word);

  it.each([
    ['the head of the noun phrase after "how many"', 'how many ukrainian drones were shot down', ['drones']],
    ['a compound noun\'s head', 'how many crew members were on board', ['members']],
    ['nothing when "how many" counts no noun', 'how many died', []],
    ['nothing in "how many times", which asks how often', 'how many times did it try to land', []],
    ['nothing without "how many"', 'which drones were shot down', []],
  ])('%s: %s', (_kind, question, words) => {
    expect(counted(question)).toEqual(words);
  });
});

describe('the thing a question asks to be named', () => {
  const named = (question: string) => planQuery(question, lexicon).filter((group) => group.named).map((group) => group.word);

  it.each([
    ['"the name of"', 'whats the name of the transport minister', ['minister']],
    ['"which exact"', 'which exact missile system hit the plane', ['system']],
    ['"which … specifically"', 'which airlines specifically stopped flying', ['airlines']],
    ['nothing in a plain "which"', 'which airlines stopped flying', []],
    ['a participle after the noun starts a clause, not more of its name', 'what was the name of the pilot flying j2-8243', ['pilot']],
    ['a participle before it is part of it', 'whats the name of the investigating officer', ['officer']],
  ])('%s: %s', (_kind, question, words) => {
    expect(named(question)).toEqual(words);
  });

  it('"which exact" asks about the thing, not about exactness', () => {
    expect(focusOf('which specific city was the flight going to')).toEqual(['city: focus']);
  });
});

describe('a question word that is no stop word', () => {
  it('asks for the kind of answer and is not looked up ("whereabouts")', () => {
    const groups = planQuery('whereabouts did the plane crash', lexicon).filter((group) => group.word === 'whereabouts');
    expect(groups.map((group) => group.rankingOnly)).toEqual([true]);
  });
});

describe('an office tied to a name', () => {
  const officeOf = (question: string) => planQuery(question, lexicon).flatMap((group) => (group.officeOf ? [`${group.officeOf} ${group.word}`] : []));

  it.each([
    ['a possessive', "what did kazakhstan's president say", ['kazakhstan president']],
    ['a possessive typed without its apostrophe', 'what did kazakhstans president say', ['kazakhstans president']],
    ['a name before the office', 'did any russian officials comment', ['russian officials']],
    ['not people who hold no office', 'how many russian passengers were there', []],
    ['not an office without a name', 'what did the president say', []],
  ])('%s: %s', (_kind, question, expected) => {
    expect(officeOf(question)).toEqual(expected);
  });
});

describe('chat', () => {
  const words = (question: string) => planQuery(question, lexicon).map((group) => group.word);

  it.each([
    ['a hedge', 'lowkey this is gonna mess up relations', 'lowkey'],
    ['an initialism of agreement', 'ikr but who shot it', 'ikr'],
    ['another of fairness', 'tbf what did putin say', 'tbf'],
  ])('%s is no word of the question, nor a typo of one ("%s")', (_kind, question, chat) => {
    expect(words(question).join(' ')).toBe(words(question.replace(`${chat} `, '')).join(' '));
  });
});

describe('typos', () => {
  const words = (question: string) => planQuery(question, lexicon).map((group) => group.word);

  it('after a determiner become a word that can follow one (a noun, not a conjunction)', () => {
    // "wether" is one letter from "whether" (which the articles use) and from "weather".
    expect(words('did the wether matter')).toContain('weather');
    expect(words('did the wether matter')).not.toContain('whether');
  });

  it('are not what the articles spell out as an acronym ("isw", one letter from "is")', () => {
    expect(groupOf('what does the isw think', 'isw').choices.map((choice) => choice.term)).toContain('institut studi war');
  });

  it('a question word with its "\'s" apostrophe dropped stays a question word ("wats" is no "was")', () => {
    // Read as "was", the question became a yes/no question hinging on its verb.
    expect(focusOf('wats russia doin about the investigation')).toEqual(['investigation: focus']);
  });

  it('are never what is left of a contraction ("wasn\'t" → "wasn", a stop word, not a typo of "wash")', () => {
    expect(words("why wasn't britain satisfied")).toEqual(['britain', 'satisfied']);
  });

  it('are never a contraction typed without its apostrophe: it reads as typed with it ("hasnt" is no "haunt")', () => {
    expect(words('why hasnt britain accepted it')).toEqual(words("why hasn't britain accepted it"));
    expect(words('wasnt it russia')).toEqual(['russia']);
  });

  it('in the web\'s word list but no dictionary ("bord") become the articles\' much commoner word one slip away', () => {
    // Capitalised, so "bord" is no name to correct to one of the articles' words.
    expect(words('How many passengers were on bord the flight?')).toContain('board');
    expect(words('waht did putin say')).not.toContain('want');
  });

  it('elsewhere become the closest known word, the articles\' own first', () => {
    expect(words('wether it matters')).toContain('whether');
  });
});

describe('names, which only count as themselves', () => {
  const namesOf = (question: string) => planQuery(question, lexicon).filter((group) => group.essential === 'name').map((group) => group.word);

  it('are the words the asker capitalised, past the start of a sentence', () => {
    expect(namesOf('What did Tokayev say')).toEqual(['tokayev']);
  });

  it('in a question typed all in lower case, are the words English only uses as names', () => {
    expect(namesOf('what is the capital of france')).toEqual(['france']);
    expect(namesOf('what did the pilot say')).toEqual([]);
  });

  it('in a question typed all in lower case, are also the words the tag lexicon lacks, most of which are names', () => {
    expect(namesOf('did kadyrov comment on the crash')).toEqual(['kadyrov']);
    expect(namesOf('was it a pantsir')).toEqual(['pantsir']);
  });

  it('… but not a slip of a word of grammar, nor a typo of a word the lexicon has', () => {
    expect(namesOf('waht did putin say')).not.toContain('waht');
    expect(namesOf('wat was the wether like')).toEqual([]);
  });

  it('… and, one letter from a name of the articles, are that name ("aliev" → aliyev; "jon" → john, a noun, never a word of grammar)', () => {
    expect(namesOf('what did aliev say')).toEqual(['aliyev']);
    expect(planQuery('what did jon kirby say', lexicon).map((group) => group.word)).toContain('john');
  });

  it('… also with a possessive\'s apostrophe left out ("alievs office" is aliyev\'s, not "aliens")', () => {
    expect(namesOf('what did alievs office say')).toEqual(['aliyev']);
  });

  it('are not the lower-case words of an asker who capitalises', () => {
    expect(namesOf('What is the capital of france')).toEqual([]);
  });

  it('in a question shouted or in Title Case, are found as in lower case (a capital "The" is style)', () => {
    expect(namesOf('WAS THE PLANE INSURED')).toEqual([]);
    expect(namesOf('Was The Plane Insured')).toEqual([]);
    expect(namesOf('WHAT IS THE CAPITAL OF FRANCE')).toEqual(['france']);
  });
});
