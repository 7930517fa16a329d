// Local console mode, for a machine with no Discord token: each line typed is a question, answered
// exactly as the bot would answer it (the same length limit and notice), rendered for the
// terminal. Works with piped input, where each answer is headed by its question; ends at EOF.
import readline from 'node:readline';
import { renderAnswerText } from './answers/render-text.js';
import { letOutputErrorsArrive } from './closed-output.js';
import type { AnswerEngine } from './engine/answer-engine.js';
import { helpText, isHelpRequest } from './help-text.js';
import { isTooLong, TOO_LONG_NOTICE } from './question-length.js';
import { fitToOutput } from './wrap-text.js';

export async function runConsole(
  engine: AnswerEngine,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  interactive: boolean,
  stopRequested: Promise<unknown>,
): Promise<void> {
  const lines = readline.createInterface({ input, crlfDelay: Infinity, ...(interactive ? { output, prompt: 'question> ' } : {}) });
  // Ctrl-C at the prompt, or SIGINT/SIGTERM from outside, ends the session like EOF does.
  lines.on('SIGINT', () => lines.close());
  void stopRequested.then(() => lines.close());
  // Prompts only at a terminal: piped output stays just the answers.
  const prompt = () => interactive && lines.prompt();
  const show = (text: string) => output.write(`${fitToOutput(text, output)}\n\n`);
  if (interactive) show(helpText(engine.articles(), 'console'));
  prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (question) {
      // At a terminal the question is on screen already; in a transcript it names the answer below it.
      const asked = interactive ? '' : `> ${writtenOut(question)}\n`;
      show(asked + reply(engine, question));
      await letOutputErrorsArrive();
    }
    prompt();
  }
}

/** C0 and C1 control characters and DEL, all but tab. */
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

/** Control characters written out ("\x1b"): echoed as they are, they would act on the reader's terminal (colours, a title, the bell). */
function writtenOut(text: string): string {
  return text.replace(CONTROL, (control) => `\\x${control.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function reply(engine: AnswerEngine, question: string): string {
  if (isHelpRequest(question)) return helpText(engine.articles(), 'console');
  if (isTooLong(question)) return TOO_LONG_NOTICE;
  return renderAnswerText(engine.ask(question));
}
