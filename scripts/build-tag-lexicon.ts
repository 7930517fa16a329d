// Build step: turns the English lexicon of natural's Brill part-of-speech tagger (93k words, a
// 4 MB JSON object that takes about 0.1 s to parse) into dist/tag-lexicon.tsv: one sorted
// `word<TAB>tag` line per lower-case word, which the reader binary-searches without parsing.
// The tagger only ever uses a word's first (most frequent) tag, so that is the one kept.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { byCodeUnit } from '../src/index/sorted-lines.js';
import { TAG_LEXICON_FILE } from '../src/paths.js';

const require = createRequire(import.meta.url);
const lexicon: Record<string, string[]> = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');

// Questions reach the tagger lower-cased. A word's own lower-case entry wins over a capitalised
// one ("may" the verb, not "May" the month); a word only ever capitalised keeps that tag ("Kremlin").
const tags = new Map<string, string>();
for (const [word, [tag]] of Object.entries(lexicon)) {
  const lower = word.toLowerCase();
  if (!tag || /[\t\n]/.test(word) || /\s/.test(tag)) continue;
  if (word === lower || !tags.has(lower)) tags.set(lower, tag);
}
const lines = [...tags].sort(([a], [b]) => byCodeUnit(a, b)).map(([word, tag]) => `${word}\t${tag}`);
fs.mkdirSync(path.dirname(TAG_LEXICON_FILE), { recursive: true });
fs.writeFileSync(TAG_LEXICON_FILE, lines.join('\n') + '\n');
console.log(`tag lexicon: ${lines.length} words → ${path.relative(process.cwd(), TAG_LEXICON_FILE)}`);
