import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { Agent, fetch as undiciFetch } from 'undici';
import { toBoltLogger } from './pino-bolt-logger.js';
import { refuseFutureRequests } from './refuse-future-requests.js';
import { SlackConfigError } from './slack-config-error.js';

/** How hard web-api retries (429 waits for Retry-After, then counts as a retry; 5xx and network errors back off). */
export interface SlackRetryPolicy {
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
}

/**
 * A few retries over ~15 s at most (plus any Retry-After). web-api's default is ten retries over about
 * thirty minutes, which turns a Slack outage or a wrong apiUrl into a silent hang.
 */
export const defaultSlackRetryPolicy: SlackRetryPolicy = { retries: 4, minTimeoutMs: 500, maxTimeoutMs: 8000 };

export interface SlackAppOptions {
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  logger: Logger;
  retry: SlackRetryPolicy;
  /** Socket Mode: ping timeout, also the wait before reconnecting after Slack closes the socket. */
  socketPingTimeoutMs?: number;
  /** Socket Mode: reconnect when Slack's server pings stop for this long (socket-mode's default 30 s). */
  socketServerPingTimeoutMs?: number;
  /** Each Web API request is abandoned after this long (default 10 s) and counts as a failed try. */
  requestTimeoutMs?: number;
}

/** web-api waits forever by default: one Slack request that never answers would hold the daily post
 *  (and every admin command queued behind it) until a restart. */
const defaultSlackRequestTimeoutMs = 10_000;

/** The bolt App plus a second client for posts, which PostOnce retries itself (see post-once.ts). */
export interface SlackApp {
  app: App;
  mode: 'socket' | 'http';
  client: webApi.WebClient;
  postClient: webApi.WebClient;
  /** users.info lookups, on their own queue (two at a time) so a 429 on them never pauses posts. */
  lookupClient: webApi.WebClient;
  /** The keep-alive pool behind every Slack call; closed by the adapter's stop(). */
  dispatcher: Agent;
  /** Socket Mode: the receiver, whose client reports connected / reconnecting / disconnected. */
  socketReceiver?: SocketModeReceiver;
}

/**
 * Builds bolt's App: Socket Mode when an app token is given, else HTTP mode (bolt checks signatures on
 * `POST /slack/events`) when a signing secret is. Initialisation (auth.test) is deferred to start().
 */
export function buildSlackApp(options: SlackAppOptions): SlackApp {
  if (!options.botToken)
    throw new SlackConfigError('Slack: botToken is empty (SLACK_BOT_TOKEN, xoxb-…)', 'SLACK_NO_BOT_TOKEN');
  const mode = options.appToken ? 'socket' : options.signingSecret ? 'http' : undefined;
  if (!mode) {
    throw new SlackConfigError(
      'Slack: set appToken (SLACK_APP_TOKEN, xapp-…, Socket Mode) or signingSecret (SLACK_SIGNING_SECRET, HTTP mode)',
      'SLACK_NO_RECEIVER',
    );
  }
  const logger = toBoltLogger(options.logger);
  // One bounded keep-alive pool for every Slack call and respond(): bursts of clicks reuse sockets
  // instead of opening (and later tearing down) one per concurrent reply.
  const dispatcher = new Agent({ connections: 32, keepAliveTimeout: 30_000 });
  const fetch = ((input: string | URL, init?: RequestInit) =>
    undiciFetch(input, { ...(init as object), dispatcher })) as unknown as typeof globalThis.fetch;
  const base = {
    fetch,
    timeout: options.requestTimeoutMs ?? defaultSlackRequestTimeoutMs,
    ...(options.apiUrl ? { slackApiUrl: withSlash(options.apiUrl) } : {}),
    logger,
  };
  const retryConfig = {
    retries: options.retry.retries,
    factor: 2,
    minTimeout: options.retry.minTimeoutMs,
    maxTimeout: options.retry.maxTimeoutMs,
    randomize: true,
  };
  // A fresh object: bolt and the Socket Mode client write into the options they are given.
  const clientOptions: webApi.WebClientOptions = { ...base, retryConfig };
  const postClient = new webApi.WebClient(options.botToken, {
    ...base,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  const lookupClient = new webApi.WebClient(options.botToken, {
    ...base,
    retryConfig: { ...retryConfig },
    maxRequestConcurrency: 2,
  });
  // convoStore: false — prepbot keeps no per-conversation state in bolt; its middleware is pure cost.
  if (mode === 'http') {
    // Built here so its request listener can refuse requests dated in the future (bolt only refuses stale ones).
    const receiver = new HTTPReceiver({ signingSecret: options.signingSecret ?? '', logger });
    receiver.requestListener = refuseFutureRequests(receiver.requestListener, options.logger);
    const app = new App({
      token: options.botToken,
      receiver,
      clientOptions,
      logger,
      convoStore: false,
      deferInitialization: true,
    });
    return { app, mode, client: app.client, postClient, lookupClient, dispatcher };
  }
  // Built here rather than by App so the ping timeout can be set; it gets its own copy of the options
  // because the Socket Mode client writes into them.
  const socketReceiver = new SocketModeReceiver({
    appToken: options.appToken ?? '',
    logger,
    installerOptions: { clientOptions: { ...clientOptions, retryConfig: { ...retryConfig } } },
    ...(options.socketPingTimeoutMs !== undefined ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
    ...(options.socketServerPingTimeoutMs !== undefined
      ? { serverPingTimeout: options.socketServerPingTimeoutMs }
      : {}),
  });
  const app = new App({
    token: options.botToken,
    receiver: socketReceiver,
    socketMode: true,
    clientOptions,
    logger,
    convoStore: false,
    deferInitialization: true,
  });
  return { app, mode, client: app.client, postClient, lookupClient, dispatcher, socketReceiver };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
