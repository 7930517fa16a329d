// The fetcher against the loopback news site (real HTTP on 127.0.0.1), with the address rule on
// and off. Nothing here reaches any other address: refused addresses are refused before connecting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchRefused, PAGE_LIMITS } from '../../src/maintenance/fetch-page.js';
import { nonPublicAddress } from '../../src/maintenance/public-address.js';
import { knowledgeArticles } from '../support/knowledge-folder.js';
import { LATIN1_TEXT, startNewsSite, type NewsSite } from '../support/news-site.js';

let site: NewsSite;
beforeAll(async () => {
  site = await startNewsSite(await knowledgeArticles());
});
afterAll(() => site.close());

const allowLoopback = { fetchAllowPrivateAddresses: true };
const publicOnly = { fetchAllowPrivateAddresses: false };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefused);
  return (error as Error).message;
}

describe('nonPublicAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
  ])('%s is refused as %s', (address, kind) => {
    expect(nonPublicAddress(address)).toContain(kind);
  });

  it.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c', '::ffff:93.184.215.14'])('%s is public', (address) => {
    expect(nonPublicAddress(address)).toBeUndefined();
  });
});

describe('fetchPage with the address rule on (the default)', () => {
  it.each([
    ['http://127.0.0.1:9/a', /127\.0\.0\.1 is a loopback address/],
    ['http://[::1]:9/a', /::1 is a loopback address/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://10.0.0.8/', /private network/],
    ['http://0.0.0.0/', /unspecified/],
    ['http://[::ffff:7f00:1]/', /loopback/],
    ['http://localhost:9/', /localhost \((127\.0\.0\.1|::1)\) is a loopback address/],
  ])('refuses %s before connecting', async (url, message) => {
    expect(await refusal(fetchPage(url, publicOnly))).toMatch(message);
  });

  it('refuses a redirect to a loopback address, checked again at the redirect', async () => {
    // The first hop stands for a public site: the rule is lifted for it, then back on for the redirect.
    const rule = { fetchAllowPrivateAddresses: true };
    site.onRequest = (path) => {
      if (path === '/to-loopback') rule.fetchAllowPrivateAddresses = false;
    };
    const before = site.requested.length;
    try {
      expect(await refusal(fetchPage(`${site.base}/to-loopback`, rule))).toMatch(/127\.0\.0\.1 is a loopback address/);
      expect(site.requested.slice(before)).toEqual(['/to-loopback']);
    } finally {
      site.onRequest = undefined;
    }
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/a', 'gopher://x/', 'javascript:alert(1)', 'not a url'])('refuses %s', async (url) => {
    expect(await refusal(fetchPage(url, publicOnly))).toMatch(/only http and https|not a web address/);
  });
});

describe('fetchPage from the loopback news site (address rule lifted for tests)', () => {
  it('returns the page, its type and final address', async () => {
    const page = await fetchPage(`${site.base}/jsonld-only`, allowLoopback);
    expect(page).toMatchObject({ url: `${site.base}/jsonld-only`, contentType: 'text/html' });
    expect(page.text).toContain('flamingo reserve');
  });

  it('decodes a page in the character set it declares in a <meta> tag', async () => {
    expect((await fetchPage(`${site.base}/latin1`, allowLoopback)).text).toContain(LATIN1_TEXT);
  });

  it('follows up to 3 redirects, and refuses a 4th', async () => {
    expect((await fetchPage(`${site.base}/redirect/3`, allowLoopback)).url).toBe(`${site.base}/jsonld-only`);
    expect(await refusal(fetchPage(`${site.base}/redirect/4`, allowLoopback))).toMatch(/redirected more than 3 times/);
  });

  it('still refuses a redirect to a link-local address when the rule is on for that hop', async () => {
    const rule = { fetchAllowPrivateAddresses: true };
    site.onRequest = () => (rule.fetchAllowPrivateAddresses = false);
    try {
      expect(await refusal(fetchPage(`${site.base}/to-metadata-service`, rule))).toMatch(/169\.254\.169\.254 is a link-local address/);
    } finally {
      site.onRequest = undefined;
    }
  });

  it('gives up on a slow page after the time limit', async () => {
    const started = performance.now();
    expect(await refusal(fetchPage(`${site.base}/slow`, allowLoopback, { ...PAGE_LIMITS, timeoutMs: 300 }))).toMatch(/did not answer within 0\.3 s/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops reading a page over the size limit while it streams in', async () => {
    expect(await refusal(fetchPage(`${site.base}/huge`, allowLoopback))).toMatch(/larger than 2 MB/);
  });

  it('refuses other content types, such as a PDF', async () => {
    expect(await refusal(fetchPage(`${site.base}/report.pdf`, allowLoopback))).toMatch(/application\/pdf, not a web page/);
  });

  it('reports an error status', async () => {
    expect(await refusal(fetchPage(`${site.base}/nowhere`, allowLoopback))).toMatch(/answered 404/);
  });
});
