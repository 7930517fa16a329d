// Actions waiting for a moderator's button click (Add, Remove, Cancel). Each belongs to the user
// who asked, lasts a few minutes, and can be taken once; the token in the buttons' custom ids
// names it, so nothing about the action has to travel through Discord.
import { randomBytes } from 'node:crypto';
import type { ArticleDraft } from '../maintenance/article-draft.js';

/** How long the buttons of a preview work. */
const CONFIRMATION_TTL_MS = 5 * 60 * 1000;

export type Taken<T> = { status: 'ok'; value: T } | { status: 'expired' } | { status: 'not-yours' };

export class PendingConfirmations<T> {
  private readonly pending = new Map<string, { userId: string; value: T; expiresAt: number }>();

  constructor(readonly ttlMs: number = CONFIRMATION_TTL_MS) {}

  /** Stores `value` for `userId` and returns its token. */
  create(userId: string, value: T): string {
    const now = Date.now();
    // Expired ones are dropped as new ones come: the map stays as small as the moderators' open previews.
    for (const [token, entry] of this.pending) if (entry.expiresAt <= now) this.pending.delete(token);
    const token = randomBytes(9).toString('base64url');
    this.pending.set(token, { userId, value, expiresAt: now + this.ttlMs });
    return token;
  }

  /** The value, once, for the user it belongs to. Someone else's click leaves it in place. */
  take(token: string, userId: string): Taken<T> {
    const entry = this.pending.get(token);
    if (!entry || entry.expiresAt <= Date.now()) {
      this.pending.delete(token);
      return { status: 'expired' };
    }
    if (entry.userId !== userId) return { status: 'not-yours' };
    this.pending.delete(token);
    return { status: 'ok', value: entry.value };
  }
}

/** What an /article button confirms: adding a previewed draft, or removing an article. */
export type ArticleConfirmation = { action: 'add'; draft: ArticleDraft } | { action: 'remove'; id: string };
