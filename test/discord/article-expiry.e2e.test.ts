// /article's buttons stop working after their time (5 minutes in production; a fraction of a
// second here, through the bot's confirmationTtlMs option), and then change nothing.
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MODERATOR_ROLE_ID, newUser, type Harness } from '../../bench/discord/bot-harness.js';
import { subcommand } from '../../bench/discord/payloads.js';
import { useHarness } from './support/use-harness.js';

let h: Harness;
const TTL_MS = 300;
useHarness((started) => (h = started), {}, { confirmationTtlMs: TTL_MS });

describe('/article confirmations', () => {
  it('expire: a late click changes nothing and says so, replacing the buttons', async () => {
    const moderator = newUser('slow moderator');
    const place = h.inGuild({ roles: [MODERATOR_ROLE_ID] });
    const id = h.command(moderator, place, 'article', subcommand('remove', [{ name: 'id', type: 3, value: 'newsweek-uk-rejects-apology' }]));
    const confirmation = await h.fake.waitForRequest((r) => r.kind === 'edit-original' && r.path.includes(`interaction-token-${id}`));
    const [removeId] = confirmation.message.components[0].components.map((button: any) => button.custom_id);
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 100));

    const clickId = h.click(moderator, place, removeId);
    const update = await h.fake.waitForRequest((r) => r.kind === 'callback' && r.interactionId === clickId);
    expect(update.body.type).toBe(7);
    expect(update.message).toMatchObject({ content: expect.stringMatching(/^This expired .* nothing was changed/), components: [] });
    expect(h.engine.articles().map((a) => a.id)).toContain('newsweek-uk-rejects-apology');
    expect(await fs.readdir(h.knowledgeDir)).toContain('newsweek-uk-rejects-putin-apology.md');
    expect(await h.logs.waitFor((e) => e.audit === 'article' && e.userId === moderator.id && e.result === 'expired')).toBeDefined();
  });
});
