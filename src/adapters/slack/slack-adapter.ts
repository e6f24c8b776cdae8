import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { ChatPort, PostOptions } from '../../chat/chat-port.js';
import type { ChannelRef, Message, PostRef, UserRef } from '../../chat/message.js';
import { checkSlackChannel } from './check-channel.js';
import { listenForEvents } from './listen-for-events.js';
import { PostOnce } from './post-once.js';
import { buildSlackApp, defaultSlackRetryPolicy, type SlackRetryPolicy } from './slack-app.js';
import { slackCommandTable, type SlackCommandNames } from './slack-commands.js';
import { SlackDeliveryError, slackErrorCode } from './slack-delivery-error.js';
import { SlackUserDirectory } from './slack-user-directory.js';
import { toBlockKit } from './to-block-kit.js';

export interface SlackAdapterOptions {
  /** Bot token (xoxb-…). */
  botToken: string;
  /** App-level token (xapp-…, connections:write): Socket Mode. Takes precedence over signingSecret. */
  appToken?: string;
  /** Signing secret: HTTP mode (`POST /slack/events` on `port`) when there is no app token. */
  signingSecret?: string;
  /** HTTP mode's port (default 3000; 0 = any free port, see health().port). */
  port?: number;
  /** Web API base URL (default https://slack.com/api/); tests point it at a fake. */
  apiUrl?: string;
  logger: Logger;
  /** Renamed slash commands, e.g. { quiz: '/prepbot-quiz' } when /quiz is taken. */
  commandNames?: SlackCommandNames;
  /** Web API retries (default: 4 retries, 0.5 s → 8 s back-off, Retry-After honoured). */
  retry?: SlackRetryPolicy;
  /** Socket Mode ping timeout and reconnect delay (socket-mode's default 5000 ms). */
  socketPingTimeoutMs?: number;
  /** Socket Mode: reconnect when Slack's pings stop for this long, a socket open but dead (default 30 s). */
  socketServerPingTimeoutMs?: number;
  /** Gap between background users.info lookups for first-time clickers (default 600 ms). */
  userLookupPaceMs?: number;
  /** Web API request timeout (default 10 s); a timed-out post is checked against history before a retry. */
  requestTimeoutMs?: number;
}

/** What the adapter reports for /health and `prepbot status`. */
interface SlackAdapterHealth {
  platform: 'slack';
  mode: 'socket' | 'http';
  connected: boolean;
  /** Socket Mode: how often the socket (re)connected. */
  connections: number;
  /** HTTP mode: the port actually listened on. */
  port?: number;
  commands: number;
  clicks: number;
  handlerErrors: number;
  postsFailed: number;
  lastEventAt?: string;
}

export type SlackAdapter = ChatPort & { health(): SlackAdapterHealth };

/**
 * The Slack side of prepbot: bolt in Socket Mode or HTTP mode, slash commands and button clicks turned
 * into the core's events (acked at once, replies sent through response_url), Messages rendered as Block
 * Kit. Construction validates options (SlackConfigError) but does not connect; start() does.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const logger = options.logger.child({ adapter: 'slack' });
  const retry = options.retry ?? defaultSlackRetryPolicy;
  const { app, mode, client, postClient, lookupClient, dispatcher, socketReceiver } = buildSlackApp({
    ...options,
    logger,
    retry,
  });
  const commands = slackCommandTable(options.commandNames);
  const users = new SlackUserDirectory(
    lookupClient,
    options.userLookupPaceMs !== undefined ? { backgroundPaceMs: options.userLookupPaceMs } : {},
  );
  const posts = new PostOnce({
    client: postClient,
    logger,
    attempts: retry.retries + 1,
    backoffMs: { base: retry.minTimeoutMs, max: retry.maxTimeoutMs },
  });
  const stats = {
    commands: 0,
    clicks: 0,
    handlerErrors: 0,
    postsFailed: 0,
    lastEventAt: undefined as string | undefined,
  };
  let state: 'new' | 'starting' | 'running' | 'stopped' = 'new';
  let port: number | undefined;
  let socketUp = false;
  let connections = 0;
  socketReceiver?.client.on('connected', () => {
    socketUp = true;
    connections += 1;
  });
  socketReceiver?.client.on('reconnecting', () => (socketUp = false));
  socketReceiver?.client.on('disconnected', () => (socketUp = false));
  // The socket closing (Slack refreshes it every few hours) is only known when 'close' arrives.
  socketReceiver?.client.on('close', () => (socketUp = false));

  return {
    platform: 'slack',

    async start(handle) {
      if (state !== 'new') throw new SlackDeliveryError(`Slack adapter cannot start: it is ${state}`, 'bad_state');
      state = 'starting';
      try {
        await app.init();
        listenForEvents(handle, { app, client, commands, users, logger, stats });
        const started = mode === 'http' ? await app.start(options.port ?? 3000) : await app.start();
        if (mode === 'http') port = ((started as Server).address() as AddressInfo | null)?.port;
        state = 'running';
        logger.info({ mode, port }, 'slack: connected');
      } catch (error) {
        state = 'stopped';
        const code = slackErrorCode(error);
        throw new SlackDeliveryError(`Slack adapter could not start (${mode} mode): ${code}`, code, { cause: error });
      }
    },

    async post(channel: ChannelRef, message: Message, key: string, options: PostOptions = {}): Promise<PostRef> {
      try {
        const ts = await posts.post(channel.channel, toBlockKit(message), key, options.mayExistSince);
        return { channel, messageId: ts };
      } catch (error) {
        stats.postsFailed += 1;
        throw error;
      }
    },

    async update(ref: PostRef, message: Message): Promise<void> {
      const { text, blocks } = toBlockKit(message);
      try {
        await client.chat.update({ channel: ref.channel.channel, ts: ref.messageId, text, blocks });
      } catch (error) {
        const code = slackErrorCode(error);
        throw new SlackDeliveryError(`chat.update of ${ref.channel.channel}/${ref.messageId} failed: ${code}`, code, {
          cause: error,
        });
      }
    },

    async isAdmin(user: UserRef): Promise<boolean> {
      if (user.platform !== 'slack') return false;
      return (await users.lookup(user.user)).isAdmin;
    },

    checkChannel(channel: ChannelRef): Promise<string | undefined> {
      return checkSlackChannel(client, channel.channel, logger);
    },

    async tell(user: UserRef, message: Message): Promise<void> {
      // A post to a user id lands in the app's messages tab (chat:write; app_home.messages_tab_enabled).
      const { text, blocks } = toBlockKit(message);
      try {
        await client.chat.postMessage({ channel: user.user, text, blocks, unfurl_links: false, unfurl_media: false });
      } catch (error) {
        const code = slackErrorCode(error);
        throw new SlackDeliveryError(`chat.postMessage to user ${user.user} failed: ${code}`, code, { cause: error });
      }
    },

    async stop() {
      if (state === 'stopped' || state === 'new') {
        state = 'stopped';
        users.stop();
        return;
      }
      state = 'stopped';
      users.stop();
      await app.stop();
      await dispatcher.close().catch(() => {});
      logger.info('slack: stopped');
    },

    health(): SlackAdapterHealth {
      const connected = state === 'running' && (mode === 'http' || socketUp);
      return { platform: 'slack', mode, connected, connections, ...(port !== undefined ? { port } : {}), ...stats };
    },
  };
}
