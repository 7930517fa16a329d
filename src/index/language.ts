// The general-English resources every knowledge base is analysed with, loaded once per process
// and shared by every rebuild: WordNet (as the thesaurus), GloVe word vectors and a tagger.
import { PartOfSpeechTagger } from './part-of-speech.js';
import { Thesaurus } from './thesaurus.js';
import { WordVectors } from './word-vectors.js';

export interface Language {
  thesaurus: Thesaurus;
  wordVectors: WordVectors;
  tagger: PartOfSpeechTagger;
}

let loaded: Language | undefined;

/** The shared resources, read from disk on first use. */
export function language(): Language {
  return (loaded ??= { thesaurus: Thesaurus.load(), wordVectors: WordVectors.load(), tagger: PartOfSpeechTagger.load() });
}
