#!/usr/bin/env node
// `npm run ask -- "question"` prints a readable answer; `npm run ask -- --json` answers one
// question per stdin line with one JSON line each (the evaluation kit's contract). Only answers
// go to stdout; problems go to stderr.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { MAX_TOP, type Answer } from '../answers/answer.js';
import { renderAnswerText } from '../answers/render-text.js';
import type { AnswerEngine } from '../engine/answer-engine.js';
import { KnowledgeError } from '../knowledge/knowledge-error.js';
import { exitQuietlyWhenOutputCloses } from '../closed-output.js';
import { knowledgeDirSetting } from '../paths.js';

const USAGE = `usage: npm run ask -- [--top N] [--knowledge DIR] "your question"
       npm run ask -- --json [--top N] [--knowledge DIR] < questions.txt   (one question per line)`;

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        top: { type: 'string' },
        knowledge: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = options;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const top = values.top === undefined ? undefined : Number(values.top);
  if (top !== undefined && !(/^\s*\d+\s*$/.test(values.top!) && top >= 1 && top <= MAX_TOP)) {
    process.stderr.write(`--top must be a whole number from 1 to ${MAX_TOP}, not "${values.top}"\n${USAGE}\n`);
    return 2;
  }
  const question = positionals.join(' ');
  if (!values.json && question.trim().length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  let engine: AnswerEngine;
  try {
    const { AnswerEngine } = await import('../engine/answer-engine.js');
    engine = await AnswerEngine.open(values.knowledge ?? knowledgeDirSetting(process.env.KNOWLEDGE_DIR?.trim()));
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }

  if (!values.json) {
    process.stdout.write(`${renderAnswerText(engine.ask(question, { top }))}\n`);
    return 0;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(toJson(engine.ask(line, { top })))}\n`);
  return 0;
}

/** The evaluation kit's line format: passages only when the bot answers. */
function toJson(answer: Answer) {
  const passages = answer.passages.map(({ text, outlet, articleId, title, score, alsoReportedBy }) => ({
    text,
    outlet,
    articleId,
    title,
    score,
    alsoReportedBy,
  }));
  return answer.answered
    ? { question: answer.question, answered: true, passages }
    : { question: answer.question, answered: false, reason: answer.reason, message: answer.message, passages };
}

exitQuietlyWhenOutputCloses('ask');
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
