// `npm run bench [-- --sizes 1000,10000,50000 --questions 200 --natural-answers 10]`
// Compares the product's retriever with natural's straightforward TfIdf on the knowledge articles
// plus Brown corpus sentences. Prints a table, and last a single JSON line for scripts; progress
// goes to stderr, so a run of a minute or more is never silent.
import { parseArgs } from 'node:util';
import { measureSize, type SizeFigures } from '../bench/retrieval/measure-size.js';
import { formatJson, formatTable } from '../bench/retrieval/report.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '50000' },
    questions: { type: 'string', default: '200' },
    'natural-answers': { type: 'string', default: '10' },
  },
});

const positiveIntegers = (text: string, option: string): number[] =>
  text.split(',').map((part) => {
    const value = Number(part);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} takes whole numbers of at least 1, not "${part}"`);
    return value;
  });

const sizes = positiveIntegers(values.sizes, 'sizes');
const [questions] = positiveIntegers(values.questions, 'questions');
const [naturalAnswers] = positiveIntegers(values['natural-answers'], 'natural-answers');

const results: SizeFigures[] = [];
for (const sentences of sizes) {
  const onProgress = (step: string, number: number, of: number) =>
    process.stderr.write(`${sentences.toLocaleString('en-US')} sentences: ${step}… ${number}/${of}\n`);
  results.push(await measureSize({ sentences, questions: questions!, naturalAnswers: naturalAnswers!, onProgress }));
}
process.stdout.write(`${formatTable(results)}\n${formatJson(results)}\n`);
