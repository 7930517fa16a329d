// Work done per word, remembered per knowledge base: questions bring the same words again and
// again, and a word's alternatives or its spelling fix depend only on the word and the articles.

/**
 * A memo of `work` by key, one per owner (a knowledge base's lexicon or index), forgotten with the
 * owner. Each holds at most `limit` results: hostile questions can bring endless new words.
 */
export function rememberedPer<Owner extends object, Result>(limit: number): (owner: Owner, key: string, work: () => Result) => Result {
  const memories = new WeakMap<Owner, Map<string, Result>>();
  return (owner, key, work) => {
    let memory = memories.get(owner);
    if (!memory) memories.set(owner, (memory = new Map()));
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known!;
    const result = work();
    if (memory.size >= limit) memory.clear();
    memory.set(key, result);
    return result;
  };
}
