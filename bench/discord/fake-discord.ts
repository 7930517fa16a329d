// A small Discord on 127.0.0.1 for end-to-end tests: an HTTP server for the REST API and a
// WebSocket gateway on the same port. The bot's real discord.js Client logs in to it; tests
// dispatch gateway events and assert on the REST requests the bot makes.
//
// The gateway can be made to fail as Discord's does: a dropped connection (a close code, or an
// abrupt end) and INVALID_SESSION. RESUME works like Discord's: it must name a session this
// gateway started, or it gets INVALID_SESSION.
//
// Sharding works like Discord's: GET /gateway/bot recommends `shards`, each connection IDENTIFYs
// as `shard: [id, count]` and is sent only its own guilds (READY, GUILD_CREATE) and events: a guild's
// go to shard (guild_id >> 22) % count, direct messages to shard 0.
//
// Every message-creating request (interaction callback with a message, edit of the original,
// follow-up, channel message) is checked as it arrives: it must carry allowed_mentions with an
// empty parse, and fit Discord's limits. Problems are collected in `violations`.
import { EventEmitter, once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { messageLimitViolations } from './discord-limits-check.js';
import { botMessage } from './payloads.js';
import { snowflake } from './snowflakes.js';

export type RouteKind = 'callback' | 'edit-original' | 'follow-up' | 'channel-message' | 'put-commands' | 'gateway-info' | 'other';

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, URL-decoded (so `@original`, not `%40original`). */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
  kind: RouteKind;
  interactionId?: string;
  channelId?: string;
  /** The message the request creates or edits, if any. */
  message?: any;
  receivedAt: number;
  /** Set once the fake has answered; a delayed response leaves it undefined until then. */
  respondedAt?: number;
}

export interface CannedResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

/**
 * Discord's answer to a request over a per-route limit. No X-RateLimit-Global header at all:
 * discord.js treats its mere presence as a global limit.
 */
export function rateLimited(retryAfterSeconds: number): CannedResponse {
  return {
    status: 429,
    headers: {
      'retry-after': String(Math.ceil(retryAfterSeconds)),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': 'user',
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false, code: 0 },
  };
}

/** How a session (re)started: IDENTIFY answered by READY, or RESUME answered by RESUMED. */
export type GatewayHandshake = 'identify' | 'resume';

export interface FakeGuild {
  id: string;
  name: string;
  channelId: string;
  /** Roles besides @everyone, as the guild's GUILD_CREATE lists them. */
  roleIds: string[];
}

export interface FakeDiscordOptions {
  applicationId: string;
  token: string;
  guilds?: FakeGuild[];
  /** Short, so heartbeats (and their ACKs) happen during tests too. */
  heartbeatIntervalMs?: number;
  /** The shard count GET /gateway/bot recommends and every IDENTIFY must use. */
  shards?: number;
  /** session_start_limit.max_concurrency: how many shards may IDENTIFY per 5 seconds. */
  maxConcurrency?: number;
}

