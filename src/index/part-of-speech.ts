// Penn Treebank part-of-speech tags for a question's words, by natural's Brill tagger: each word
// gets its most frequent tag from the lexicon, then 18 contextual rules correct it ("the *pilots*"
// NNS, "was the plane *insured*" VBN). The lexicon is read from the sorted build output
// (scripts/build-tag-lexicon.ts), because natural's own loads 4 MB of JSON on import.
import { createRequire } from 'node:module';
import type BrillPOSTagger from 'natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js';
import type RuleSet from 'natural/lib/natural/brill_pos_tagger/lib/RuleSet.js';
import { TAG_LEXICON_FILE } from '../paths.js';
import { SortedLines } from './sorted-lines.js';

/** Most words the lexicon does not know are names or new nouns. */
const UNKNOWN_WORD_TAG = 'NN';

/** Tags remembered at most: every word questions use, bounded against hostile ones. */
const MAX_REMEMBERED_TAGS = 50_000;

export class PartOfSpeechTagger {
  private tagger: BrillPOSTagger | undefined;
  /** Words already looked up (`null`: not in the lexicon). Questions and typo candidates repeat a lot. */
  private readonly tags = new Map<string, string | null>();

  private constructor(private readonly lexicon: SortedLines) {}

  static load(file: string = TAG_LEXICON_FILE): PartOfSpeechTagger {
    return new PartOfSpeechTagger(SortedLines.read(file, 'the tag lexicon'));
  }

  /** A word's most frequent tag by itself, with no context; undefined when the lexicon lacks it. */
  lexicalTag(word: string): string | undefined {
    let tag = this.tags.get(word);
    if (tag === undefined) {
      tag = this.lexicon.find(word)?.split('\t')[1] ?? null;
      if (this.tags.size >= MAX_REMEMBERED_TAGS) this.tags.clear();
      this.tags.set(word, tag);
    }
    return tag ?? undefined;
  }

  /** One tag per word (lower-case words, in order: the rules look at their neighbours). */
  tag(words: readonly string[]): string[] {
    return this.brillTagger().tag([...words]).taggedWords.map(({ tag }) => tag);
  }

  /** natural's tagger and rules, loaded on first use: most questions never need them, and a one-shot CLI answer would pay for the load. */
  private brillTagger(): BrillPOSTagger {
    if (!this.tagger) {
      const require = createRequire(import.meta.url);
      const Tagger: typeof BrillPOSTagger = require('natural/lib/natural/brill_pos_tagger/lib/Brill_POS_Tagger.js');
      const Rules: typeof RuleSet = require('natural/lib/natural/brill_pos_tagger/lib/RuleSet.js');
      const tagWord = (word: string) => [this.lexicalTag(word) ?? UNKNOWN_WORD_TAG];
      this.tagger = new Tagger({ tagWord }, new Rules('EN'));
    }
    return this.tagger;
  }
}
