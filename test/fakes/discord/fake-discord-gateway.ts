import { WebSocketServer, WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';
import { snowflake } from './snowflake.js';

interface Session {
  id: string;
  seq: number;
  /** Every dispatch of the session, kept so a RESUME can replay what the client missed. */
  log: Array<{ s: number; t: string; d: unknown }>;
  socket: WebSocket | null;
}

/** What the gateway was told by clients, for assertions. */
export interface GatewayRecord {
  identifies: Array<{ token: string; intents: number }>;
  resumes: Array<{ session_id: string; seq: number | null }>;
  connections: number;
  heartbeats: number;
}

/**
 * A fake Discord gateway (v10, JSON, no compression) on 127.0.0.1: hello → IDENTIFY → READY (no guilds)
 * or RESUME → replay → RESUMED; heartbeats acknowledged; dispatches numbered per session. `goSilent()`
 * simulates a dead network on the current connection: no more acks or dispatches reach it, so the client
 * declares it a zombie, reconnects to `resume_gateway_url` and resumes.
 */
export class FakeDiscordGateway {
  readonly record: GatewayRecord = { identifies: [], resumes: [], connections: 0, heartbeats: 0 };
  heartbeatIntervalMs = 41_250;
  /** When set, an IDENTIFY is answered by closing with this code (4004 bad token, 4011 sharding required, 4014 disallowed intents). */
  identifyCloseCode: 4004 | 4011 | 4013 | 4014 | undefined;
  /** Guilds READY lists as unavailable; each then arrives as a GUILD_CREATE, as Discord sends them. */
  readyGuilds: Array<{ id: string; name: string }> = [];
  private readonly server: WebSocketServer;
  private readonly silent = new WeakSet<WebSocket>();
  private session: Session | null = null;
  private readonly waiters: Array<() => void> = [];

  constructor(
    private readonly bot: { id: string; username: string },
    private readonly appId: string,
    private readonly token: string,
  ) {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server.on('connection', (socket) => this.onConnection(socket));
  }

  async listening(): Promise<void> {
    if (this.server.address()) return;
    await new Promise((resolve) => this.server.once('listening', resolve));
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Whether a READY or RESUMED session has a live (not silenced) socket. */
  get connected(): boolean {
    const socket = this.session?.socket;
    return socket !== null && socket !== undefined && socket.readyState === WebSocket.OPEN && !this.silent.has(socket);
  }

  /** Sends a dispatch (op 0) on the current session; kept for replay if the client is not reachable now. */
  dispatch(t: string, d: unknown): void {
    if (!this.session) throw new Error(`FakeDiscordGateway: cannot dispatch ${t} before a client identified`);
    const event = { s: ++this.session.seq, t, d };
    this.session.log.push(event);
    const socket = this.session.socket;
    if (socket && socket.readyState === WebSocket.OPEN && !this.silent.has(socket))
      socket.send(JSON.stringify({ op: 0, ...event }));
  }

  /** Op 7 RECONNECT: Discord asks the client to reconnect and resume on `resume_gateway_url`. */
  requestReconnect(): void {
    this.session?.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Op 9 INVALID_SESSION: `resumable` true lets the client resume; false makes it identify anew (the session is dropped). */
  invalidateSession(resumable: boolean): void {
    const socket = this.session?.socket;
    if (!resumable) this.session = null;
    socket?.send(JSON.stringify({ op: 9, d: resumable }));
  }

  /** Cuts the current connection off without closing it (no acks, no dispatches), like a dead network. */
  goSilent(): void {
    const socket = this.session?.socket;
    if (socket) this.silent.add(socket);
  }

  /** Resolves once a session is connected again (after READY or RESUMED). */
  async waitUntilConnected(timeoutMs = 10_000): Promise<void> {
    if (this.connected) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('FakeDiscordGateway: no client connected in time')), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private onConnection(socket: WebSocket): void {
    this.record.connections += 1;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    socket.on('message', (raw) => {
      if (this.silent.has(socket)) return;
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      if (payload.op === 1) {
        this.record.heartbeats += 1;
        socket.send(JSON.stringify({ op: 11 }));
      } else if (payload.op === 2) {
        this.identify(socket, payload.d);
      } else if (payload.op === 6) {
        this.resume(socket, payload.d);
      }
    });
  }

  private identify(socket: WebSocket, d: { token: string; intents: number }): void {
    this.record.identifies.push({ token: d.token, intents: d.intents });
    if (d.token !== this.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const reasons = {
      4004: 'Authentication failed.',
      4011: 'Sharding required.',
      4013: 'Invalid intent(s).',
      4014: 'Disallowed intent(s).',
    } as const;
    if (this.identifyCloseCode) {
      socket.close(this.identifyCloseCode, reasons[this.identifyCloseCode]);
      return;
    }
    this.session = { id: snowflake(), seq: 0, log: [], socket };
    this.dispatch('READY', {
      v: 10,
      user: {
        id: this.bot.id,
        username: this.bot.username,
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
        flags: 0,
        verified: true,
        mfa_enabled: false,
      },
      guilds: this.readyGuilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: this.session.id,
      resume_gateway_url: this.url,
      shard: [0, 1],
      application: { id: this.appId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      user_settings: {},
    });
    for (const guild of this.readyGuilds) this.dispatch('GUILD_CREATE', guildCreate(guild, this.bot));
    this.notifyConnected();
  }

  private resume(socket: WebSocket, d: { session_id: string; seq: number | null; token: string }): void {
    this.record.resumes.push({ session_id: d.session_id, seq: d.seq });
    const session = this.session;
    if (!session || session.id !== d.session_id || d.token !== this.token) {
      socket.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    session.socket = socket;
    for (const event of session.log.filter((logged) => logged.s > (d.seq ?? 0)))
      socket.send(JSON.stringify({ op: 0, ...event }));
    this.dispatch('RESUMED', {});
    this.notifyConnected();
  }

  private notifyConnected(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}

/** A GUILD_CREATE as Discord sends it for a guild the bot is in (the fields discord.js reads). */
function guildCreate(guild: { id: string; name: string }, bot: { id: string; username: string }) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: '1',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: '1024',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 1,
    voice_states: [],
    members: [
      {
        user: { id: bot.id, username: bot.username, discriminator: '0', global_name: null, avatar: null, bot: true },
        roles: [],
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: snowflake(),
        type: 0,
        name: 'exam-prep',
        position: 0,
        permission_overwrites: [],
        guild_id: guild.id,
        nsfw: false,
        parent_id: null,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
