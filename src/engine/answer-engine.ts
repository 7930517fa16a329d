// The engine every front end talks to: it answers from the current knowledge base and replaces
// that knowledge base atomically on reload. A reload builds and validates a complete new
// snapshot first; only then is the reference swapped, so questions asked meanwhile are answered
// from the old snapshot, and a failed reload leaves the old one serving.
import { answerQuestion, type AskOptions } from '../answers/answer-question.js';
import type { Answer } from '../answers/answer.js';
import type { Article } from '../knowledge/article-schema.js';
import { FOLDER, KnowledgeError, type KnowledgeProblem } from '../knowledge/knowledge-error.js';
import { loadDistinctKnowledge } from '../knowledge-base/duplicate-articles.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../knowledge-base/knowledge-base.js';
import { articleContent, knowledgeVersion } from './knowledge-version.js';

export interface ArticleSummary {
  id: string;
  outlet: string;
  title: string;
  published?: string;
  updated?: string;
  sentences: number;
}

export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
  sentencesBefore: number;
  sentencesAfter: number;
  milliseconds: number;
}

/** `version` is the knowledge version serving afterwards: the new one, or after a refusal the old one. */
export type ReloadResult = { ok: true; report: ReloadReport; version: string } | { ok: false; problems: KnowledgeProblem[]; version: string };

export class AnswerEngine {
  private runningReload: Promise<ReloadResult> | undefined;
  private queuedReload: Promise<ReloadResult> | undefined;
  private currentVersion: string;

  private constructor(
    readonly folder: string,
    private current: KnowledgeBase,
  ) {
    this.currentVersion = knowledgeVersion(current.articles);
  }

  /** Loads and indexes the folder. Throws KnowledgeError listing every problem if it is not valid. */
  static async open(folder: string): Promise<AnswerEngine> {
    const articles = await loadDistinctKnowledge(folder);
    return new AnswerEngine(folder, await buildKnowledgeBase(articles));
  }

  get knowledgeBase(): KnowledgeBase {
    return this.current;
  }

  /** The content hash of the articles being served. */
  get version(): string {
    return this.currentVersion;
  }

  ask(question: string, options: AskOptions = {}): Answer {
    // A front end may pass through whatever it parsed: NaN would otherwise select no passages at all.
    const top = options.top !== undefined && Number.isFinite(options.top) ? options.top : undefined;
    return answerQuestion(this.current, question, { ...options, top });
  }

  articles(): ArticleSummary[] {
    const counts = new Map<string, number>();
    for (const sentence of this.current.sentences) counts.set(sentence.articleId, (counts.get(sentence.articleId) ?? 0) + 1);
    return this.current.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      title: a.title,
      ...(a.published ? { published: a.published } : {}),
      ...(a.updated ? { updated: a.updated } : {}),
      sentences: counts.get(a.id) ?? 0,
    }));
  }

  /**
   * Re-reads the folder, never earlier than this call: a reload already running may have read
   * the folder before the caller changed it, so calls made meanwhile share the next reload
   * instead of racing each other.
   */
  reload(): Promise<ReloadResult> {
    if (!this.runningReload) return this.startReload();
    this.queuedReload ??= this.runningReload.then(() => {
      this.queuedReload = undefined;
      return this.startReload();
    });
    return this.queuedReload;
  }

  private startReload(): Promise<ReloadResult> {
    this.runningReload = this.rebuild().finally(() => {
      this.runningReload = undefined;
    });
    return this.runningReload;
  }

  private async rebuild(): Promise<ReloadResult> {
    const started = performance.now();
    let next: KnowledgeBase;
    try {
      next = await buildKnowledgeBase(await loadDistinctKnowledge(this.folder));
    } catch (error) {
      const version = this.currentVersion;
      if (error instanceof KnowledgeError) return { ok: false, problems: error.problems, version };
      // Anything else (a disk error, say) must not take the serving index down with it either.
      // Its code only: a system error's message names server paths, and this reaches Discord.
      const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.name : 'unknown error');
      return { ok: false, version, problems: [{ file: FOLDER, message: `could not be reloaded (${code})` }] };
    }
    const previous = this.current;
    this.current = next;
    this.currentVersion = knowledgeVersion(next.articles);
    return {
      ok: true,
      version: this.currentVersion,
      report: {
        ...compareArticles(previous.articles, next.articles),
        sentencesBefore: previous.sentences.length,
        sentencesAfter: next.sentences.length,
        milliseconds: Math.round(performance.now() - started),
      },
    };
  }
}

function compareArticles(before: readonly Article[], after: readonly Article[]) {
  const old = new Map(before.map((a) => [a.id, articleContent(a)]));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const article of after) {
    const previous = old.get(article.id);
    if (previous === undefined) added.push(article.id);
    else if (previous !== articleContent(article)) changed.push(article.id);
    else unchanged++;
  }
  const kept = new Set(after.map((a) => a.id));
  const removed = before.filter((a) => !kept.has(a.id)).map((a) => a.id);
  return { added, removed, changed, unchanged };
}
