// Questions typed the way people type in Discord, each showing one mechanism at work: chat
// spelling, typos, synonyms, idioms, word vectors, British spelling, question focus, names.
// They were written for these mechanisms; none is a dev-set question or a paraphrase of one
// (the dev sets are scored on their own in test/dev-set.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer.js';
import { AnswerEngine } from '../../src/engine/answer-engine.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await AnswerEngine.open(DEFAULT_KNOWLEDGE_DIR);
});

function quoted(answer: Answer): string {
  return answer.passages.map((p) => p.text).join('\n');
}

describe('casual questions reach the passage that answers them', () => {
  it.each([
    ['chat spelling', 'how many ppl survived', /29 survived/],
    ['"how many" is answered by a passage that counts the thing', 'how many people lost their lives', /38 people/],
    ['"how many" of a kind of people is answered by a count of people that says the same of them', 'how many passengers survived', /29 survived/],
    ['… also when the count of people comes with where they were', 'how many passengers were on board', /67 people on board/],
    ['"which specific" is answered by a passage that names one', 'which specific city was the flight going to', /city of Grozny|to Grozny/],
    ['a misspelled name', 'wat did zelenksy say', /Zelensky/],
    ['a misspelled word', 'who opened the investigaton', /investigat/],
    ['"how far" is answered by a passage that gives a distance', 'how far from its destination did the plane come down', /hundreds of miles/],
    ['"how long" is answered by a passage that gives a length of time', 'how long did the plane fly before the gps trouble', /half an hour/],
    ['"which day" prefers passages that state a time', 'which day did putin ring aliyev', /on Saturday/],
    ['a name spelled another way (English knows both)', 'what did President Aliev tell Putin', /Aliyev/],
    ['a misspelled word that general English knows better than the articles', 'wat did the transportt minister say', /Transport Minister/i],
    ['died ~ killed / deaths / fatalities', 'how many died', /killed|deaths|fatalities|killing/],
    ['shot down ~ brought down / downing / hit', 'was the plane shot down', /brought down|downing|shooting it down|hit by/],
    ['own up ~ admit / acknowledge / regret', 'did russia own up to it', /admit|acknowledg|regret/],
    ['a phrase typed closed up ("onboard" ~ on board)', 'how many ppl were onboard', /67 people on board/],
    ['a phrasal verb typed closed up, in its past form ("shotdown" ~ shot down)', 'was it shotdown', /brought down|downing|shooting it down|hit by/],
    ['UK ~ United Kingdom', 'what did the uk say', /United Kingdom|British/],
    ["an office of a country the articles name with it (Ukraine's president ~ Ukrainian President)", "what did ukraine's president say", /Ukrainian President/],
    ['… with an office named by a looser word (leader ~ president)', 'what did the azerbaijani leader say', /Aliyev/],
    ['an initialism written with dots is the word ("u.s." ~ "US")', 'what did the u.s. say', /U\.?S\.? defense officials/],
    ["a capital standing for its country's government (London ~ the United Kingdom)", 'what is londons view of the apology', /United Kingdom/],
    ['an acronym the articles spell out', 'what does the isw think putin is doing', /Institute for the Study of War/],
    ['word vectors: specialists ~ experts', 'what do the specialists in baku believe', /experts/],
    ['a derivation close in meaning counts as the word', 'who is investigating the crash', /investigat/i],
    ['British spelling "defence"', 'russian air defence', /air[- ]defense/],
    ['British spelling "apologise"', 'who did putin apologise to', /apologized to Azerbaijani President Ilham Aliyev/],
    ['"take off" ~ depart', 'when did the plane take off', /departed at 3:55/],
    ['a yes/no question whose verb the articles use', 'did putin apologise to aliyev', /apologi[sz]ed to/],
    ["a yes/no question whose verb the articles tell in the verb's main synonym (talk ~ speak)", 'did aliyev talk to zelensky', /spoken with Ukrainian President Volodymyr Zelensky/],
    ['"is there …" about something the articles have', 'is there any video of the crash', /video/i],
    ['a yes/no question whose "who" is a relative pronoun, not what it asks for', 'did putin wish anything for the people who got hurt', /speedy recovery/],
  ])('%s: %s', (_kind, question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(quoted(answer)).toMatch(expected);
  });
});

