import { ChatDeliveryError } from '../../chat/chat-delivery-error.js';

/**
 * What the Slack adapter throws when Slack refuses a post, an update or a lookup after the adapter's own
 * retries. `code` is Slack's error string when there is one (`not_in_channel`, `channel_not_found`,
 * `ratelimited`, `http_500` …); `cause` is the web-api error.
 */
export class SlackDeliveryError extends ChatDeliveryError {
  override name = 'SlackDeliveryError';

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, 'slack', code, { ...options, lasting: lastingSlackCodes.has(code) });
  }
}

/**
 * Slack's answers that stay the same until a person acts (invites the bot, unarchives the channel,
 * reinstalls the app with the missing scope): retrying them only repeats the refusal.
 */
export const lastingSlackCodes: ReadonlySet<string> = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'missing_scope',
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'no_permission',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'team_access_not_granted',
]);

/** Slack's error code for a web-api error: the platform error string, `http_<status>`, or the client's code. */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  if (typeof e.data?.error === 'string') return e.data.error;
  if (typeof e.statusCode === 'number') return `http_${e.statusCode}`;
  if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  return typeof e.code === 'string' ? e.code : 'unknown';
}
