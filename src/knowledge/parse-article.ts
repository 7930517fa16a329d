// Parses one knowledge file: YAML front matter between `---` fences, then the Markdown body.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { FrontMatterSchema, type Article } from './article-schema.js';
import type { KnowledgeProblem } from './knowledge-error.js';

export type ParseResult = { article: Article; problems: [] } | { article?: undefined; problems: KnowledgeProblem[] };

export function parseArticle(file: string, text: string): ParseResult {
  const fail = (problem: Omit<KnowledgeProblem, 'file'>): ParseResult => ({ problems: [{ file, ...problem }] });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return fail({ line: 1, message: 'must start with a `---` line opening the front matter' });
  const closing = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (closing < 0) return fail({ line: 1, message: 'front matter is never closed by a second `---` line' });

  // The front matter starts on the file's line 2, so YAML line n is file line n + 1.
  const lineCounter = new LineCounter();
  const yaml = parseDocument(lines.slice(1, closing).join('\n'), { prettyErrors: true, lineCounter });
  if (yaml.errors.length > 0) {
    return {
      problems: yaml.errors.map((error) => {
        const { line, message } = frontMatterError(error);
        return { file, line, message: `front matter is not valid YAML: ${message}` };
      }),
    };
  }
  const data: unknown = yaml.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail({ line: 2, message: 'front matter must be `field: value` lines (id, outlet, title, source, …)' });
  }
  const checked = FrontMatterSchema.safeParse(data);
  if (!checked.success) {
    const keyLine = (key: string | undefined) => {
      const offset = key === undefined ? undefined : keyOffset(yaml, key);
      return offset === undefined ? undefined : lineCounter.linePos(offset).line + 1;
    };
    return {
      problems: checked.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ file, line: keyLine(key), field: key, message: `unknown field (allowed: ${ALLOWED_FIELDS})` }));
        }
        const field = issue.path.map(String).join('.') || undefined;
        const value = issue.path.length === 1 ? (data as Record<PropertyKey, unknown>)[issue.path[0]!] : undefined;
        return [{ file, line: keyLine(field), field, message: describeIssue(issue, value) }];
      }),
    };
  }

  const body = lines.slice(closing + 1).join('\n').trim();
  if (body.length === 0) return fail({ line: closing + 2, message: 'the article body is empty' });
  return { article: { ...checked.data, file, body }, problems: [] };
}

const ALLOWED_FIELDS = Object.keys(FrontMatterSchema.shape).join(', ');

/** A YAML error in front matter that starts on the file's line 2: its line in the file, and its message in one line. */
export function frontMatterError(error: YAMLError): { line: number; message: string } {
  // yaml's own "at line n, column m" counts from the front matter, not the file: drop it.
  return { line: (error.linePos?.[0].line ?? 0) + 1, message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') };
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is missing; this field is required';
  if (issue.code === 'invalid_type') return `must be ${EXPECTED_IN_WORDS[issue.expected] ?? `a ${issue.expected}`}, not ${describeValue(value)}`;
  return issue.message;
}

const EXPECTED_IN_WORDS: Record<string, string> = { string: 'text', boolean: 'true or false' };

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a nested map' : `a ${typeof value} (${String(value)})`;
}

/** Where a top-level key sits in the front matter, for pointing at its line. */
function keyOffset(doc: Document, key: string): number | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key.range?.[0];
  }
  return undefined;
}
