// A news page's article, as Firefox's Reader View sees it: Mozilla's Readability over a linkedom
// document finds the article among navigation, ads, related links and comments; its paragraphs
// are then taken verbatim, minus the furniture that sits inside articles (captions, bylines,
// "Read more" prompts), which is listed for the preview.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { separateProse } from './boilerplate.js';
import type { Extracted } from './extracted.js';
import { readPageMetadata } from './page-metadata.js';

/** Elements whose text is one paragraph of the article. */
const PARAGRAPHS = new Set(['P', 'LI', 'PRE', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Captions and furniture Readability keeps inside the article. */
const SKIPPED = new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'BUTTON', 'FORM', 'TABLE']);
/** Phrases of a page that shows a teaser and asks for a subscription instead of the article. */
const PAYWALL = /\b(?:subscribe|log in|sign in|register) (?:now )?to (?:continue|keep) reading\b|\bto continue reading\b|\balready a subscriber\b|\bfor subscribers only\b|\bsubscriber[- ]only\b/i;

/** A paragraph at least this long counts towards a page reading as an article. */
const MIN_PARAGRAPH_LENGTH = 80;

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

export function extractHtml(html: string): Extracted {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  // Readability's own test counts paragraphs over 140 characters; news prose often runs shorter.
  const readerable = isProbablyReaderable(document as unknown as Document, { minContentLength: MIN_PARAGRAPH_LENGTH });
  const parsed = new Readability(document as unknown as Document, { serializer: (node) => node as unknown as Node }).parse();
  const blocks: string[] = [];
  const furniture: string[] = [];
  if (parsed?.content) collectBlocks(parsed.content, blocks, furniture, metadata.title);
  const { paragraphs, stripped } = separateProse(blocks);
  stripped.unshift(...furniture);
  const notAnArticle = articleProblem(readerable && parsed !== null, paragraphs, stripped);
  return { metadata, paragraphs, stripped, ...(notAnArticle ? { notAnArticle } : {}) };
}

/** A story reads as paragraphs under few headings; a front page is a heading per teaser. */
function articleProblem(readerable: boolean, paragraphs: readonly string[], stripped: readonly string[]): string | undefined {
  const headings = paragraphs.filter((p) => p.startsWith('## ')).length;
  if (!readerable || (headings >= 3 && headings * 3 > paragraphs.length)) {
    return 'the page does not look like an article (a home page or a list of stories, not one story)';
  }
  if (PAYWALL.test(paragraphs.join('\n')) || PAYWALL.test(stripped.join('\n'))) {
    return 'the page looks like a paywall stub: it asks readers to subscribe instead of showing the article';
  }
  return undefined;
}

/** The text of each paragraph element in document order (headings as `## …`); captions and the like go to `furniture`. */
function collectBlocks(node: Node, blocks: string[], furniture: string[], title: string | undefined): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (SKIPPED.has(child.nodeName)) {
      if (text) furniture.push(text);
    } else if (PARAGRAPHS.has(child.nodeName) && !(child.nodeName === 'BLOCKQUOTE' && hasParagraphs(child))) {
      if (text && text !== title) blocks.push(child.nodeName.startsWith('H') ? `## ${text}` : text);
    } else {
      collectBlocks(child, blocks, furniture, title);
    }
  }
}

function hasParagraphs(node: Node): boolean {
  return Array.from(node.childNodes).some((child) => PARAGRAPHS.has(child.nodeName) || hasParagraphs(child));
}
