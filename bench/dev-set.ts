// The evaluation kit's dev set (test/fixtures/dev.jsonl): the quality tests score the bot on it,
// and the benchmark asks its questions first.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../src/paths.js';

/** One JSON question per line. */
const DEV_SET_FILE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'dev.jsonl');

const DevQuestionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  expect: z.enum(['answer', 'abstain']),
  keys: z.array(z.string().min(1)).optional(),
});
export type DevQuestion = z.infer<typeof DevQuestionSchema>;

export function readDevSet(file: string = DEV_SET_FILE): DevQuestion[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => DevQuestionSchema.parse(JSON.parse(line)));
}