/** Interaction callback types that carry a message (CHANNEL_MESSAGE_WITH_SOURCE, UPDATE_MESSAGE). */
const MESSAGE_CALLBACK_TYPES = new Set([4, 7]);

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** IDENTIFY payloads (op 2) the gateway received. */
  readonly identifies: any[] = [];
  /** RESUME payloads (op 6) the gateway received. */
  readonly resumes: any[] = [];
  readonly violations: string[] = [];
  heartbeatsAcked = 0;
  gatewayClosures = 0;

  private readonly sockets = new Set<WebSocket>();
  private readonly overrides: Array<{ match: (request: RecordedRequest) => boolean; response: CannedResponse }> = [];
  private readonly waiters = new Set<{ match: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }>();
  private sequence = 0;
  /** Sessions READY has started and nothing has invalidated: the only ones RESUME accepts. */
  private readonly sessions = new Set<string>();
  /** Which shard each identified connection, and each session, belongs to. */
  private readonly socketShards = new Map<WebSocket, number>();
  private readonly sessionShards = new Map<string, number>();
  private readonly handshakes = new EventEmitter();
  private identifyRefusal: number | undefined;

  private constructor(
    private readonly server: http.Server,
    private readonly wss: WebSocketServer,
    readonly options: Required<FakeDiscordOptions>,
  ) {}

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = http.createServer();
    const wss = new WebSocketServer({ server, path: '/gateway' });
    const fake = new FakeDiscord(server, wss, { guilds: [], heartbeatIntervalMs: 1000, shards: 1, maxConcurrency: 1, ...options });
    server.on('request', (request, response) => void fake.handleHttp(request, response));
    wss.on('connection', (socket) => fake.handleGatewayConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What to pass as the client's `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get connectedSockets(): number {
    return this.sockets.size;
  }

  /** The next `times` requests matching `match` get `response` instead of the normal one. */
  intercept(match: (request: RecordedRequest) => boolean, response: CannedResponse, times = 1): void {
    for (let i = 0; i < times; i++) this.overrides.push({ match, response });
  }

  /** Forgets the requests recorded so far (a long load run would otherwise keep them all). */
  forgetRequests(): void {
    this.requests.length = 0;
  }

  /** Drops every gateway connection: closed with `code`, or, with 'abruptly', the socket just ends (the client sees 1006). */
  dropGateway(how: { code: number } | 'abruptly'): void {
    for (const socket of this.sockets) {
      if (how === 'abruptly') socket.terminate();
      else socket.close(how.code, 'fake Discord dropped the connection');
    }
  }

  /** Sends INVALID_SESSION (op 9) with d:false: the sessions are gone and cannot be resumed. */
  invalidateSessions(): void {
    this.sessions.clear();
    for (const socket of this.sockets) socket.send(JSON.stringify({ op: 9, d: false }));
  }

  /** The next IDENTIFY is answered by closing the connection with `code`, as Discord does for disallowed intents (4014). */
  refuseNextIdentify(code: number): void {
    this.identifyRefusal = code;
  }

  /** Resolves when the gateway next completes a handshake, saying which kind. */
  async nextHandshake(timeoutMs = 10_000): Promise<GatewayHandshake> {
    const [kind] = await once(this.handshakes, 'done', { signal: AbortSignal.timeout(timeoutMs) });
    return kind as GatewayHandshake;
  }

  /** A request already received, or the next one, that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (request: RecordedRequest) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Sends a gateway dispatch (op 0) to the connections of the shard Discord would route it to. */
  dispatch(type: string, data: unknown): void {
    const payload = JSON.stringify({ op: 0, t: type, s: ++this.sequence, d: data });
    const shard = this.shardForEvent(data);
    for (const socket of this.sockets) if (this.socketShards.get(socket) === shard) socket.send(payload);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- REST ----

  private async handleHttp(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    if (this.serveAttachment(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: request.headers,
      body: raw ? JSON.parse(raw) : undefined,
      kind: 'other',
      receivedAt: performance.now(),
    };
    const canned = this.route(recorded);
    this.inspectMessage(recorded);
    this.requests.push(recorded);
    for (const waiter of [...this.waiters]) if (waiter.match(recorded)) waiter.resolve(recorded);

    const overrideIndex = this.overrides.findIndex((o) => o.match(recorded));
    const override = overrideIndex >= 0 ? this.overrides.splice(overrideIndex, 1)[0]!.response : undefined;
    const { status, body, headers = {}, delayMs } = { ...canned, ...override };
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (body === undefined) response.writeHead(status ?? 204, headers).end();
    else response.writeHead(status ?? 200, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    recorded.respondedAt = performance.now();
  }

  /** Classifies the request and builds Discord's normal answer to it. */
  private route(request: RecordedRequest): CannedResponse {
    const { method, path, body } = request;
    const app = this.options.applicationId;
    let match: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      request.kind = 'gateway-info';
      // Where discord.js's login first uses the token: Discord refuses a wrong one with 401.
      if (!this.requireBotAuth(request)) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      return {
        body: {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: this.options.shards,
          // Without session_start_limit discord.js's login throws.
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.options.maxConcurrency },
        },
      };
    }
    if (method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      request.kind = 'callback';
      request.interactionId = match[1];
      if (MESSAGE_CALLBACK_TYPES.has(body?.type)) request.message = body.data ?? {};
      return { status: 204 };
    }
    if (method === 'PATCH' && (match = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/)) && match[1] === app) {
      request.kind = 'edit-original';
      request.message = body;
      return { body: this.messageObject(body, '0') };
    }
    if (method === 'POST' && (match = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/)) && match[1] === app) {
      request.kind = 'follow-up';
      request.message = body;
      return { body: this.messageObject(body, '0') };
    }
    if (method === 'POST' && (match = path.match(/^\/channels\/(\d+)\/messages$/))) {
      request.kind = 'channel-message';
      request.channelId = match[1];
      request.message = body;
      this.requireBotAuth(request);
      return { body: this.messageObject(body, match[1]!) };
    }
    if (method === 'PUT' && (match = path.match(/^\/applications\/(\d+)(?:\/guilds\/\d+)?\/commands$/))) {
      request.kind = 'put-commands';
      this.requireBotAuth(request);
      return { body: (body as any[]).map((command) => ({ id: snowflake(), application_id: app, version: snowflake(), ...command })) };
    }
    this.violations.push(`unexpected request ${method} ${path}`);
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  /** Records a violation unless the request carries the bot token; says whether it did. */
  private requireBotAuth(request: RecordedRequest): boolean {
    const authorized = request.headers.authorization === `Bot ${this.options.token}`;
    if (!authorized) this.violations.push(`${request.method} ${request.path} without the bot token`);
    return authorized;
  }

  private inspectMessage(request: RecordedRequest): void {
    if (!request.message) return;
    const where = `${request.method} ${request.path}`;
    const parse = request.message.allowed_mentions?.parse;
    if (!Array.isArray(parse) || parse.length > 0) {
      this.violations.push(`${where}: allowed_mentions.parse is ${JSON.stringify(parse)}, not []`);
    }
    for (const problem of messageLimitViolations(request.message)) this.violations.push(`${where}: ${problem}`);
  }

  private messageObject(body: any, channelId: string): unknown {
    return botMessage(this.options.applicationId, channelId, { content: body?.content, embeds: body?.embeds, flags: body?.flags });
  }

  // ---- Attachments: uploaded files, served as Discord's CDN serves them ----

  private readonly attachments = new Map<string, { contentType: string; body: Buffer }>();

  /** An uploaded file, shaped as an interaction's `resolved.attachments` entry; its url serves the body. */
  addAttachment(filename: string, contentType: string, body: string | Buffer) {
    const id = snowflake();
    const bytes = Buffer.from(body);
    this.attachments.set(id, { contentType, body: bytes });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(filename)}`;
    return { id, filename, size: bytes.length, url, proxy_url: url, content_type: contentType };
  }

  /** Answers GET /attachments/<id>/<name>; false for every other request. */
  private serveAttachment(request: http.IncomingMessage, response: http.ServerResponse): boolean {
    const match = (request.url ?? '').match(/^\/attachments\/(\d+)\//);
    if (request.method !== 'GET' || !match) return false;
    const file = this.attachments.get(match[1]!);
    if (!file) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length }).end(file.body);
    return true;
  }

  // ---- Gateway ----

  private handleGatewayConnection(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => {
      this.sockets.delete(socket);
      this.socketShards.delete(socket);
      this.gatewayClosures++;
    });
    socket.on('message', (data) => this.handleGatewayPayload(socket, data));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
  }

  private handleGatewayPayload(socket: WebSocket, data: RawData): void {
    const payload = JSON.parse(data.toString());
    if (payload.op === 1) {
      this.heartbeatsAcked++;
      socket.send(JSON.stringify({ op: 11 }));
    } else if (payload.op === 2) {
      this.identifies.push(payload.d);
      if (payload.d.token !== this.options.token) this.violations.push('IDENTIFY without the bot token');
      if (this.identifyRefusal !== undefined) {
        socket.close(this.identifyRefusal, 'fake Discord refused the IDENTIFY');
        this.identifyRefusal = undefined;
        return;
      }
      this.sendReady(socket, this.identifiedShard(payload.d.shard));
    } else if (payload.op === 6) {
      this.resumes.push(payload.d);
      if (payload.d.token !== this.options.token) this.violations.push('RESUME without the bot token');
      if (!this.sessions.has(payload.d.session_id)) {
        socket.send(JSON.stringify({ op: 9, d: false }));
        return;
      }
      this.socketShards.set(socket, this.sessionShards.get(payload.d.session_id)!);
      socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.sequence, d: {} }));
      this.handshakes.emit('done', 'resume');
    }
  }

  private sendReady(socket: WebSocket, shard: number): void {
    const { applicationId, shards } = this.options;
    const guilds = this.options.guilds.filter((guild) => shardForGuild(guild.id, shards) === shard);
    const send = (t: string, d: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d }));
    const sessionId = `session-${snowflake()}`;
    this.sessions.add(sessionId);
    this.sessionShards.set(sessionId, shard);
    this.socketShards.set(socket, shard);
    // READY needs user, application and guilds: a missing `guilds` leaves the client waiting forever.
    send('READY', {
      v: 10,
      user: { id: applicationId, username: 'newsbot', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 },
      application: { id: applicationId, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      private_channels: [],
      shard: [shard, shards],
    });
    for (const guild of guilds) send('GUILD_CREATE', guildObject(guild, applicationId));
    this.handshakes.emit('done', 'identify');
  }

  // ---- Sharding ----

  /** The shard an IDENTIFY names; a missing or inconsistent `shard` is recorded as a violation. */
  private identifiedShard(shard: unknown): number {
    const { shards } = this.options;
    if (shard === undefined && shards === 1) return 0;
    const [id, count] = Array.isArray(shard) ? shard : [];
    if (count !== shards || !Number.isInteger(id) || id < 0 || id >= shards) {
      this.violations.push(`IDENTIFY with shard ${JSON.stringify(shard)}, not [id, ${shards}]`);
    }
    return Number.isInteger(id) ? id : 0;
  }

  /** Where Discord sends an event: its guild's shard, or shard 0 for anything outside a guild (DMs). */
  private shardForEvent(data: unknown): number {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    return typeof guildId === 'string' ? shardForGuild(guildId, this.options.shards) : 0;
  }
}

/** Discord's routing rule (https://discord.com/developers/docs/events/gateway#sharding). */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild whose events the given shard receives: a fresh snowflake with its timestamp moved back onto that shard. */
export function guildOnShard(shard: number, shardCount: number, roleIds: string[] = []): FakeGuild {
  const id = BigInt(snowflake());
  const count = BigInt(shardCount);
  const timestamp = id >> 22n;
  const onShard = timestamp - ((timestamp - BigInt(shard)) % count + count) % count;
  return { id: String((onShard << 22n) | (id & 0x3fffffn)), name: `Server on shard ${shard}`, channelId: snowflake(), roleIds };
}

function guildObject(guild: FakeGuild, ownerId: string) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: ownerId,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    preferred_locale: 'en-US',
    features: [],
    roles: [guild.id, ...guild.roleIds].map((id, position) => ({
      id,
      name: position === 0 ? '@everyone' : `role ${position}`,
      permissions: '0',
      position,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    })),
    channels: [{ id: guild.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
    emojis: [],
    stickers: [],
    members: [],
    member_count: 3,
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
