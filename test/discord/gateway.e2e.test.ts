// Gateway faults end to end: the connection drops (close code 4000, or an abrupt end) and the
// client resumes its session; INVALID_SESSION makes it identify afresh. Either way the next /ask
// is answered. discord.js waits 500 ms before reconnecting, and up to 5 s (plus jitter) between
// two IDENTIFYs, so this file takes a few seconds.
import { describe, expect, it } from 'vitest';
import { newUser, TEST_TOKEN, type Harness } from '../../bench/discord/bot-harness.js';
import { useHarness } from './support/use-harness.js';
import { askOptions } from '../../bench/discord/payloads.js';
import { quotedPassages } from '../../bench/discord/articles.js';

let h: Harness;
useHarness((started) => (h = started));

const ask = askOptions('How many people died in the crash?');

async function expectNextAskAnswered(): Promise<void> {
  const reply = await h.commandReply(newUser(), h.inGuild(), 'ask', ask);
  expect(quotedPassages(reply.message).length).toBeGreaterThan(0);
}

describe('gateway faults', () => {
  it.each([
    ['closed with 4000 (unknown error)', { code: 4000 }],
    ['ended abruptly', 'abruptly'],
  ] as const)('a connection %s is resumed, and the next /ask is answered', async (_what, how) => {
    const identifies = h.fake.identifies.length;
    const resumes = h.fake.resumes.length;
    const handshake = h.fake.nextHandshake();
    h.fake.dropGateway(how);
    expect(await handshake).toBe('resume');
    // The same session, from where it left off: nothing was identified afresh.
    expect(h.fake.resumes.slice(resumes)).toEqual([{ token: TEST_TOKEN, session_id: expect.stringMatching(/^session-/), seq: expect.any(Number) }]);
    expect(h.fake.identifies).toHaveLength(identifies);
    await h.logs.waitFor((e) => e.msg === 'gateway resumed');
    expect(h.logs.entries().filter((e) => /gateway connection lost/.test(e.msg)).length).toBeGreaterThan(0);
    await expectNextAskAnswered();
  });

  it('INVALID_SESSION is followed by a fresh IDENTIFY, and the next /ask is answered', async () => {
    const identifies = h.fake.identifies.length;
    const resumes = h.fake.resumes.length;
    const handshake = h.fake.nextHandshake();
    h.fake.invalidateSessions();
    expect(await handshake).toBe('identify');
    expect(h.fake.identifies).toHaveLength(identifies + 1);
    expect(h.fake.resumes).toHaveLength(resumes);
    await expectNextAskAnswered();
  });
});