describe('the first passage gives the kind of answer asked for', () => {
  it.each([
    ['"where" leads with the place', 'where did it crash?', /Aktau|Kazakhstan/],
    ['"when" leads with the day', 'when did the crash happen?', /Christmas|December|Wednesday/],
    ['… also when asked for "exactly" (a word asking for precision, not a topic)', 'when did this happen exactly', /Christmas|December|Wednesday/],
  ])('%s: %s', (_kind, question, expected) => {
    const answer = engine.ask(question);
    expect(answer.passages[0]?.text).toMatch(expected);
  });

  it('"how many people died?" leads with the death toll the articles agree on, not a side story\'s (MH17\'s 298)', () => {
    const first = engine.ask('how many people died?').passages[0]?.text;
    expect(first).toMatch(/\b38\b/);
    expect(first).not.toMatch(/298/);
  });

  it('a question about the side story still leads with its count', () => {
    expect(engine.ask('how many people were killed when MH17 was shot down').passages[0]?.text).toMatch(/298/);
  });
});

describe('questions the articles do not answer are declined', () => {
  it.each([
    ['what the question asks for is never mentioned', 'how many kids were on the flight'],
    ['what the question asks for is never mentioned', 'which hotel did the survivors stay in'],
    ['the articles only have a look-alike of the word (Porter: nationality, national → nation)', 'what nationality was the pilot'],
    ['what the question asks about comes after some grammar ("who were the …")', 'who were the stewardesses on the flight to grozny'],
    ['what the question asks about comes after some grammar ("when was the …")', 'when was the copilot hired by azerbaijan airlines'],
    ['WordNet lists the word among its own synonyms, whose look-alike stem is still not the word', 'which nationalities died in the plane crash'],
    ['a one-word WordNet synonym may be another sense (fare → come)', 'what was the fare for the flight to grozny'],
    ['a name the articles never mention', 'What did Erdogan say about the crash?'],
    ['a name the articles never mention, typed in lower case and unknown to the tag lexicon', 'did kadyrov say anything about the crash'],
    ['a name close in meaning is someone else', 'What is the capital of France?'],
    ['a name typed in lower case is still a name', 'whats the capital of france'],
    ['"how long" when no passage about it gives a length of time', 'how long did putin and aliyev talk for'],
    ['"what time" when no passage about it gives a time of day', 'what time did it crash'],
    ['off topic', 'who won the world cup'],
    ['a yes/no question about what never happened in the articles', 'was the plane insured?'],
    ['a yes/no question about what never happened in the articles', 'has anyone been arrested over the crash?'],
    ['a yes/no question opening with a word of chat', 'so was the airline fined for it?'],
    ['a question shouted in capitals ("INSURED" is no name to correct to "injured")', 'WAS THE PLANE INSURED??'],
    ['a question in Title Case', 'Was The Plane Insured?'],
    ['"is there …" about something the articles never mention', 'is there a memorial for the victims?'],
    ['"how many" of something the articles mention but never count', 'how many missiles were fired at the plane'],
    ['the name of someone the articles mention but never name', 'what is the name of the kremlin spokesman'],
    ['an office of a country the articles name, whose holder they never mention', 'what did kazakhstans president say about the crash'],
    ['… also in a yes/no question', "Did Putin also apologize to Kazakhstan's president?"],
    ['the name of someone the articles never mention, whose synonym as a verb stands beside names ("pilot" → "flying from Baku")', 'What was the name of the pilot flying J2-8243?'],
    ['"how many" hinges on what it counts, not on the adjective before it', 'how many russian soldiers were punished'],
    ['"how many" of a kind of people, when no count of people says anything else the question does', 'how many investigators are at the crash site'],
    ['a question asking for a judgement, which no report can give', 'was putin wrong to apologise to aliyev'],
    ['a question asking the bot\'s own view', 'whats ur take on putins apology'],
  ])('%s: %s', (_kind, question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
  });
});
