// The fake Discord's own checks must catch what they claim to: a reply that could ping, or one
// over Discord's limits, is a violation. (Every e2e file asserts there are none.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../../bench/discord/fake-discord.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ applicationId: '1316000000000000000', token: 'a.b.c' });
});
afterAll(async () => {
  await fake?.close();
});

async function post(path: string, body: unknown): Promise<number> {
  const response = await fetch(`${fake.apiUrl}/v10${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bot a.b.c' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('fake Discord checks', () => {
  it.each([
    ['no allowed_mentions', '/channels/1/messages', { content: 'hi' }, /allowed_mentions\.parse is undefined/],
    ['parse that pings', '/webhooks/1316000000000000000/tok', { content: 'hi', allowed_mentions: { parse: ['everyone'] } }, /not \[\]/],
    ['an interaction reply without allowed_mentions', '/interactions/5/tok/callback', { type: 4, data: { content: 'hi' } }, /allowed_mentions/],
    ['content over 2,000', '/channels/1/messages', { content: 'x'.repeat(2001), allowed_mentions: { parse: [] } }, /content is 2001/],
    ['embeds over 6,000 together', '/channels/1/messages', { allowed_mentions: { parse: [] }, embeds: [1, 2].map(() => ({ description: 'x'.repeat(3001) })) }, /all embeds together/],
    ['six buttons in a row', '/interactions/7/tok/callback', { type: 7, data: { content: 'hi', allowed_mentions: { parse: [] }, components: [{ type: 1, components: [1, 2, 3, 4, 5, 6].map((n) => ({ type: 2, style: 2, label: `b${n}`, custom_id: `b${n}` })) }] } }, /action row 0 has 6 components/],
    ['a button custom id over 100', '/channels/1/messages', { content: 'hi', allowed_mentions: { parse: [] }, components: [{ type: 1, components: [{ type: 2, style: 1, label: 'Add', custom_id: 'x'.repeat(101) }] }] }, /custom_id is 101 characters/],
  ])('flags %s', async (_what, path, body, problem) => {
    const before = fake.violations.length;
    await post(path, body);
    expect(fake.violations.slice(before)).toEqual([expect.stringMatching(problem)]);
  });

  it('accepts a safe message and ignores a deferral, which carries no message', async () => {
    const before = fake.violations.length;
    expect(await post('/channels/1/messages', { content: 'hi', allowed_mentions: { parse: [] } })).toBe(200);
    expect(await post('/interactions/6/tok/callback', { type: 5, data: { flags: 64 } })).toBe(204);
    expect(fake.violations.slice(before)).toEqual([]);
  });
});

describe('fake Discord attachments', () => {
  it('serves an uploaded file at the url its resolved data gives', async () => {
    const attachment = fake.addAttachment('a b.txt', 'text/plain', 'The article.');
    expect(attachment).toMatchObject({ filename: 'a b.txt', size: 12, content_type: 'text/plain' });
    const response = await fetch(attachment.url);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('The article.');
  });
});
