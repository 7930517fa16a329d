// Reading what the bot posted back into plain quotes, and the knowledge files to check them against.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** An article the tests add to a running bot's folder: nothing else mentions flamingos. */
export const NEW_ARTICLE = `---
id: "test-added-article"
outlet: "Test Gazette"
title: "A test article added during the test"
source: "test.txt"
---

The flamingo sanctuary near Aktau reopened after the winter storms.
`;

export interface KnowledgeArticle {
  outlet: string;
  title: string;
  body: string;
}

export async function readArticles(folder: string): Promise<KnowledgeArticle[]> {
  const names = (await fs.readdir(folder)).filter((name) => name.endsWith('.md'));
  return Promise.all(
    names.map(async (name) => {
      const text = await fs.readFile(path.join(folder, name), 'utf8');
      const [, frontMatter = '', body = ''] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? [];
      const meta = parse(frontMatter) as { outlet: string; title: string };
      return { outlet: meta.outlet, title: meta.title, body: body.replace(/\s+/g, ' ') };
    }),
  );
}

/** Undoes Discord markdown escaping: a backslash before punctuation. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([^a-zA-Z0-9\s])/g, '$1');
}

export interface PostedPassage {
  outlet: string;
  title: string;
  quote: string;
}

/** The quoted passages of an answer message: outlet from the title, quote from the block quote, article from the footer. */
export function quotedPassages(message: any): PostedPassage[] {
  return (message.embeds ?? []).map((embed: any) => ({
    outlet: unescapeMarkdown(embed.title),
    title: embed.footer.text.replace(/^“|”$/g, ''),
    quote: unescapeMarkdown(
      embed.description
        .split('\n')
        .map((line: string) => line.replace(/^> /, ''))
        .join(' '),
    ).replace(/\s+/g, ' '),
  }));
}
