// Questions typed the way people type in Discord, none of them from the dev set: chat spelling,
// typos, synonyms, idioms, British spelling. Each must reach a passage that says what was asked,
// and questions the articles don't cover must be declined.
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
    ['"how many" prefers the passage that gives a number', 'how many survivors were there', /29 survived/],
    ['a misspelled name', 'wat did zelenksy say', /Zelensky/],
    ['a misspelled word', 'who opened the investigaton', /investigat/],
    ['died ~ killed / deaths / fatalities', 'how many died', /killed|deaths|fatalities|killing/],
    ['"death toll" ~ killed / deaths', 'death toll?', /killed|deaths|fatalities|killing/],
    ['shot down ~ brought down / downing / hit', 'was the plane shot down', /brought down|downing|shooting it down|hit by/],
    ['own up ~ admit / acknowledge', 'did russia own up to it', /admit|acknowledg/],
    ['UK ~ United Kingdom', 'what did the uk say', /United Kingdom|British/],
    ['an acronym the articles spell out', 'what does the isw think putin is doing', /Institute for the Study of War/],
    ['"how did X react" asks what X said', 'how did zelensky react', /Zelensky/],
    ['British spelling "defence"', 'russian air defence', /air[- ]defense/],
    ['British spelling "apologise"', 'who did putin apologise to', /apologized to Azerbaijani President Ilham Aliyev/],
    ['"take off" ~ depart', 'when did the plane take off', /departed at 3:55/],
    ['"how far" asks for a distance', 'how far away from grozny did it crash', /hundreds of miles/],
    ['"what time" asks for a time of day', 'what time did the flight leave', /3:55 a\.m\. UTC/],
  ])('%s: %s', (_kind, question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(quoted(answer)).toMatch(expected);
  });
});

describe('questions the articles do not answer are declined', () => {
  it.each([
    "what were the pilots' names",
    'who won the world cup',
    'how old was the plane',
    'who was the pilot',
    'what is the capital of france',
    'how many children were on board',
  ])('%s', (question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
  });
});
