import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { invalidFormBody } from './check-message-body.js';
import { newMessage, pickMessageFields, readBody, type FakeMessage } from './fake-message.js';
import { snowflake } from './snowflake.js';

export type { FakeMessage } from './fake-message.js';

const bits = {
  administrator: 1n << 3n,
  view: 1n << 10n,
  send: 1n << 11n,
  embed: 1n << 14n,
  history: 1n << 16n,
} as const;
const defaultBotPermissions = bits.view | bits.send | bits.embed | bits.history;
// Discord's own bodies for these refusals (HTTP 403).
const missingAccess: [number, unknown] = [403, { message: 'Missing Access', code: 50001 }];
const missingPermissions: [number, unknown] = [403, { message: 'Missing Permissions', code: 50013 }];

/** One request the fake REST API received. */
export interface RecordedRequest {
  method: string;
  /** Path below `/api/v10`, without the query. */
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
  at: number;
}

/** An interaction response (`POST /interactions/{id}/{token}/callback`) and how long after dispatch it came. */
export interface RecordedCallback {
  interactionId: string;
  token: string;
  body: any;
  msSinceDispatch: number;
}

/** A fault to inject into the next matching request. */
export interface Fault {
  method: string;
  pathPrefix: string;
  /** `status`: answer with it and do nothing; `drop`: do the work, then cut the connection (the response is lost);
   *  `rateLimit`: a 429 as Discord sends it (`retry_after` seconds, `global`, `X-RateLimit-Scope`). */
  kind: { status: number } | 'drop' | { rateLimit: { retryAfterS: number; global?: boolean } };
  times: number;
}

/**
 * The REST half of the fake Discord (`/api/v10`): gateway discovery, command registration, interaction
 * callbacks, webhook replies and follow-ups, channel messages with nonce + enforce_nonce de-duplication,
 * and the channel's recent messages (GET).
 * Everything is recorded; stored messages are full message objects as discord.js expects them.
 */
