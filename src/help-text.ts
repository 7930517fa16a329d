// What the bot knows and how to ask, worded once for both front ends: Discord and the local console.
import type { ArticleSummary } from './engine/answer-engine.js';

export type HelpSurface = 'discord' | 'console';

/** "help", "/help", "help?" and the like, typed as a question, ask for the help text. */
export function isHelpRequest(text: string): boolean {
  return /^\s*[/!]?help\s*[.!?]*\s*$/i.test(text);
}

const HOW_TO_ASK: Record<HelpSurface, string[]> = {
  discord: [
    'Use `/ask` with your question, in a server or in a direct message to me. Add `private: True` to see the answer on your own.',
    'Or just send me a direct message with your question.',
    '`/sources` lists the articles I quote.',
  ],
  console: ['Type a question and press Enter.', 'Type "help" to see this again; press Ctrl-D (end of input) to leave.'],
};

export function helpText(articles: readonly ArticleSummary[], surface: HelpSurface): string {
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort((a, b) => a.localeCompare(b));
  return [
    'I answer questions about the crash of Azerbaijan Airlines flight J2-8243 near Aktau, Kazakhstan, on 25 December 2024, and the apology that followed.',
    '',
    `I know only what ${articles.length} news article${articles.length === 1 ? '' : 's'} say (from ${outlets.join(', ')}).`,
    'I quote them word for word and name the outlet of every quote: I never paraphrase, summarise or guess. When the articles do not answer a question, I say so.',
    '',
    'How to ask:',
    ...HOW_TO_ASK[surface].map((line) => `• ${line}`),
  ].join('\n');
}
