// Autocomplete for /ask: example questions, offered only if the current articles answer them.
import type { AnswerEngine } from '../engine/answer-engine.js';
import type { KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { DISCORD_LIMITS } from './discord-limits.js';

const EXAMPLE_QUESTIONS = [
  'How many people died in the crash?',
  'How many people survived?',
  'Where did the plane crash?',
  'Where was the flight going?',
  'When did the plane crash?',
  'Who did Putin apologize to?',
  'What did Putin apologize for?',
  'Did Putin say Russia shot the plane down?',
  'What did the Kremlin say?',
  'Was the plane hit by Russian air defense?',
  'What did the White House say about the crash?',
  'What did the UK say about the apology?',
  'What did Azerbaijan say caused the crash?',
  'What interference did the plane encounter?',
  'Were Ukrainian drones attacking at the time?',
];

/** Answerable examples per knowledge snapshot: a reload brings a new snapshot and a fresh check. */
const answerableBySnapshot = new WeakMap<KnowledgeBase, string[]>();

export function suggestQuestions(engine: AnswerEngine, typed: string): string[] {
  const snapshot = engine.knowledgeBase;
  let answerable = answerableBySnapshot.get(snapshot);
  if (!answerable) {
    answerable = EXAMPLE_QUESTIONS.filter((question) => engine.ask(question).answered);
    answerableBySnapshot.set(snapshot, answerable);
  }
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return answerable
    .filter((question) => words.every((word) => question.toLowerCase().includes(word)))
    .slice(0, DISCORD_LIMITS.autocompleteChoices);
}
