// Console mode over piped input: the same answers as the bot, rendered for the terminal, ending at EOF.
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnswerText } from '../../src/answers/render-text.js';
import { runConsole } from '../../src/console-mode.js';
import { AnswerEngine } from '../../src/engine/answer-engine.js';
import { helpText } from '../../src/help-text.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await AnswerEngine.open(DEFAULT_KNOWLEDGE_DIR);
});

async function consoleSession(input: string, interactive = false): Promise<string> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let output = '';
  stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = runConsole(engine, stdin, stdout, interactive, new Promise(() => {}));
  stdin.end(input);
  await done;
  return output;
}

describe('console mode', () => {
  it('answers each piped line as the bot would, and says "help" on request, then ends at EOF', async () => {
    const output = await consoleSession('How many people died in the crash?\n\nhelp\nWhat is the best pizza topping?\n');
    const expected = [renderAnswerText(engine.ask('How many people died in the crash?')), helpText(engine.articles(), 'console'), renderAnswerText(engine.ask('What is the best pizza topping?'))];
    expect(output).toBe(expected.map((block) => `${block}\n\n`).join(''));
    expect(output).toMatch(/Newsweek|t-online/);
    expect(output).toContain('Type a question and press Enter.');
    expect(output).toContain("don't say");
    expect(output).not.toContain('question>');
  });

  it('prompts and greets at a terminal', async () => {
    const output = await consoleSession('help\n', true);
    expect(output).toContain('question> ');
    expect(output.match(/How to ask:/g)).toHaveLength(2);
  });
});
