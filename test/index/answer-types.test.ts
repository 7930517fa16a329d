// The kinds of answer sentences can give and questions ask for: counts, times and places.
import { describe, expect, it } from 'vitest';
import { NUMBER_TERM } from '../../src/index/analyze.js';
import { answerTypesOf, askedAnswerTypes, countsIn, namesThing, CLOCK_TERM, DISTANCE_TERM, DURATION_TERM, PLACE_TERM, TIME_TERM } from '../../src/index/answer-types.js';

describe('what a sentence can answer', () => {
  it.each([
    ['a weekday', 'The Kremlin issued a statement on Saturday.', [TIME_TERM]],
    ['a clock time', 'The aircraft departed at 3:55 a.m. UTC.', [TIME_TERM, CLOCK_TERM]],
    ['a date', 'It happened on May 5.', [TIME_TERM]],
    ['a year', 'The 2014 crash was reminiscent of this one.', [TIME_TERM]],
    ['a place after a preposition', 'It ultimately crash-landed in Kazakhstan.', [PLACE_TERM]],
    ['a place after "the"', 'It was forced to reroute over the Caspian Sea.', [PLACE_TERM]],
    ['both', 'It crashed near Aktau on Wednesday.', [TIME_TERM, PLACE_TERM]],
    ['a time after a preposition of place is no place', 'It was announced in December.', [TIME_TERM]],
    ['a person after "to" is no place', 'Putin apologized to Aliyev.', []],
    ['"may" the verb is no month', 'Russia may have misidentified the airliner.', []],
    ['a length of time', 'It traveled for half an hour.', [DURATION_TERM]],
    ['a distance', 'It crashed hundreds of miles from its destination.', [DISTANCE_TERM]],
    ['a count of people is no length of time', 'All 67 people on board.', []],
  ])('%s: %s', (_kind, sentence, types) => {
    expect(answerTypesOf(sentence)).toEqual(types);
  });
});

describe('what a question asks for', () => {
  const termsAsked = (question: string) => askedAnswerTypes(question.split(' ')).map(({ term }) => term);

  it('requires a length of time or a distance, and only ranks by the others', () => {
    const required = (question: string) => askedAnswerTypes(question.split(' ')).filter((type) => type.required).map(({ term }) => term);
    expect(required('how long did they talk')).toEqual([DURATION_TERM]);
    expect(required('how far did it fly')).toEqual([DISTANCE_TERM]);
    expect(required('at what time did it land')).toEqual([CLOCK_TERM]);
    expect(required('how many died when and where')).toEqual([]);
  });

  it.each([
    ['"how many"', 'how many people died', [NUMBER_TERM]],
    ['"when"', 'when was the call', [TIME_TERM]],
    ['"on what day"', 'on what day did they speak', [TIME_TERM]],
    ['"where"', 'where did it crash', [PLACE_TERM]],
    ['"which city"', 'which city was it flying to', [PLACE_TERM]],
    ['a question that is just the noun', 'date of crash', [TIME_TERM]],
    ['"how long"', 'how long was it in the air', [DURATION_TERM]],
    ['"how far"', 'how far off course was it', [DISTANCE_TERM]],
    ['two kinds at once', 'when did it crash and where was it headed', [TIME_TERM, PLACE_TERM]],
    ['nothing', 'who shot the plane down', []],
    ['nothing in "what time" without "what"', 'at that time it was hit', []],
    ['not "when" as a conjunction', 'how far off course was it when it crashed', [DISTANCE_TERM]],
    ['"where" opening a second question', 'how many died and where', [NUMBER_TERM, PLACE_TERM]],
  ])('%s: %s', (_kind, question, terms) => {
    expect(termsAsked(question)).toEqual(terms);
  });
});

describe('what a sentence counts', () => {
  it.each([
    ['the word after a number', 'A total of 38 people were killed.', ['peopl']],
    ['a word two after a number', 'It was killing 38 of the 67 on board.', ['board']],
    ['a number in words', 'Two employees of the office are in Grozny.', ['employe']],
    ['"dozens of"', 'The crash killed dozens of people.', ['peopl']],
    ['a verb after a number ("29 survived")', 'Both 29 survived.', ['surviv']],
  ])('%s: %s', (_kind, sentence, terms) => {
    const counted = [...countsIn(sentence).values()].flatMap((words) => [...words]);
    for (const term of terms) expect(counted).toContain(term);
  });

  it('keeps each count with what it counts', () => {
    const counts = countsIn('A total of 38 people were killed and 29 survived.');
    expect([...counts.keys()]).toEqual(['38', '29']);
    expect(counts.get('38')).toContain('kill');
    expect(counts.get('29')).toContain('surviv');
  });

  it('numbers that name count nothing (a code, a year, a clock time)', () => {
    expect([...countsIn('Flight J2-8243 crashed, as in the 2014 crash, at 3:55 a.m.').keys()]).toEqual([]);
  });

  it('vague amounts count nothing ("multiple holes", "several airlines")', () => {
    expect([...countsIn('Multiple holes in the fuselage; several airlines suspended flights.').keys()]).toEqual([]);
  });
});

describe('whether a sentence names a thing', () => {
  const isName = (word: string) => !['the', 'transport', 'russian'].includes(word);
  const names = (sentence: string, thing: string, asked: string[] = []) => namesThing(sentence, new Set([thing]), new Set(asked), isName);

  it('a capitalised name beside the thing names it', () => {
    expect(names('It was hit by a Pantsir system.', 'system')).toBe(true);
    expect(names('The minister, Rashad Nabiyev, spoke.', 'minist')).toBe(true);
  });

  it('a name far from the thing, one the question gave, or a word at the start does not', () => {
    expect(names('Pantsir crews fired at the jet over the sea near the system.', 'system')).toBe(false);
    expect(names('Azerbaijan said its transport minister spoke.', 'minist', ['azerbaijan'])).toBe(false);
    expect(names('Systems fired.', 'system')).toBe(false);
  });

  it('a word that is no name is none, capitalised or not', () => {
    expect(names('The Transport minister spoke.', 'minist')).toBe(false);
  });
});
