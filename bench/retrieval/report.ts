// The benchmark's output: a Markdown table for people, then one JSON line for scripts.
import type { MethodFigures, SizeFigures } from './measure-size.js';

export function formatTable(sizes: readonly SizeFigures[]): string {
  const rows = [
    '| Sentences | Method | Build (CPU) | Heap retained | Answer p50 | Answer p99 | Search p50 | Search p99 |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  const notes: string[] = [];
  for (const size of sizes) {
    rows.push(row(size.sentences, '(a) inverted index', size.inverted));
    rows.push(row(size.sentences, '(b) natural TfIdf.tfidfs', size.natural));
    // Answers are the headline: the bot's answer path scores the index's postings itself and never
    // calls InvertedTfIdfIndex.search, so the query figures only compare the two indexes as such.
    notes.push(
      `${size.sentences} sentences: answers (the bot's whole pipeline) ${round(size.ratios.answerP50)}× (p50) / ` +
        `${round(size.ratios.answerP99)}× (p99) faster than the same pipeline over natural, identical on ` +
        `${size.identicalAnswers}/${size.natural.answerSamples}; ` +
        `index search alone (InvertedTfIdfIndex.search, which answering does not use) ${round(size.ratios.queryP50)}× (p50) / ` +
        `${round(size.ratios.queryP99)}× (p99) faster than natural's tfidfs, identical top-10 on ${size.identicalTop10}/${size.questions}; ` +
        `max event-loop stall during a rebuild ${ms(size.inverted.rebuildMaxEventLoopStallMs)}`,
    );
  }
  return [...rows, '', ...notes].join('\n');
}

function row(sentences: number, method: string, f: MethodFigures): string {
  const cells = [
    String(sentences),
    method,
    `${ms(f.buildMs)} (${ms(f.buildCpuMs)})`,
    `${f.heapMb.toFixed(1)} MB`,
    ms(f.answerP50Ms),
    ms(f.answerP99Ms),
    ms(f.queryP50Ms),
    ms(f.queryP99Ms),
  ];
  return `| ${cells.join(' | ')} |`;
}

function ms(value: number): string {
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`;
  return `${value < 1 ? value.toFixed(3) : value.toFixed(1)} ms`;
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function formatJson(sizes: readonly SizeFigures[]): string {
  return JSON.stringify({ node: process.version, sizes });
}
