// Articles saved as text: a .txt file holds one paragraph per line (as the seed copies do), a
// Markdown file paragraphs separated by blank lines, optionally behind knowledge-file-like front
// matter. Either may start with the headline. Furniture lines are left out as on web pages.
import { parse, YAMLError } from 'yaml';
import { z } from 'zod';
import { frontMatterError } from '../knowledge/parse-article.js';
import { isHeadline, separateProse } from './boilerplate.js';
import { InputRefused, type Extracted } from './extracted.js';
import type { PageMetadata } from './page-metadata.js';

export function extractPlainText(text: string): Extracted {
  return fromBlocks(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    {},
  );
}

/** Front matter a Markdown file may carry; anything else in it is not needed and ignored. */
const MarkdownFrontMatter = z
  .object({ outlet: z.string(), title: z.string(), published: z.string(), author: z.string(), url: z.string() })
  .partial()
  .catch({});

/** Throws InputRefused when the front matter is not valid YAML: its outlet or title would be lost unseen. */
export function extractMarkdown(text: string): Extracted {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  let metadata: PageMetadata = {};
  if (match) {
    const { url, ...rest } = MarkdownFrontMatter.parse(frontMatter(match[1]!) ?? {});
    metadata = { ...rest, ...(url ? { canonicalUrl: url } : {}) };
  }
  const body = match ? text.slice(match[0].length) : text;
  const blocks = body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => block.replace(/^#{2,6}\s+(.*?)\s*#*$/, '## $1'));
  return fromBlocks(blocks, metadata);
}

function frontMatter(yaml: string): unknown {
  try {
    return parse(yaml);
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const { line, message } = frontMatterError(error);
    throw new InputRefused(`the front matter is not valid YAML (line ${line}: ${message})`);
  }
}

/**
 * The leading headline-like lines (a kicker, the headline) give the title, the longest of them,
 * unless one is known; the other blocks are sorted into prose and the rest.
 */
function fromBlocks(blocks: string[], metadata: PageMetadata): Extracted {
  let lead = 0;
  while (lead < blocks.length && (blocks[lead]!.startsWith('# ') || isHeadline(blocks[lead]!))) lead++;
  const headlines = blocks.slice(0, lead).map((line) => line.replace(/^#\s+/, ''));
  const longest = headlines.reduce<string | undefined>((best, line) => (best === undefined || line.length > best.length ? line : best), undefined);
  const { paragraphs, stripped } = separateProse(blocks.slice(lead));
  const title = metadata.title ?? longest;
  return { metadata: { ...metadata, ...(title ? { title } : {}) }, paragraphs, stripped: [...headlines.filter((line) => line !== title), ...stripped] };
}
