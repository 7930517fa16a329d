// Realistic pages for the loopback "news site": the curated articles wrapped in a news-site
// template with everything Readability and the bot must leave out (navigation, a cookie banner,
// ads, a byline with "2 days ago" and a reading time, a share bar, a photo caption, "Read more"
// and newsletter prompts inside the text, an author bio, related links and comments).
import type { Article } from '../../src/knowledge/article-schema.js';

/** Every piece of page furniture the template adds; none of it may end up in an article. */
export const FURNITURE = [
  'We use cookies to improve your experience',
  'Accept all',
  'Advertisement',
  'Reading time: 2 minutes',
  '2 days ago',
  'Share on X',
  'Copy link',
  'A rescuer at the wreckage',
  'Read more:',
  'Sign up for our daily newsletter',
  'is a senior news reporter',
  'Read Entire Article',
  'Related posts',
  'Kazakhstan crash: what we know so far',
  'Great article, thanks',
  'All rights reserved',
  'Home',
] as const;

export interface PageMeta {
  jsonLd?: boolean;
  metaTags?: boolean;
  /** What <title> says; the headline by default. */
  titleTag?: string;
  canonical?: string;
  outlet: string;
  headline: string;
  published?: string;
  author?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The article's Markdown body as the page's HTML: `## …` lines become <h2>, paragraphs <p>. */
export function bodyHtml(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (block.startsWith('## ') ? `<h2>${escapeHtml(block.slice(3))}</h2>` : `<p>${escapeHtml(block)}</p>`));
}

function head(meta: PageMeta): string {
  const tags: string[] = [`<meta charset="utf-8">`, `<title>${escapeHtml(meta.titleTag ?? meta.headline)}</title>`];
  if (meta.canonical) tags.push(`<link rel="canonical" href="${escapeHtml(meta.canonical)}">`);
  if (meta.metaTags) {
    tags.push(`<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">`, `<meta property="og:title" content="${escapeHtml(meta.headline)}">`);
    if (meta.published) tags.push(`<meta property="article:published_time" content="${meta.published}">`);
  }
  if (meta.jsonLd) {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: meta.headline,
      ...(meta.published ? { datePublished: meta.published } : {}),
      ...(meta.author ? { author: [{ '@type': 'Person', name: meta.author }] } : {}),
      publisher: { '@type': 'Organization', name: meta.outlet },
    };
    tags.push(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
  }
  return tags.join('\n');
}

/** A whole news page around an article body. */
export function newsPage(meta: PageMeta, body: string, { siteName = 'Caspian Daily Wire' } = {}): string {
  const paragraphs = bodyHtml(body);
  // Prompts placed inside the text, as news sites do.
  paragraphs.splice(2, 0, `<p class="read-more"><strong>Read more:</strong> <a href="/kazakhstan-what-we-know">Kazakhstan crash: what we know so far</a></p>`);
  paragraphs.splice(5, 0, `<div class="newsletter-signup"><p>Sign up for our daily newsletter and get the day's top stories in your inbox.</p><button>Subscribe</button></div>`);
  paragraphs.splice(7, 0, `<div class="ad ad-inline">Advertisement</div>`);
  return `<!doctype html>
<html lang="en"><head>
${head(meta)}
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. By continuing to browse you accept our cookie policy.</p><button>Accept all</button></div>
<header class="site-header"><a class="logo" href="/">${escapeHtml(siteName)}</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="ad ad-leaderboard">Advertisement</div>
<main class="content">
<article class="story">
<div class="breadcrumbs"><a href="/world">World</a> › <a href="/world/asia">Asia</a></div>
<h1 class="headline">${escapeHtml(meta.headline)}</h1>
<div class="byline">By <a rel="author" href="/authors/staff">${escapeHtml(meta.author ?? 'Staff Reporter')}</a> · <time datetime="2024-12-28">2 days ago</time> · <span>Reading time: 2 minutes</span></div>
<div class="share-bar social-share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div>
<figure class="lead-image"><img src="/img/wreckage.jpg" alt="Wreckage near Aktau"><figcaption>A rescuer at the wreckage of an Azerbaijan Airlines' flight near Aktau, Kazakhstan, on December 26, 2024. Kazakhstan's Emergency Ministry Press Service via AP</figcaption></figure>
<div class="article-body">
${paragraphs.join('\n')}
</div>
<div class="author-bio"><p>${escapeHtml(meta.author ?? 'Staff Reporter')} is a senior news reporter covering Russia and the Caucasus.</p></div>
<p class="continue"><a href="/full">Read Entire Article</a></p>
</article>
<section class="related-posts"><h2>Related posts</h2><ul>
<li><a href="/a">Kazakhstan crash: what we know so far</a></li><li><a href="/b">Black boxes sent abroad</a></li><li><a href="/c">Airlines suspend flights to Russia</a></li></ul></section>
<section id="comments" class="comments"><h3>12 comments</h3>
<div class="comment"><p class="comment-author">reader42</p><p>Great article, thanks for the detailed coverage of this terrible tragedy.</p></div>
<div class="comment"><p class="comment-author">skywatcher</p><p>I hope the investigation gets to the bottom of this quickly.</p></div></section>
</main>
<footer class="site-footer"><p>© 2024 ${escapeHtml(siteName)}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>`;
}

/** A page for one curated article, with the metadata sources chosen. */
export function articlePage(article: Article, meta: Omit<PageMeta, 'outlet' | 'headline'> & Partial<Pick<PageMeta, 'outlet' | 'headline'>> = { jsonLd: true, metaTags: true }): string {
  return newsPage({ outlet: article.outlet, headline: article.title, ...meta }, article.body);
}

/** A front page: many headlines with a line of teaser each, and no one story. */
export function homePage(teasers: Array<{ headline: string; teaser: string }>): string {
  const items = teasers
    .map((t, i) => `<div class="card"><h3><a href="/story-${i}">${escapeHtml(t.headline)}</a></h3><p>${escapeHtml(t.teaser)} <a href="/story-${i}">More</a></p></div>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Caspian Daily Wire: news from the Caspian region</title>
<meta property="og:site_name" content="Caspian Daily Wire"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Caspian Daily Wire"}</script></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main class="front-page"><section class="top-stories"><h2>Top stories</h2>${items}</section></main>
<footer><p>© 2024 Caspian Daily Wire. All rights reserved.</p></footer></body></html>`;
}

/** A paywall stub: the headline, a two-sentence teaser and a subscription prompt. */
export function paywallPage(): string {
  return newsPage(
    { outlet: 'The Aktau Ledger', headline: 'Inside the final minutes of flight J2-8243', jsonLd: true },
    [
      'The crew of flight J2-8243 fought for more than an hour to keep the damaged aircraft in the air. Our reporters spoke to survivors, investigators and air traffic controllers about what happened on board.',
      'This article is for subscribers only. Subscribe now to continue reading, or log in if you are already a subscriber.',
    ].join('\n\n'),
    { siteName: 'The Aktau Ledger' },
  );
}
