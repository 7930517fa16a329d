// An article page's own account of itself, each field from the best place that states it:
// JSON-LD NewsArticle first, then Open Graph / article meta tags, then <title> and <h1>.
// Nothing is guessed: a page that names no publisher yields no outlet.
import { z } from 'zod';

export interface PageMetadata {
  outlet?: string;
  title?: string;
  published?: string;
  author?: string;
  /** The page's canonical address (<link rel="canonical">, og:url or JSON-LD url). */
  canonicalUrl?: string;
}

/** Only what is read from a node: both linkedom's and jsdom's documents fit. */
interface QueryableDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

const text = z.string().trim().min(1);
/** "name" as a string, an object with a name, or a list of either. */
const named = z
  .union([text, z.object({ name: text }).loose(), z.array(z.union([text, z.object({ name: text }).loose()]))])
  .transform((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === 'string' ? first : first?.name;
  });
/** Each field on its own: one malformed field must not lose the others. */
const NewsArticleSchema = z.object({
  '@type': z.union([z.string(), z.array(z.string())]).transform((type) => (Array.isArray(type) ? type : [type])),
  headline: text.optional().catch(undefined),
  datePublished: text.optional().catch(undefined),
  publisher: named.optional().catch(undefined),
  author: named.optional().catch(undefined),
  url: text.optional().catch(undefined),
});
/** Article, NewsArticle and its kinds (ReportageNewsArticle, AnalysisNewsArticle, …). */
const ARTICLE_TYPES = /^(?:\w*News)?Article$/;

export function readPageMetadata(document: QueryableDocument): PageMetadata {
  const jsonLd = newsArticleJsonLd(document);
  const meta = (property: string) => nonEmpty(document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content'));
  const h1 = nonEmpty(document.querySelector('h1')?.textContent);
  const outlet = jsonLd?.publisher ?? meta('og:site_name');
  return withoutUndefined({
    outlet,
    title: jsonLd?.headline ?? meta('og:title') ?? h1 ?? titleWithoutOutlet(nonEmpty(document.querySelector('title')?.textContent), outlet),
    published: jsonLd?.datePublished ?? meta('article:published_time'),
    author: jsonLd?.author ?? meta('author'),
    canonicalUrl: nonEmpty(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('og:url') ?? jsonLd?.url,
  });
}

function newsArticleJsonLd(document: QueryableDocument): z.infer<typeof NewsArticleSchema> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block elsewhere on the page is no reason to ignore the others
    }
    for (const item of jsonLdItems(data)) {
      const parsed = NewsArticleSchema.safeParse(item);
      if (parsed.success && parsed.data['@type'].some((type) => ARTICLE_TYPES.test(type))) return parsed.data;
    }
  }
  return undefined;
}

/** A block holds one item, a list of them, or a graph of them. */
function jsonLdItems(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap(jsonLdItems);
  if (data && typeof data === 'object' && '@graph' in data) return jsonLdItems((data as { '@graph': unknown })['@graph']);
  return [data];
}

/** "Headline | Outlet" or "Headline - Outlet" loses the outlet part, when the outlet is known. */
function titleWithoutOutlet(title: string | undefined, outlet: string | undefined): string | undefined {
  if (!title || !outlet) return title;
  const separator = [' | ', ' - ', ' – ', ' — '].find((s) => title.endsWith(`${s}${outlet}`));
  return separator ? title.slice(0, -(separator.length + outlet.length)) : title;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
