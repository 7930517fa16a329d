// The benchmark's output: a Markdown table for people, then one JSON line for scripts.
import type { MethodFigures, SizeFigures } from './measure-size.js';

export function formatTable(sizes: readonly SizeFigures[]): string {
  const rows = [
    '| Sentences | Method | Build (CPU) | Heap retained | Query p50 | Query p99 | Answer p50 | Answer p99 |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
  ];
  const notes: string[] = [];
  for (const size of sizes) {
    rows.push(row(size.sentences, '(a) inverted index', size.inverted));
    rows.push(row(size.sentences, '(b) natural TfIdf.tfidfs', size.natural));
    notes.push(
      `${size.sentences} sentences: identical top-10 on ${size.identicalTop10}/${size.questions} questions; ` +
        `identical answers on ${size.identicalAnswers}/${size.natural.answerSamples}; ` +
        `(a) is ${round(size.ratios.queryP50)}× (p50) / ${round(size.ratios.queryP99)}× (p99) faster at retrieval, ` +
        `${round(size.ratios.answerP99)}× at full-answer p99; ` +
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
    ms(f.queryP50Ms),
    ms(f.queryP99Ms),
    ms(f.answerP50Ms),
    ms(f.answerP99Ms),
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
