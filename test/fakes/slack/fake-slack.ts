import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockProblems } from './check-blocks.js';
import { FakeSocketMode, type EnvelopeAck } from './fake-socket-mode.js';
import {
  blockActionsPayload,
  fakeTeam,
  slashCommandPayload,
  type ClickSpec,
  type CommandSpec,
} from './slack-payloads.js';

/** One Web API call as the fake received it: method, parsed arguments (JSON fields decoded), status sent. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  status: number;
  at: number;
}

/** One body the app POSTed to a response_url (what `respond()` sends). */
export interface ResponseCall {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

/** A message in the fake's channel history. */
export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  edits: number;
  /** Set for someone else's message; the bot's own have none. */
  user?: string;
}

export interface FakeUser {
  id: string;
  displayName?: string;
  realName?: string;
  name?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
}

/** A planned failure: the next `count` calls (of `method`, if given) answer `status`. */
export interface FailurePlan {
  count: number;
  /** 200: a platform error (`ok: false`, not retried by web-api). */
  status: 200 | 429 | 500 | 502 | 503;
  /** The `error` code in the body (default ratelimited for 429, else internal_error). */
  error?: string;
  /** Echo the bearer token inside the error code, as a misbehaving proxy might: logs must still hide it. */
  echoToken?: boolean;
  /** Seconds, sent as Retry-After with a 429. */
  retryAfter?: number;
  method?: string;
  /** Carry the call out, then answer the error anyway (the case where a retry could double a post). */
  afterProcessing?: boolean;
  /** Never answer (the connection stays open until the fake stops): the client must time out. With
   *  `afterProcessing` the call is carried out first. `status` is then only recorded. */
  hang?: boolean;
}

