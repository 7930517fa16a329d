// The loopback "news site" the tests fetch from: real HTTP on 127.0.0.1, serving the curated
// articles in a news template, pages with only JSON-LD or only meta tags, a home page, a paywall
// stub, a redirect chain, and the responses the fetcher must refuse (slow, oversized, a PDF).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Article } from '../../src/knowledge/article-schema.js';
import { COMPENSATION, LAWSUIT, type FreshArticle } from './fresh-articles.js';
import { escapeHtml, homePage, newsPage, paywallPage } from './news-pages.js';

export interface NewsSite {
  /** http://127.0.0.1:PORT */
  base: string;
  /** Paths requested so far, in order. */
  requested: string[];
  /** Called with each request's path before it is answered (a test may change a setting then). */
  onRequest: ((path: string) => void) | undefined;
  close(): Promise<void>;
}

/** Text /latin1 serves, in Latin-1 bytes. */
export const LATIN1_TEXT = 'Der Absturz bei Aktau: Ermittler aus Zürich prüfen die Trümmer.';

/** How long /slow holds its body back: longer than any fetch time limit a test sets. */
const SLOW_MS = 3000;

export async function startNewsSite(curated: readonly Article[]): Promise<NewsSite> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const site: NewsSite = {
    base,
    requested: [],
    onRequest: undefined,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const html = (response: http.ServerResponse, page: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  const fresh = (article: FreshArticle, meta: { jsonLd?: boolean; metaTags?: boolean; canonical?: string }) =>
    newsPage({ outlet: article.outlet, headline: article.headline, published: article.published, author: article.author, ...meta }, article.body, { siteName: article.outlet });

  server.on('request', (request: http.IncomingMessage, response: http.ServerResponse) => {
    const path = new URL(request.url ?? '/', base).pathname;
    site.requested.push(path);
    site.onRequest?.(path);
    let match: RegExpMatchArray | null;
    if (path === '/') return html(response, homePage(curated.map((a) => ({ headline: a.title, teaser: a.body.split('\n')[0]!.slice(0, 160) }))));
    if ((match = path.match(/^\/articles\/([a-z0-9-]+)$/))) {
      const article = curated.find((a) => a.id === match![1]);
      if (!article) return response.writeHead(404).end();
      const meta = { outlet: article.outlet, headline: article.title, jsonLd: true, metaTags: true, canonical: `${base}${path}`, published: '2024-12-28T10:36:00Z' };
      return html(response, newsPage(meta, article.body));
    }
    if (path === '/jsonld-only') return html(response, fresh(COMPENSATION, { jsonLd: true, canonical: `${base}/jsonld-only` }));
    if (path === '/meta-only') return html(response, fresh(LAWSUIT, { metaTags: true }));
    if (path === '/plain.txt') {
      return response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${LAWSUIT.headline}\n${LAWSUIT.body.replace(/\n\n/g, '\n')}\n`);
    }
    if (path === '/paywall') return html(response, paywallPage());
    // An older site: Latin-1 bytes, declared only inside the page.
    if (path === '/latin1') {
      const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>${LATIN1_TEXT}</p></body></html>`;
      return response.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from(page, 'latin1'));
    }
    if ((match = path.match(/^\/redirect\/(\d+)$/))) {
      const left = Number(match[1]);
      return response.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : '/jsonld-only' }).end();
    }
    // Stands for a public page that sends the fetcher to a loopback address.
    if (path === '/to-loopback') return response.writeHead(301, { location: `${base}/jsonld-only` }).end();
    if (path === '/to-metadata-service') return response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' }).write('<!doctype html><html><body><p>Loading');
      const timer = setTimeout(() => response.end('</p></body></html>'), SLOW_MS);
      response.on('close', () => clearTimeout(timer));
      return;
    }
    if (path === '/huge') return streamHugePage(response);
    if (path === '/report.pdf') return response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n%âãÏÓ\n');
    response.writeHead(404, { 'content-type': 'text/html' }).end(`<p>${escapeHtml(path)} not found</p>`);
  });
  return site;
}

/** 3 MB of paragraphs, streamed without a Content-Length, so only counting while reading can stop it. */
function streamHugePage(response: http.ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = `<p>${'The plane crashed near Aktau. '.repeat(2000)}</p>\n`;
  let sent = 0;
  const pump = () => {
    while (sent < 3 * 1024 * 1024) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
    response.end();
  };
  response.on('error', () => {}); // the fetcher hangs up part way: expected
  pump();
}
