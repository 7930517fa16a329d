// What the bot knows and how to ask, worded once for every front end: Discord, the local console
// and `npm run ask`.
import type { ArticleSummary } from './engine/answer-engine.js';
import { UNKNOWN_OUTLET } from './knowledge/article-schema.js';

export type HelpSurface = 'discord' | 'console' | 'command line';

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
  'command line': ['Give the question as the arguments: `npm run ask -- "your question"`.', '`npm start` without a Discord token asks question after question.'],
};

export function helpText(articles: readonly ArticleSummary[], surface: HelpSurface): string {
  return [
    'I answer questions about the crash of Azerbaijan Airlines flight J2-8243 near Aktau, Kazakhstan, on 25 December 2024, and the apology that followed.',
    '',
    `I know only what ${plural(articles.length, 'news article')} ${articles.length === 1 ? 'says' : 'say'} (from ${sourcesOf(articles)}).`,
    'I quote them word for word and name the outlet of every quote: I never paraphrase, summarise or guess. When the articles do not answer a question, I say so.',
    '',
    'How to ask:',
    ...HOW_TO_ASK[surface].map((line) => `• ${line}`),
  ].join('\n');
}

/**
 * "Newsweek, t-online and 2 articles whose outlet is not named": "Unknown outlet" is what such an
 * article's quotes are attributed to, not a publisher, so it is not listed as one.
 */
function sourcesOf(articles: readonly ArticleSummary[]): string {
  const named = [...new Set(articles.map((a) => a.outlet).filter((outlet) => outlet !== UNKNOWN_OUTLET))].sort((a, b) => a.localeCompare(b));
  const unnamed = articles.filter((a) => a.outlet === UNKNOWN_OUTLET).length;
  const parts = unnamed > 0 ? [...named, `${plural(unnamed, 'article')} whose outlet is not named`] : named;
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts.join('');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
