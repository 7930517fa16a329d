// The knowledge file for a new article, written like the hand-made ones: double-quoted front
// matter, a blank line, then the verbatim body.
import { stringify } from 'yaml';
import type { ArticleDraft } from './article-draft.js';

export function articleMarkdown(draft: ArticleDraft, added: { at: Date; by: string }): string {
  const fields = { ...draft.fields, added: added.at.toISOString(), addedBy: added.by };
  const frontMatter = stringify(fields, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${frontMatter}---\n\n${draft.body}\n`;
}
