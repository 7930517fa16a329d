// Parses one knowledge file: YAML front matter between `---` fences, then the Markdown body.
import { parseDocument } from 'yaml';
import { FrontMatterSchema, type Article } from './article-schema.js';
import type { KnowledgeProblem } from './knowledge-error.js';

export type ParseResult = { article: Article; problems: [] } | { article?: undefined; problems: KnowledgeProblem[] };

export function parseArticle(file: string, text: string): ParseResult {
  const fail = (problem: Omit<KnowledgeProblem, 'file'>): ParseResult => ({ problems: [{ file, ...problem }] });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return fail({ line: 1, message: 'must start with a `---` line opening the front matter' });
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (closing < 0) return fail({ line: 1, message: 'front matter is never closed by a second `---` line' });

  const yaml = parseDocument(lines.slice(1, closing).join('\n'), { prettyErrors: true });
  if (yaml.errors.length > 0) {
    return {
      problems: yaml.errors.map((error) => ({
        file,
        line: (error.linePos?.[0].line ?? 0) + 1,
        message: `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const checked = FrontMatterSchema.safeParse(yaml.toJS() ?? {});
  if (!checked.success) {
    return {
      problems: checked.error.issues.map((issue) => ({
        file,
        field: issue.path.map(String).join('.') || undefined,
        message: issue.message,
      })),
    };
  }

  const bodyLines = lines.slice(closing + 1);
  const body = bodyLines.join('\n').trim();
  if (body.length === 0) return fail({ line: closing + 2, message: 'the article body is empty' });
  const firstBodyLine = closing + 2 + bodyLines.findIndex((line) => line.trim().length > 0);
  return { article: { ...checked.data, file, body, bodyStartLine: firstBodyLine }, problems: [] };
}
