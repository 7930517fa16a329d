// How `npm run knowledge` shows the knowledge folder, a draft and the result of a change.
import type { ArticleSummary, ReloadReport } from '../engine/answer-engine.js';
import { describeProblem, type KnowledgeProblem } from '../knowledge/knowledge-error.js';
import type { RemovedArticle } from '../maintenance/article-files.js';
import { PREVIEW_SENTENCES, type ArticleDraft } from '../maintenance/article-draft.js';
import type { ChangeResult } from '../maintenance/knowledge-maintenance.js';

/** How many of the lines left out a preview shows. */
const PREVIEW_STRIPPED = 10;

export function problemLines(problems: readonly KnowledgeProblem[]): string {
  return problems.map((p) => `  - ${describeProblem(p)}`).join('\n');
}

export function articleList(articles: readonly ArticleSummary[], removed: readonly RemovedArticle[]): string {
  const lines = articles.map((a) => `${a.id}  ·  ${a.outlet}  ·  ${a.published ?? a.updated ?? 'undated'}  ·  ${a.sentences} sentences  ·  ${a.title}`);
  if (removed.length > 0) {
    lines.push('', 'Removed (bring one back with `npm run knowledge -- restore ID`):', ...removed.map((a) => removedLine(a, removed)));
  }
  return lines.join('\n');
}

/** Each removed file by name, since an article removed more than once has several; restore takes the latest of an id. */
function removedLine(article: RemovedArticle, removed: readonly RemovedArticle[]): string {
  const copies = removed.filter((a) => a.id === article.id);
  const restored = copies.length > 1 && copies.at(-1) === article ? '  (the newest: restore brings this one back)' : '';
  return `${article.id}  ·  ${article.outlet}  ·  ${article.title}  ·  .removed/${article.removedName}${restored}`;
}

export function draftPreview(draft: ArticleDraft): string {
  const { fields, sentences, stripped } = draft;
  const lines = [
    'The article to add:',
    `  Outlet:    ${fields.outlet}`,
    `  Title:     ${fields.title}`,
    `  Published: ${fields.published ?? '(not stated)'}`,
    ...(fields.url ? [`  URL:       ${fields.url}`] : []),
    ...(fields.source ? [`  File:      ${fields.source}`] : []),
    `  Id:        ${fields.id}`,
    `  Sentences: ${sentences.length}`,
    '',
    'Its first sentences, as the bot will quote them:',
    ...sentences.slice(0, PREVIEW_SENTENCES).map((s, i) => `  ${i + 1}. ${s}`),
  ];
  if (stripped.length > 0) {
    lines.push('', 'Left out as page furniture (check that none of it is the article):', ...stripped.slice(0, PREVIEW_STRIPPED).map((s) => `  - ${s}`));
    if (stripped.length > PREVIEW_STRIPPED) lines.push(`  …and ${stripped.length - PREVIEW_STRIPPED} more`);
  }
  return lines.join('\n');
}

export function changeOutcome(done: 'Added' | 'Removed' | 'Restored', result: ChangeResult): string {
  if (!result.ok) return `Not ${done.toLowerCase()}: ${result.reason}.${result.problems ? `\n${problemLines(result.problems)}` : ''}`;
  return `${done} ${result.id}. ${reloadSummary(result.report)}`;
}

function reloadSummary(report: ReloadReport): string {
  const ids = (list: string[]) => (list.length > 0 ? list.join(', ') : 'none');
  return `Reloaded in ${report.milliseconds} ms; sentences ${report.sentencesBefore} → ${report.sentencesAfter}; added: ${ids(report.added)}; changed: ${ids(report.changed)}; removed: ${ids(report.removed)}.`;
}
