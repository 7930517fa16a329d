// Phrasal words typed closed up: "onboard" for "on board", "shootdown" or "shotdown" for "shot
// down", "crashlanded" for "crash-landed". English writes many phrases either way, and chat closes
// them up more; the articles use the open form, which the question's closed one never matches.
import { isStopword, stem } from './analyze.js';
import { baseFormsOf } from './inflections.js';
import { baseForm } from './irregular-verbs.js';
import type { TfIdfIndex } from './tfidf-index.js';
import type { Thesaurus } from './thesaurus.js';

/** Each side of a split is at least this long ("on" + "board"). */
const MIN_PART_LENGTH = 2;

/**
 * The two words a closed-up word stands for, if neither the articles nor WordNet have it and it
 * splits into a phrase WordNet lists ("shot" + "down": "shoot down"; "on" + "board") of which the
 * articles use a content word. A word WordNet has keeps its own senses and synonyms: a "headache"
 * is a worry, which "head" and "ache" are not.
 */
export function splitCompound(word: string, index: TfIdfIndex, thesaurus: Thesaurus): [string, string] | undefined {
  const key = stem(word);
  if (index.has(key) || thesaurus.knows(key) || isStopword(word)) return undefined;
  for (let at = MIN_PART_LENGTH; at <= word.length - MIN_PART_LENGTH; at++) {
    const [first, second] = [word.slice(0, at), word.slice(at)];
    const isPhrase = [...new Set([baseForm(first), ...baseFormsOf(first)])].some((base) => thesaurus.knows(`${stem(base)} ${stem(second)}`));
    const usedByArticles = [first, second].some((part) => !isStopword(part) && index.has(stem(part)));
    if (isPhrase && usedByArticles) return [first, second];
  }
  return undefined;
}
