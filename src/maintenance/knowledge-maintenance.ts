// The moderators' loop, shared by `npm run knowledge` and /article: prepare a draft from a web
// address or a file and check it; write it; remove and restore articles. Every change is followed
// by a reload (the one way a new folder goes live): the engine's own, or in a sharded bot every
// shard's; if any shard refuses the folder, the change is undone (and the shards that took it
// reload again), so the folder on disk and the index being served never disagree.
import path from 'node:path';
import type { AnswerEngine, ReloadReport } from '../engine/answer-engine.js';
import type { KnowledgeProblem } from '../knowledge/knowledge-error.js';
import { articleText, DuplicateFinder, type ArticleText } from '../knowledge-base/duplicate-articles.js';
import type { ShardReload } from '../sharding/shard-endpoints.js';
import { buildDraft, type ArticleDraft, type DraftOptions } from './article-draft.js';
import { articleMarkdown } from './article-file.js';
import { exists, moveBack, moveToRemoved, removedArticles, writeFileAtomically, type RemovedArticle } from './article-files.js';
import { draftProblem } from './check-draft.js';
import { InputRefused } from './extracted.js';
import { FetchRefused, type AddressRule } from './fetch-page.js';
import { readInput, type ArticleInput } from './read-input.js';

export type PrepareResult =
  | { ok: true; draft: ArticleDraft }
  /** `missing`: the input names no outlet (or title) and none was given; the front end asks for it. */
  | { ok: false; reason: string; missing?: 'outlet' | 'title' };

export type ChangeResult =
  /** `shards`: each shard's reload (one entry when not sharded). */
  | { ok: true; id: string; report: ReloadReport; shards: ShardReload[] }
  /** Refused before anything changed, or (with `problems`) undone because a shard's reload refused the folder. */
  | { ok: false; reason: string; problems?: KnowledgeProblem[]; shards?: ShardReload[] };

/** How a change goes live: the engine's reload here, or the bot's reload of every shard. */
export type ReloadEverywhere = () => Promise<ShardReload[]>;

export class KnowledgeMaintenance {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly engine: AnswerEngine,
    private readonly rule: AddressRule,
    private readonly reload: ReloadEverywhere = async () => [{ shardId: 0, ...(await engine.reload()) }],
  ) {}

  get folder(): string {
    return this.engine.folder;
  }

  async prepare(input: ArticleInput, options: DraftOptions = {}): Promise<PrepareResult> {
    let read;
    try {
      read = await readInput(input, this.rule);
    } catch (error) {
      if (error instanceof FetchRefused || error instanceof InputRefused) return { ok: false, reason: error.message };
      throw error;
    }
    if (read.extracted.notAnArticle) return { ok: false, reason: read.extracted.notAnArticle };
    const taken = new Set([...this.existing().map((a) => a.id), ...(await removedArticles(this.folder)).map((a) => a.id)]);
    const built = buildDraft(read.extracted, read.origin, options, taken);
    if (!built.ok) return { ok: false, missing: built.missing, reason: `the ${'url' in input ? 'page' : 'file'} does not name its ${built.missing}` };
    const problem = draftProblem(built.draft, this.existing());
    return problem ? { ok: false, reason: problem } : built;
  }

  /** Writes the draft as `<id>.md` and reloads. Checked again first: the folder may have changed since the preview. */
  add(draft: ArticleDraft, addedBy: string): Promise<ChangeResult> {
    return this.exclusively(async () => {
      const name = `${draft.fields.id}.md`;
      const problem = draftProblem(draft, this.existing());
      if (problem) return { ok: false, reason: problem };
      if (this.existing().some((a) => a.id === draft.fields.id) || (await exists(path.join(this.folder, name)))) {
        return { ok: false, reason: `an article \`${draft.fields.id}\` was added meanwhile; start again` };
      }
      await writeFileAtomically(this.folder, name, articleMarkdown(draft, { at: new Date(), by: addedBy }));
      return this.reloadOrUndo(draft.fields.id, () => moveToRemoved(this.folder, name), 'The new article was moved to .removed/');
    });
  }

  remove(id: string): Promise<ChangeResult> {
    return this.exclusively(async () => {
      const article = this.engine.knowledgeBase.articles.find((a) => a.id === id);
      if (!article) return { ok: false, reason: `no article has the id \`${id}\`` };
      const removedName = await moveToRemoved(this.folder, article.file);
      return this.reloadOrUndo(id, () => moveBack(this.folder, removedName, article.file), 'The article was put back');
    });
  }

  restore(id: string): Promise<ChangeResult> {
    return this.exclusively(async () => {
      if (this.existing().some((a) => a.id === id)) return { ok: false, reason: `\`${id}\` is already being served` };
      // The latest removal of that id, if it was removed more than once (removedArticles lists it last).
      const removed = (await removedArticles(this.folder)).filter((a) => a.id === id).at(-1);
      if (!removed) return { ok: false, reason: `no removed article has the id \`${id}\`` };
      // Checked as add checks a new article: the folder may have been given the same article meanwhile.
      const duplication = new DuplicateFinder(this.existing()).duplication(articleText(removed));
      if (duplication) return { ok: false, reason: duplication };
      if (await exists(path.join(this.folder, removed.name))) return { ok: false, reason: `a file named ${removed.name} is already in the folder` };
      await moveBack(this.folder, removed.removedName, removed.name);
      return this.reloadOrUndo(id, () => moveToRemoved(this.folder, removed.name), 'The article was moved back to .removed/');
    });
  }

  /** Articles in .removed/, for `restore`. */
  removed(): Promise<RemovedArticle[]> {
    return removedArticles(this.folder);
  }

  private async reloadOrUndo(id: string, undo: () => Promise<unknown>, undone: string): Promise<ChangeResult> {
    const shards = await this.reload();
    const problems = shards.flatMap((shard) => ('problems' in shard ? shard.problems : []));
    const loaded = shards.find((shard) => 'report' in shard);
    // A shard that did not answer (restarting) reads the folder when it starts: that is no reason to undo.
    if (problems.length === 0 && loaded) return { ok: true, id, report: loaded.report, shards };
    await undo();
    // Shards that took the change go back to the folder as it was.
    if (loaded) await this.reload();
    const why = problems.length > 0 ? 'the knowledge folder has problems' : 'no shard answered to load it';
    return { ok: false, reason: `${why}, so nothing was changed. ${undone}; the previous articles are still being served`, ...(problems.length > 0 ? { problems } : {}), shards };
  }

  /** The served articles with their sentences, for duplicate checks. */
  private existing(): ArticleText[] {
    const { articles, sentences } = this.engine.knowledgeBase;
    const byArticle = new Map<string, string[]>(articles.map((a) => [a.id, []]));
    for (const sentence of sentences) byArticle.get(sentence.articleId)?.push(sentence.text);
    return articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, ...(a.url ? { url: a.url } : {}), sentences: byArticle.get(a.id) ?? [] }));
  }

  /** One change at a time: two moderators adding at once must not interleave writes and reloads. */
  private exclusively<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
