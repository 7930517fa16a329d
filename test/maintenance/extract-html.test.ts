// Readability over linkedom on realistic news pages: the article's paragraphs verbatim, the page
// furniture gone, and each metadata field from the best place that states it.
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/maintenance/extract-html.js';
import { knowledgeArticles } from '../support/knowledge-folder.js';
import { articlePage, bodyHtml, FURNITURE, newsPage } from '../support/news-pages.js';

describe('extractHtml', () => {
  it('gives each curated article back verbatim from its news page, with no furniture', async () => {
    for (const article of await knowledgeArticles()) {
      const extracted = extractHtml(articlePage(article));
      expect(extracted.paragraphs.join('\n\n')).toBe(article.body);
      for (const furniture of FURNITURE) expect(extracted.paragraphs.join('\n')).not.toContain(furniture);
      expect(extracted.notAnArticle).toBeUndefined();
    }
  });

  it('takes an article of short paragraphs, which Readability’s default test would not', () => {
    const body = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: investigators in Aktau said on Friday that the flight recorders had been sent abroad for decoding.`).join('\n\n');
    const page = `<html><head><title>Short paragraphs</title></head><body><div class="story"><h1>Short paragraphs</h1>${bodyHtml(body).join('')}</div></body></html>`;
    const extracted = extractHtml(page);
    expect(extracted.notAnArticle).toBeUndefined();
    expect(extracted.paragraphs.join('\n\n')).toBe(body);
  });

  it('lists what it left out inside the article, for the preview', async () => {
    const [article] = await knowledgeArticles();
    expect(extractHtml(articlePage(article!, { author: 'Brendan Cole' })).stripped).toEqual([
      'Read more: Kazakhstan crash: what we know so far',
      "Sign up for our daily newsletter and get the day's top stories in your inbox.",
      'Advertisement',
      'Brendan Cole is a senior news reporter covering Russia and the Caucasus.',
    ]);
  });

  it('takes metadata from JSON-LD first, then meta tags, then <h1> and <title>', () => {
    const body = 'One. Two. Three.';
    const page = (meta: Parameters<typeof newsPage>[0]) => extractHtml(newsPage(meta, body)).metadata;
    const both = page({ outlet: 'LD Outlet', headline: 'LD headline', published: '2025-01-02T03:04:05Z', jsonLd: true, metaTags: true, author: 'A. Writer' });
    expect(both).toMatchObject({ outlet: 'LD Outlet', title: 'LD headline', published: '2025-01-02T03:04:05Z', author: 'A. Writer' });
    // JSON-LD and tags that disagree: JSON-LD wins field by field.
    const html = newsPage({ outlet: 'Tag Outlet', headline: 'Tag headline', metaTags: true, published: '2025-05-05' }, body).replace(
      '</head>',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","publisher":{"name":"LD Outlet"}}</script></head>',
    );
    expect(extractHtml(html).metadata).toMatchObject({ outlet: 'LD Outlet', title: 'LD headline', published: '2025-05-05' });
    expect(page({ outlet: 'Tag Outlet', headline: 'Tag headline', metaTags: true })).toMatchObject({ outlet: 'Tag Outlet', title: 'Tag headline' });
    // No metadata at all: the title from the page's <h1>, and no outlet, rather than a guess.
    expect(page({ outlet: 'Unstated', headline: 'Only a heading' })).toEqual({ title: 'Only a heading' });
  });

  it('reads JSON-LD in a list or a @graph, and skips a broken block', () => {
    const ld = (json: string) => extractHtml(`<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">${json}</script></head><body><p>x</p></body></html>`).metadata;
    expect(ld('[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"H","publisher":"P"}]')).toMatchObject({ title: 'H', outlet: 'P' });
    expect(ld('{"@graph":[{"@type":["ReportageNewsArticle"],"headline":"G","author":"Someone","publisher":[{"name":"Q"}]}]}')).toMatchObject({ title: 'G', outlet: 'Q', author: 'Someone' });
  });
});
