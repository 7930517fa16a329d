// Penn Treebank part-of-speech tags that the question readers test words against, in one place.

/** Nouns of any kind: common and proper, singular and plural. */
export const NOUN_TAG = /^NN/;
/** Common nouns, singular and plural ("president", "officials"). */
export const COMMON_NOUN_TAG = /^NNS?$/;
/** Proper nouns, singular and plural ("France", "Americans"). */
export const PROPER_NOUN_TAG = /^NNPS?$/;
