// The help text's list of sources: publishers by name, and articles without one counted, not listed as a publisher.
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../src/engine/answer-engine.js';
import { helpText } from '../src/help-text.js';

const article = (outlet: string): ArticleSummary => ({ id: outlet, outlet, title: 'T', sentences: 1 });
const sourcesLine = (outlets: string[]) => helpText(outlets.map(article), 'console').split('\n').find((line) => line.startsWith('I know only'));

describe('help text sources', () => {
  it('names the publishers and counts the articles whose outlet is not named', () => {
    expect(sourcesLine(['t-online', 'Unknown outlet', 'Newsweek', 'Unknown outlet', 'Newsweek'])).toBe(
      'I know only what 5 news articles say (from Newsweek, t-online and 2 articles whose outlet is not named).',
    );
  });

  it('words one, none and only unnamed outlets plainly', () => {
    expect(sourcesLine(['Newsweek', 'Unknown outlet'])).toBe('I know only what 2 news articles say (from Newsweek and 1 article whose outlet is not named).');
    expect(sourcesLine(['Newsweek', 't-online'])).toBe('I know only what 2 news articles say (from Newsweek and t-online).');
    expect(sourcesLine(['Unknown outlet'])).toBe('I know only what 1 news article says (from 1 article whose outlet is not named).');
  });
});
