// What an input (a web page, an HTML, Markdown or text file) gives towards a new article.
import type { PageMetadata } from './page-metadata.js';

/** An input the bot cannot take, worded for the moderator. */
export class InputRefused extends Error {
  override name = 'InputRefused';
}

export interface Extracted {
  metadata: PageMetadata;
  /** The article's paragraphs, verbatim; section headings as `## …` lines. */
  paragraphs: string[];
  /** Lines left out because they looked like page furniture, for the preview. */
  stripped: string[];
  /** Why the input is not an article (a home page, a paywall stub), if it is not. */
  notAnArticle?: string;
}