/**
 * A fake Slack on 127.0.0.1: the Web API methods prepbot uses, response_url endpoints, a Socket Mode
 * server, and recordings of everything, so tests can run the real @slack/bolt against it.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseCall[] = [];
  readonly messages: FakeMessage[] = [];
  /** Messages sent with chat.postEphemeral: shown to `user` alone. */
  readonly ephemerals: Array<{ channel: string; user: string; text: string; blocks: unknown }> = [];
  readonly socket = new FakeSocketMode();
  readonly users = new Map<string, FakeUser>();
  /** Channels the bot is not a member of: posts answer not_in_channel until conversations.join. */
  readonly notMemberOf = new Set<string>();
  /** Private channels: conversations.join answers method_not_supported_for_channel_type; one the bot is
   *  not a member of is invisible to it (channel_not_found), as on Slack. */
  readonly privateChannels = new Set<string>();
  /** Archived channels: posts answer is_archived. */
  readonly archivedChannels = new Set<string>();
  readonly #server: Server;
  readonly #failures: FailurePlan[] = [];
  /** How long a response_url takes replies (Slack: 30 minutes, at most 5 replies); later ones get 404. */
  responseUrlLifetimeMs = 30 * 60 * 1000;
  /** Replies response_urls refused (expired or used up), by id. */
  readonly refusedResponses: string[] = [];
  readonly #responseUrlIssuedAt = new Map<string, number>();
  readonly #responseUrlUses = new Map<string, number>();
  /** TCP connections the fake's HTTP server accepted (keep-alive reuse shows as few). */
  tcpConnections = 0;
  #port = 0;
  #tsCounter = 0;
  #responseCounter = 0;

  private constructor() {
    this.#server = createServer((req, res) => void this.#route(req, res));
    this.#server.on('connection', () => (this.tcpConnections += 1));
    this.#server.on('upgrade', (req, socket, head) => this.socket.handleUpgrade(req, socket, head));
  }

  /** Starts a fake Slack on a random free port. */
  static async start(users: FakeUser[] = []): Promise<FakeSlack> {
    const fake = new FakeSlack();
    for (const user of users) fake.users.set(user.id, user);
    await new Promise<void>((resolve) => fake.#server.listen(0, '127.0.0.1', resolve));
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api/`;
  }

  /** A fresh response_url for one command or click. */
  responseUrl(): string {
    this.#responseCounter += 1;
    this.#responseUrlIssuedAt.set(String(this.#responseCounter), Date.now());
    return `http://127.0.0.1:${this.#port}/respond/${this.#responseCounter}`;
  }

  /** Makes the next matching calls fail as planned. */
  failNext(plan: FailurePlan): void {
    this.#failures.push({ ...plan });
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Pushes a slash command over Socket Mode; resolves with the ack timing. */
  sendCommand(spec: CommandSpec): Promise<EnvelopeAck> {
    return this.socket.push('slash_commands', slashCommandPayload(spec, this.responseUrl()));
  }

  /** Pushes a button click over Socket Mode; resolves with the ack timing. */
  sendClick(spec: ClickSpec): Promise<EnvelopeAck> {
    return this.socket.push('interactive', blockActionsPayload(spec, this.responseUrl()));
  }

  /**
   * Pushes a slash command or a click over Socket Mode and waits for `replies` bodies to arrive at its
   * own response_url; resolves with the ack timing and those bodies (what the person would see).
   */
  async exchange(
    event: { command: CommandSpec } | { click: ClickSpec },
    replies = 1,
  ): Promise<{ ack: EnvelopeAck; bodies: Array<Record<string, unknown>> }> {
    const url = this.responseUrl();
    const id = url.slice(url.lastIndexOf('/') + 1);
    const ack =
      'command' in event
        ? await this.socket.push('slash_commands', slashCommandPayload(event.command, url))
        : await this.socket.push('interactive', blockActionsPayload(event.click, url));
    const mine = () => this.responses.filter((r) => r.id === id);
    await this.waitFor(`${replies} replies to ${JSON.stringify(event)}`, () => mine().length >= replies);
    return { ack, bodies: mine().map((r) => r.body) };
  }

  /** Waits until `predicate` holds (polling), or throws after `timeoutMs`. */
  async waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`fake Slack: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async stop(): Promise<void> {
    await this.socket.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/respond/')) {
      const id = url.pathname.slice('/respond/'.length);
      const issued = this.#responseUrlIssuedAt.get(id) ?? 0;
      const used = this.#responseUrlUses.get(id) ?? 0;
      if (Date.now() - issued > this.responseUrlLifetimeMs || used >= 5) {
        this.refusedResponses.push(id);
        return send(res, 404, 'expired_url');
      }
      this.#responseUrlUses.set(id, used + 1);
      this.responses.push({ id, body: JSON.parse(raw || '{}') as Record<string, unknown>, at: Date.now() });
      return send(res, 200, 'ok');
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, 'not found');
    const method = url.pathname.slice('/api/'.length);
    const args = parseForm(raw, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const failure = this.#takeFailure(method);
    if (failure?.hang) {
      if (failure.afterProcessing) this.#answer(method, args);
      this.calls.push({ method, args, token, status: failure.status, at: Date.now() });
      return;
    }
    if (failure && !failure.afterProcessing) return this.#fail(res, method, args, token, failure);
    const answer = this.#answer(method, args);
    if (failure) return this.#fail(res, method, args, token, failure);
    this.calls.push({ method, args, token, status: 200, at: Date.now() });
    send(res, 200, JSON.stringify(answer), 'application/json');
  }

  #takeFailure(method: string): FailurePlan | undefined {
    const plan = this.#failures.find((p) => p.count > 0 && (!p.method || p.method === method));
    if (!plan) return undefined;
    plan.count -= 1;
    return plan;
  }

  #fail(
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    token: string | undefined,
    plan: FailurePlan,
  ): void {
    this.calls.push({ method, args, token, status: plan.status, at: Date.now() });
    if (plan.status === 429) res.setHeader('retry-after', String(plan.retryAfter ?? 1));
    const error = plan.error ?? (plan.status === 429 ? 'ratelimited' : 'internal_error');
    send(
      res,
      plan.status,
      JSON.stringify({ ok: false, error: plan.echoToken ? `${error} (Bearer ${token})` : error }),
      'application/json',
    );
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake-team.slack.com/',
          team: 'Fake Team',
          user: 'prepbot',
          team_id: fakeTeam,
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.#port}/socket-mode?ticket=fake` };
      case 'chat.postMessage':
        return this.#postMessage(args);
      case 'chat.update': {
        const refused = blockProblems(args);
        if (refused) return { ok: false, ...refused };
        const message = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        message.text = String(args.text ?? '');
        message.blocks = args.blocks;
        message.edits += 1;
        return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
      }
      case 'chat.postEphemeral': {
        const refused = blockProblems(args);
        if (refused) return { ok: false, ...refused };
        const channel = String(args.channel ?? '');
        if (!channel || this.#hidden(channel)) return { ok: false, error: 'channel_not_found' };
        this.ephemerals.push({
          channel,
          user: String(args.user ?? ''),
          text: String(args.text ?? ''),
          blocks: args.blocks,
        });
        return { ok: true, message_ts: this.#nextTs() };
      }
      case 'conversations.join': {
        const channel = String(args.channel ?? '');
        if (this.privateChannels.has(channel)) return { ok: false, error: 'method_not_supported_for_channel_type' };
        this.notMemberOf.delete(channel);
        return { ok: true, channel: { id: channel } };
      }
      case 'conversations.history':
        return this.#history(args);
      case 'conversations.info':
        return this.#info(String(args.channel ?? ''));
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: toSlackUser(user) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  #postMessage(args: Record<string, unknown>): Record<string, unknown> {
    const refused = blockProblems(args);
    if (refused) return { ok: false, ...refused };
    const channel = String(args.channel ?? '');
    if (!channel || this.#hidden(channel)) return { ok: false, error: 'channel_not_found' };
    if (this.archivedChannels.has(channel)) return { ok: false, error: 'is_archived' };
    if (this.notMemberOf.has(channel)) return { ok: false, error: 'not_in_channel' };
    const message: FakeMessage = {
      channel,
      ts: this.#nextTs(),
      text: String(args.text ?? ''),
      blocks: args.blocks,
      edits: 0,
    };
    if (args.metadata) message.metadata = args.metadata as FakeMessage['metadata'];
    this.messages.push(message);
    return { ok: true, channel, ts: message.ts, message: { type: 'message', text: message.text, ts: message.ts } };
  }

  /** A private channel the bot was not invited to does not exist as far as the bot can tell. */
  #hidden(channel: string): boolean {
    return this.privateChannels.has(channel) && this.notMemberOf.has(channel);
  }

  #info(channel: string): Record<string, unknown> {
    if (!channel || this.#hidden(channel)) return { ok: false, error: 'channel_not_found' };
    const isIm = channel.startsWith('D');
    return {
      ok: true,
      channel: {
        id: channel,
        name: isIm ? undefined : channel.toLowerCase(),
        is_channel: !isIm && !this.privateChannels.has(channel),
        is_group: this.privateChannels.has(channel),
        is_im: isIm,
        is_private: this.privateChannels.has(channel) || isIm,
        is_archived: this.archivedChannels.has(channel),
        is_member: !this.notMemberOf.has(channel),
      },
    };
  }

  /**
   * As Slack: newest first, messages since `oldest` (exclusive) and before `latest`, `limit` per page
   * (default 100, at most 999), `has_more` and an opaque `response_metadata.next_cursor` for the next page.
   */
  #history(args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    if (!channel || this.#hidden(channel)) return { ok: false, error: 'channel_not_found' };
    const oldest = Number(args.oldest ?? 0);
    const latest = args.latest === undefined ? Infinity : Number(args.latest);
    const limit = Math.min(999, Math.max(1, Number(args.limit ?? 100)));
    const offset = args.cursor
      ? Number(
          Buffer.from(String(args.cursor), 'base64')
            .toString()
            .replace(/^offset:/, ''),
        )
      : 0;
    const withMetadata = args.include_all_metadata === 'true' || args.include_all_metadata === true;
    const inWindow = this.messages
      .filter((m) => m.channel === channel && Number(m.ts) > oldest && Number(m.ts) < latest)
      .sort((a, b) => Number(b.ts) - Number(a.ts));
    const page = inWindow.slice(offset, offset + limit);
    const hasMore = offset + limit < inWindow.length;
    const messages = page.map((m) => ({
      type: 'message',
      ts: m.ts,
      text: m.text,
      ...(m.user ? { user: m.user } : { bot_id: 'BBOT' }),
      ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
    }));
    return {
      ok: true,
      messages,
      has_more: hasMore,
      ...(hasMore
        ? { response_metadata: { next_cursor: Buffer.from(`offset:${offset + limit}`).toString('base64') } }
        : {}),
    };
  }

  /** Other people's messages in `channel`, `count` of them, dated now (a busy channel after a post). */
  addChatter(channel: string, count: number, user = 'UOTHER'): void {
    for (let i = 0; i < count; i += 1)
      this.messages.push({ channel, ts: this.#nextTs(), text: `chatter ${i}`, blocks: undefined, edits: 0, user });
  }

  #nextTs(): string {
    this.#tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.#tsCounter).padStart(6, '0')}`;
  }
}

function toSlackUser(user: FakeUser): Record<string, unknown> {
  const name = user.name ?? user.id.toLowerCase();
  return {
    id: user.id,
    team_id: fakeTeam,
    name,
    real_name: user.realName ?? '',
    is_admin: user.isAdmin ?? false,
    is_owner: user.isOwner ?? false,
    is_bot: false,
    profile: { display_name: user.displayName ?? '', real_name: user.realName ?? '' },
  };
}

/** Form fields; values web-api JSON-encoded (blocks, metadata) are decoded. */
function parseForm(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return args;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
