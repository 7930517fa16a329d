// Local console mode, for a machine with no Discord token: each line typed is a question, answered
// exactly as the bot would answer it, rendered for the terminal. Works with piped input; ends at EOF.
import readline from 'node:readline';
import { renderAnswerText } from './answers/render-text.js';
import type { AnswerEngine } from './engine/answer-engine.js';
import { helpText, isHelpRequest } from './help-text.js';

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
  if (interactive) output.write(`${helpText(engine.articles(), 'console')}\n\n`);
  prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (question) output.write(`${isHelpRequest(question) ? helpText(engine.articles(), 'console') : renderAnswerText(engine.ask(question))}\n\n`);
    prompt();
  }
}
