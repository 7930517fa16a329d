#!/usr/bin/env node
// `npm run ask -- "question"` prints a readable answer ("help": the help text). With --json it
// prints one JSON line per question instead (the evaluation kit's contract): for the question in
// the arguments (stdin is then not read), or, with none, for each line of stdin. Only answers go
// to stdout; problems go to stderr.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { MAX_TOP, type Answer } from '../answers/answer.js';
import { renderAnswerText } from '../answers/render-text.js';
import { exitQuietlyWhenOutputCloses, letOutputErrorsArrive } from '../closed-output.js';
import type { AnswerEngine } from '../engine/answer-engine.js';
import { knowledgeDirSetting } from '../paths.js';
import { cannotStart } from '../startup-failure.js';
import { fitToOutput } from '../wrap-text.js';

const USAGE = `usage: npm run ask -- [--json] [--top N] [--knowledge DIR] "your question"
       npm run ask -- --json [--top N] [--knowledge DIR] < questions.txt   (one question per line)
DIR, like KNOWLEDGE_DIR, is relative to the project folder; the default is knowledge.`;

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
  const question = positionals.length > 0 ? positionals.join(' ') : undefined;
  // Only --json reads questions from stdin, and only when the arguments give none: stdin may be
  // a pipe that never ends (a harness's), which must not hold up the answer.
  if (question === undefined ? !values.json : question.trim().length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  let engine: AnswerEngine;
  try {
    // Loaded only now, like the engine, so a usage error is said at once.
    const [{ AnswerEngine }, { environmentWithDotEnv }] = await Promise.all([import('../engine/answer-engine.js'), import('../config.js')]);
    engine = await AnswerEngine.open(knowledgeDirSetting((values.knowledge ?? environmentWithDotEnv().KNOWLEDGE_DIR)?.trim()));
  } catch (error) {
    process.stderr.write(`${cannotStart(error)}\n`);
    return 1;
  }

  const answerAsJson = (text: string) => process.stdout.write(`${JSON.stringify(toJson(engine.ask(text, { top })))}\n`);
  if (question === undefined) {
    for await (const line of readline.createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      answerAsJson(line);
      await letOutputErrorsArrive();
    }
  } else if (values.json) {
    answerAsJson(question);
  } else {
    // Not imported at the top: it brings zod, which a usage error need not wait for.
    const { helpText, isHelpRequest } = await import('../help-text.js');
    const text = isHelpRequest(question) ? helpText(engine.articles(), 'command line') : renderAnswerText(engine.ask(question, { top }));
    process.stdout.write(`${fitToOutput(text, process.stdout)}\n`);
  }
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
