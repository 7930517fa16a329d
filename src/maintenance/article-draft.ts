// From an input's extracted text to the article that would be written: metadata chosen in order
// (the moderator's options, then what the page says), a body of whole paragraphs, its sentences
// as the bot will quote them, and an id unique among live and removed articles.
import slugify from '@sindresorhus/slugify';
import { z } from 'zod';
import { splitArticle } from '../sentences/split-sentences.js';
import type { Extracted } from './extracted.js';

/** What the moderator may state, overriding the page; checked the same for both front ends. */
export const DraftOptionsSchema = z.object({
  outlet: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional(),
  title: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters').optional(),
  published: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
});

export type DraftOptions = z.infer<typeof DraftOptionsSchema>;

/** How many of a draft's first sentences a preview shows, as the bot will quote them. */
export const PREVIEW_SENTENCES = 3;

export interface DraftFields {
  id: string;
  outlet: string;
  title: string;
  published?: string;
  url?: string;
  /** The file it was added from, when it came from a file rather than a web address. */
  source?: string;
}

export interface ArticleDraft {
  fields: DraftFields;
  /** Markdown body: verbatim paragraphs separated by blank lines, headings as `## …`. */
  body: string;
  /** Every sentence, verbatim, in order. */
  sentences: string[];
  /** What was left out as page furniture, for the moderator to look over. */
  stripped: string[];
}

/** Where the input came from: its address (after redirects), or the name of the file. */
export type InputOrigin = { url: string } | { fileName: string };

export type DraftResult = { ok: true; draft: ArticleDraft } | { ok: false; missing: 'outlet' | 'title' };

const MAX_ID_LENGTH = 60;

export function buildDraft(extracted: Extracted, origin: InputOrigin, options: DraftOptions, takenIds: ReadonlySet<string>): DraftResult {
  const { metadata } = extracted;
  // The outlet is never guessed: from the moderator, or the page's own publisher name.
  const outlet = options.outlet?.trim() || metadata.outlet;
  if (!outlet) return { ok: false, missing: 'outlet' };
  const title = options.title?.trim() || metadata.title;
  if (!title) return { ok: false, missing: 'title' };
  const published = options.published ?? (metadata.published ? asDate(metadata.published) : undefined);
  const url = 'url' in origin ? (metadata.canonicalUrl ?? origin.url) : metadata.canonicalUrl;
  const body = withoutEmptySections(extracted.paragraphs).join('\n\n');
  const id = uniqueId(slugify(`${outlet} ${title}`), takenIds);
  const fields: DraftFields = {
    id,
    outlet,
    title,
    ...(published ? { published } : {}),
    ...(url && isWebAddress(url) ? { url } : {}),
    ...('fileName' in origin ? { source: origin.fileName } : {}),
  };
  return { ok: true, draft: { fields, body, sentences: splitArticle({ id, body }).map((s) => s.text), stripped: extracted.stripped } };
}

/** "2024-12-28T10:36:00Z" → "2024-12-28"; anything else as the page wrote it. */
function asDate(published: string): string {
  return /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(published) ? published.slice(0, 10) : published;
}

function isWebAddress(url: string): boolean {
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
}

/** Headings with no paragraph under them (a section that was all furniture) are dropped. */
function withoutEmptySections(paragraphs: readonly string[]): string[] {
  return paragraphs.filter((p, i) => !p.startsWith('## ') || (paragraphs[i + 1] !== undefined && !paragraphs[i + 1]!.startsWith('## ')));
}

function uniqueId(slug: string, taken: ReadonlySet<string>): string {
  let base = slug.slice(0, MAX_ID_LENGTH);
  if (slug.length > MAX_ID_LENGTH && base.includes('-')) base = base.slice(0, base.lastIndexOf('-'));
  base ||= 'article';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
