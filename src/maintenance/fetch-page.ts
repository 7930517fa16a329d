// Fetches a page a moderator named, guarding the server against request forgery: http(s) only;
// every host (the first and each redirect's) resolved and refused unless all its addresses are
// public, and the connection made to the address that was checked; at most 3 redirects; a time
// limit and a size limit enforced while the body streams in; only the content types asked for.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { nonPublicAddress } from './public-address.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Accepted media types, e.g. text/html. */
  contentTypes: readonly string[];
}

export const PAGE_LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3, contentTypes: ['text/html', 'text/plain'] };
/** An uploaded file is fetched from Discord under the same limits; it may also be Markdown. */
export const UPLOAD_LIMITS: FetchLimits = { ...PAGE_LIMITS, contentTypes: [...PAGE_LIMITS.contentTypes, 'text/markdown', 'text/x-markdown'] };

/** Read at every hop. Lifting the address rule is for tests, whose "news site" is on 127.0.0.1. */
export interface AddressRule {
  readonly fetchAllowPrivateAddresses: boolean;
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  contentType: string;
  text: string;
}

/** A fetch the bot refused or could not complete, worded for the moderator. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

export async function fetchPage(address: string, rule: AddressRule, limits: FetchLimits = PAGE_LIMITS): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = parseUrl(address);
  for (let redirects = 0; ; redirects++) {
    const response = await request(url, rule, signal, limits);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (redirects === limits.maxRedirects) throw new FetchRefused(`${url.host} redirected more than ${limits.maxRedirects} times; give the article's final address`);
      url = parseUrl(new URL(location, url).href);
      continue;
    }
    return await readPage(url, response, signal, limits);
  }
}

function parseUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchRefused(`"${address}" is not a web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`only http and https addresses can be fetched, not ${url.protocol}`);
  return url;
}

function request(url: URL, rule: AddressRule, signal: AbortSignal, limits: FetchLimits): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written as such is never looked up, so it is checked here; names are checked as they resolve.
  if (net.isIP(host)) refuseUnlessAllowed(host, host, rule);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        signal,
        lookup: checkedLookup(rule),
        headers: { accept: limits.contentTypes.join(', '), 'user-agent': 'j2-8243-newsbot (article import by a moderator)' },
      },
      resolve,
    );
    req.on('error', (error) => reject(describeFailure(error, url, limits)));
  });
}

/** dns.lookup, refusing the host if any of its addresses is not public, so the socket only reaches a checked one. */
function checkedLookup(rule: AddressRule): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      try {
        for (const { address } of addresses) refuseUnlessAllowed(hostname, address, rule);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function refuseUnlessAllowed(host: string, address: string, rule: AddressRule): void {
  const problem = nonPublicAddress(address);
  if (problem && !rule.fetchAllowPrivateAddresses) {
    throw new FetchRefused(`${host === address ? address : `${host} (${address})`} is ${problem}; only public web addresses can be fetched`);
  }
}

async function readPage(url: URL, response: http.IncomingMessage, signal: AbortSignal, limits: FetchLimits): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    throw new FetchRefused(`${url.host} answered ${status} ${response.statusMessage ?? ''}`.trim());
  }
  const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? '').split(';').map((part) => part.trim());
  const type = mediaType.toLowerCase();
  if (!limits.contentTypes.includes(type)) {
    response.resume();
    throw new FetchRefused(`the address gives ${type || 'an unnamed content type'}, not a web page (${limits.contentTypes.join(' or ')})`);
  }
  const tooLarge = () => new FetchRefused(`the page is larger than ${limits.maxBytes / 1024 / 1024} MB`);
  if (Number(response.headers['content-length']) > limits.maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limits.maxBytes) {
        response.destroy();
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof FetchRefused ? error : describeFailure(error, url, limits, signal);
  }
  const body = Buffer.concat(chunks);
  const declared = parameters.find((p) => p.toLowerCase().startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  const charset = declared ?? (type === 'text/html' ? metaCharset(body) : undefined);
  return { url: url.href, contentType: type, text: decode(body, charset) };
}

/** A page's own <meta charset> (or http-equiv) declaration, which browsers look for in its first 1,024 bytes. */
function metaCharset(body: Buffer): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(body.subarray(0, 1024).toString('latin1'))?.[1];
}

function decode(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // an unknown charset label
  }
}

function describeFailure(error: unknown, url: URL, limits: FetchLimits, signal?: AbortSignal): Error {
  if (error instanceof FetchRefused) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (signal?.aborted || (error as Error).name === 'AbortError' || (error as Error).name === 'TimeoutError') {
    return new FetchRefused(`${url.host} did not answer within ${limits.timeoutMs / 1000} s`);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchRefused(`${url.hostname} could not be found`);
  return new FetchRefused(`${url.host} could not be reached (${code ?? (error as Error).name})`);
}
