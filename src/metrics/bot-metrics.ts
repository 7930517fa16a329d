// The bot's Prometheus metrics (prom-client), one registry per process. Counters are always kept
// (they cost nothing); they are only served when METRICS_PORT is set. Every series carries a
// `shard` label, so a ShardingManager can merge its shards' registries without adding them up.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type FrontEnd = 'slash' | 'dm';
export type QuestionOutcome = 'answered' | 'abstained' | 'rate-limited' | 'too-long' | 'failed';

/** What the gauges read when scraped. */
export interface LiveState {
  gatewayReady(): boolean;
  knowledgeVersion(): string;
}

export class BotMetrics {
  readonly registry = new Registry();
  private readonly questions = new Counter({
    name: 'newsbot_questions_total',
    help: 'Questions received, by front end and outcome',
    labelNames: ['front_end', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly answerSeconds = new Histogram({
    name: 'newsbot_answer_seconds',
    help: 'Time from receiving a question to sending its reply',
    labelNames: ['front_end'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly moderatorActions = new Counter({
    name: 'newsbot_moderator_actions_total',
    help: 'Moderator commands (/reindex, /article), by result',
    labelNames: ['command', 'result'] as const,
    registers: [this.registry],
  });

  /** `processMetrics`: also Node's default process metrics (CPU, memory, event loop, GC). */
  constructor(shard: string, { processMetrics = false } = {}) {
    this.registry.setDefaultLabels({ shard });
    if (processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  question(frontEnd: FrontEnd, outcome: QuestionOutcome, seconds: number): void {
    this.questions.inc({ front_end: frontEnd, outcome });
    this.answerSeconds.observe({ front_end: frontEnd }, seconds);
  }

  moderatorAction(command: string, result: string): void {
    this.moderatorActions.inc({ command, result });
  }

  /** Gateway status and knowledge version, read at each scrape. */
  watch(state: LiveState): void {
    new Gauge({
      name: 'newsbot_gateway_ready',
      help: '1 while the Discord gateway connection is READY',
      registers: [this.registry],
      collect() {
        this.set(state.gatewayReady() ? 1 : 0);
      },
    });
    new Gauge({
      name: 'newsbot_knowledge_info',
      help: 'The knowledge version (content hash of the articles) being served',
      labelNames: ['version'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        this.set({ version: state.knowledgeVersion() }, 1);
      },
    });
  }
}