export class FakeDiscordRest {
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: RecordedCallback[] = [];
  /** The same callbacks by interaction id (a doubled answer shows up as two entries). */
  readonly callbacksById = new Map<string, RecordedCallback[]>();
  /** Called on every interaction callback, as it arrives. */
  onCallback: ((callback: RecordedCallback) => void) | undefined;
  /** Channel messages by id (created by the bot, edited in place). */
  readonly messages = new Map<string, FakeMessage>();
  /** Messages sent through interaction webhooks (replies, edits of @original, follow-ups), by token. */
  readonly webhookMessages = new Map<string, FakeMessage[]>();
  readonly commands = new Map<string, any[]>();
  /** Dispatch times of interactions (performance.now()), set by the gateway side. */
  readonly dispatchedAt = new Map<string, number>();
  /** Callbacks refused as Discord refuses them: 10062 after the deadline, 40060 for a second one. */
  readonly refusedCallbacks: Array<{ interactionId: string; code: 10062 | 40060 }> = [];
  /** How long after dispatch an interaction may get its initial response (Discord: 3 s). */
  interactionDeadlineMs = 3000;
  /** Requests per route bucket left in the current window, for the X-RateLimit-* headers. */
  private readonly buckets = new Map<string, { remaining: number; resetAt: number }>();
  /** The bot's permissions per channel (absent: View Channel, Send Messages, Embed Links, Read Message History). */
  readonly botPermissions = new Map<string, bigint>();
  /** DM channels opened with `POST /users/@me/channels`: recipient id → channel id. */
  readonly dmChannels = new Map<string, string>();
  private readonly faults: Fault[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly nonces = new Map<string, string>();
  private readonly server: Server;

  constructor(
    private readonly bot: { id: string; username: string },
    private readonly appId: string,
    private readonly gatewayUrl: () => string,
  ) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: String(error), code: 0 }));
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  /** The base to give discord.js as `rest.api`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Makes the next `times` requests matching method + path prefix fail as described. */
  inject(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Resolves when `check` holds for the recorded state (checked on every request), or rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const found = check();
    if (found) return found;
    return new Promise<T>((resolve, reject) => {
      const listener = () => {
        const value = check();
        if (value) {
          clearTimeout(timer);
          this.listeners.delete(listener);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(
          new Error(
            `FakeDiscordRest: condition not met within ${timeoutMs} ms; last requests: ${this.requests
              .slice(-5)
              .map((r) => `${r.method} ${r.path}`)
              .join(', ')}`,
          ),
        );
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Other people's messages in a channel, `count` of them, dated now (a busy channel after a post). */
  addChatter(channelId: string, count: number): void {
    const someone = { id: snowflake(), username: 'someone' };
    for (let i = 0; i < count; i += 1) {
      const message = {
        ...newMessage(someone, channelId, { content: `chatter ${i}` }),
        author: { id: someone.id, username: 'someone', discriminator: '0', global_name: null, avatar: null },
      };
      this.messages.set(message.id, message);
    }
  }

  /** The bot's permission bits in a channel. */
  botPermissionsIn(channelId: string): bigint {
    return this.botPermissions.get(channelId) ?? defaultBotPermissions;
  }

  /** Channel messages in one channel, oldest first. */
  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((message) => message.channel_id === channelId);
  }

  /** Discord remembers a nonce for a few minutes only: this ends that window for every nonce sent so far. */
  forgetNonces(): void {
    this.nonces.clear();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const raw = await readBody(request);
    const contentType = request.headers['content-type'] ?? '';
    const body = raw.length > 0 && contentType.includes('json') ? JSON.parse(raw) : raw || undefined;
    const method = request.method ?? 'GET';
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      body,
      authorization: request.headers.authorization,
      at: performance.now(),
    };
    this.requests.push(recorded);

    const fault = this.faults.find(
      (candidate) => candidate.method === method && path.startsWith(candidate.pathPrefix) && candidate.times > 0,
    );
    if (fault) fault.times -= 1;
    this.rateLimitHeaders(response, path);
    if (fault && typeof fault.kind === 'object' && 'rateLimit' in fault.kind) {
      const { retryAfterS, global = false } = fault.kind.rateLimit;
      response.setHeader('retry-after', String(Math.ceil(retryAfterS)));
      response.setHeader('x-ratelimit-scope', global ? 'global' : 'user');
      if (global) response.setHeader('x-ratelimit-global', 'true');
      else response.setHeader('x-ratelimit-remaining', '0');
      response
        .writeHead(429, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfterS, global }));
      this.notify();
      return;
    }
    if (fault && fault.kind !== 'drop' && 'status' in fault.kind) {
      response
        .writeHead(fault.kind.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: 'injected failure', code: 0 }));
      this.notify();
      return;
    }
    const invalid = this.invalidBody(method, path, body);
    const [status, answer] = invalid ? [400, invalid] : this.route(method, path, recorded);
    if (fault?.kind === 'drop') {
      request.socket.destroy();
    } else if (answer === undefined) {
      response.writeHead(status).end();
    } else {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    }
    this.notify();
  }

  private route(method: string, path: string, request: RecordedRequest): [number, unknown] {
    let match: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return [
        200,
        {
          url: this.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    if (method === 'PUT' && (match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (match[1] !== this.appId || !this.authorised(request)) return [401, { message: '401: Unauthorized', code: 0 }];
      const registered = (request.body as any[]).map((command) => ({
        ...command,
        id: snowflake(),
        application_id: this.appId,
        version: snowflake(),
        ...(match![2] ? { guild_id: match![2] } : {}),
      }));
      this.commands.set(match[2] ?? 'global', registered);
      return [200, registered];
    }
    if (method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const started = this.dispatchedAt.get(match[1]!);
      // As Discord: an interaction's token dies 3 s after dispatch unanswered; a second initial response is refused.
      if (this.callbacksById.has(match[1]!)) {
        this.refusedCallbacks.push({ interactionId: match[1]!, code: 40060 });
        return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      }
      if (started !== undefined && request.at - started > this.interactionDeadlineMs) {
        this.refusedCallbacks.push({ interactionId: match[1]!, code: 10062 });
        return [404, { message: 'Unknown interaction', code: 10062 }];
      }
      const callback = {
        interactionId: match[1]!,
        token: match[2]!,
        body: request.body,
        msSinceDispatch: started === undefined ? NaN : request.at - started,
      };
      this.callbacks.push(callback);
      this.callbacksById.set(callback.interactionId, [
        ...(this.callbacksById.get(callback.interactionId) ?? []),
        callback,
      ]);
      this.onCallback?.(callback);
      const type = request.body?.type;
      if (type === 4) this.webhookMessage(match[2]!, request.body.data ?? {});
      // A deferred reply shows "thinking…" until the bot edits @original (or deletes it).
      if (type === 5) Object.assign(this.webhookMessage(match[2]!, request.body.data ?? {}), { loading: true });
      return [204, undefined];
    }
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/))) {
      const token = match[2]!;
      if (method === 'POST' && !match[3]) return [200, this.webhookMessage(token, request.body)];
      const list = this.webhookMessages.get(token) ?? [];
      if (method === 'PATCH') {
        const target = match[3] === '@original' ? list[0] : list.find((message) => message.id === match![3]);
        if (!target) return [200, this.webhookMessage(token, request.body)];
        Object.assign(target, pickMessageFields(request.body), {
          edited_timestamp: new Date().toISOString(),
          loading: false,
        });
        return [200, target];
      }
      if (method === 'DELETE') {
        const index = match[3] === '@original' ? 0 : list.findIndex((message) => message.id === match![3]);
        if (index >= 0) list[index]!.deleted = true;
        return [204, undefined];
      }
      if (method === 'GET') return list[0] ? [200, list[0]] : [404, { message: 'Unknown Message', code: 10008 }];
    }
    if (method === 'GET' && (match = path.match(/^\/channels\/(\d+)\/messages$/))) {
      if (!this.authorised(request)) return [401, { message: '401: Unauthorized', code: 0 }];
      if (!this.can(match[1]!, bits.view)) return missingAccess;
      // Without Read Message History Discord answers an empty list.
      if (!this.can(match[1]!, bits.history)) return [200, []];
      // As Discord: newest first, at most `limit` (default 50, 1–100); `before` the newest older than an
      // id, `after` the oldest newer than it (still sent newest first). A fetched message carries no nonce.
      const limit = Math.min(100, Math.max(1, Number(request.query.get('limit') ?? 50)));
      const before = request.query.get('before');
      const after = request.query.get('after');
      const byId = this.channelMessages(match[1]!).sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      let page: FakeMessage[];
      if (after)
        page = byId
          .filter((m) => BigInt(m.id) > BigInt(after))
          .slice(0, limit)
          .reverse();
      else
        page = byId
          .filter((m) => !before || BigInt(m.id) < BigInt(before))
          .reverse()
          .slice(0, limit);
      return [200, page.map(({ nonce: _nonce, ...message }) => message)];
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      if (!this.authorised(request)) return [401, { message: '401: Unauthorized', code: 0 }];
      const recipient = String(request.body?.recipient_id ?? '');
      const id = this.dmChannels.get(recipient) ?? snowflake();
      this.dmChannels.set(recipient, id);
      return [
        200,
        {
          id,
          type: 1,
          last_message_id: null,
          flags: 0,
          recipients: [{ id: recipient, username: 'someone', discriminator: '0', global_name: null, avatar: null }],
        },
      ];
    }
    if (method === 'GET' && (match = path.match(/^\/channels\/(\d+)$/))) {
      if (!this.authorised(request)) return [401, { message: '401: Unauthorized', code: 0 }];
      if (!this.can(match[1]!, bits.view)) return missingAccess;
      return [
        200,
        {
          id: match[1],
          type: 0,
          guild_id: '1',
          name: 'exam-prep',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
          last_message_id: null,
          rate_limit_per_user: 0,
          flags: 0,
        },
      ];
    }
    if (method === 'POST' && (match = path.match(/^\/channels\/(\d+)\/messages$/))) {
      if (!this.authorised(request)) return [401, { message: '401: Unauthorized', code: 0 }];
      // As Discord: without View Channel 50001; without Send Messages (or Embed Links for embeds) 50013.
      if (!this.can(match[1]!, bits.view)) return missingAccess;
      if (!this.can(match[1]!, bits.send) || (request.body?.embeds?.length && !this.can(match[1]!, bits.embed)))
        return missingPermissions;
      const nonce = request.body?.nonce as string | undefined;
      const key = nonce === undefined || !request.body?.enforce_nonce ? undefined : `${match[1]}:${nonce}`;
      const existing = key ? this.messages.get(this.nonces.get(key) ?? '') : undefined;
      if (existing) return [200, existing];
      const message = newMessage(this.bot, match[1]!, request.body);
      this.messages.set(message.id, message);
      if (key) this.nonces.set(key, message.id);
      return [200, message];
    }
    if (method === 'PATCH' && (match = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
      if (!this.authorised(request)) return [401, { message: '401: Unauthorized', code: 0 }];
      const message = this.messages.get(match[2]!);
      if (!message || message.channel_id !== match[1]) return [404, { message: 'Unknown Message', code: 10008 }];
      Object.assign(message, pickMessageFields(request.body), { edited_timestamp: new Date().toISOString() });
      return [200, message];
    }
    return [404, { message: `404: Not Found (${method} ${path})`, code: 0 }];
  }

  /** Whether the bot holds `bit` in the channel; DM channels (opened by the bot) allow everything. */
  private can(channelId: string, bit: bigint): boolean {
    if ([...this.dmChannels.values()].includes(channelId)) return true;
    const have = this.botPermissionsIn(channelId);
    return (have & bits.administrator) !== 0n || (have & bit) !== 0n;
  }

  /** The X-RateLimit-* headers Discord puts on every REST response (a generous 50 per second per route here). */
  private rateLimitHeaders(response: ServerResponse, path: string): void {
    const route = path.replace(/\d{16,}/g, ':id');
    const now = Date.now();
    let bucket = this.buckets.get(route);
    if (!bucket || bucket.resetAt <= now) this.buckets.set(route, (bucket = { remaining: 50, resetAt: now + 1000 }));
    bucket.remaining = Math.max(0, bucket.remaining - 1);
    response.setHeader('x-ratelimit-limit', '50');
    response.setHeader('x-ratelimit-remaining', String(bucket.remaining));
    response.setHeader('x-ratelimit-reset', (bucket.resetAt / 1000).toFixed(3));
    response.setHeader('x-ratelimit-reset-after', ((bucket.resetAt - now) / 1000).toFixed(3));
    response.setHeader('x-ratelimit-bucket', Buffer.from(route).toString('hex').slice(0, 32));
  }

  /** Discord's 50035 for a message body over its limits (interaction responses nest it under `data`). */
  private invalidBody(method: string, path: string, body: any): ReturnType<typeof invalidFormBody> {
    if (method !== 'POST' && method !== 'PATCH') return undefined;
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      const inner = invalidFormBody(body?.data);
      return inner && { ...inner, errors: { data: inner.errors } };
    }
    if (/^\/channels\/\d+\/messages(\/\d+)?$/.test(path) || /^\/webhooks\/\d+\/[^/]+/.test(path))
      return invalidFormBody(body);
    return undefined;
  }

  private authorised(request: RecordedRequest): boolean {
    return request.authorization?.startsWith('Bot ') === true;
  }

  private webhookMessage(token: string, body: any): FakeMessage {
    const message = { ...newMessage(this.bot, '0', body), webhook_id: this.appId, application_id: this.appId };
    const list = this.webhookMessages.get(token) ?? [];
    list.push(message);
    this.webhookMessages.set(token, list);
    return message;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
