// An input, a web address or a file's text, turned into extracted article text by its kind:
// HTML through Readability, Markdown and plain text as they are.
import type { InputOrigin } from './article-draft.js';
import { extractHtml } from './extract-html.js';
import { extractMarkdown, extractPlainText } from './extract-text.js';
import { InputRefused, type Extracted } from './extracted.js';
import { fetchPage, type AddressRule } from './fetch-page.js';

export type ArticleInput = { url: string } | { fileName: string; text: string };

const BY_EXTENSION: Record<string, (text: string) => Extracted> = {
  '.html': extractHtml,
  '.htm': extractHtml,
  '.md': extractMarkdown,
  '.markdown': extractMarkdown,
  '.txt': extractPlainText,
};

export const FILE_EXTENSIONS = ['.html', '.md', '.txt'] as const;

/** Throws FetchRefused or InputRefused with a message for the moderator. */
export async function readInput(input: ArticleInput, rule: AddressRule): Promise<{ extracted: Extracted; origin: InputOrigin }> {
  if ('url' in input) {
    const page = await fetchPage(input.url, rule);
    return { extracted: page.contentType === 'text/html' ? extractHtml(page.text) : extractPlainText(page.text), origin: { url: page.url } };
  }
  const extension = /\.[^.]+$/.exec(input.fileName.toLowerCase())?.[0] ?? '';
  const extract = BY_EXTENSION[extension];
  if (!extract) throw new InputRefused(`${input.fileName} is not an article file: use ${FILE_EXTENSIONS.join(', ')}`);
  return { extracted: extract(input.text), origin: { fileName: input.fileName } };
}
