import { ChatDeliveryError } from '../../chat/chat-delivery-error.js';

/**
 * What the Slack adapter throws when Slack refuses a post, an update or a lookup after the adapter's own
 * retries. `code` is Slack's error string when there is one (`not_in_channel`, `channel_not_found`,
 * `ratelimited`, `http_500` …); `cause` is the web-api error.
 */
export class SlackDeliveryError extends ChatDeliveryError {
  override name = 'SlackDeliveryError';

  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, 'slack', code, options);
  }
}

/** Slack's error code for a web-api error: the platform error string, `http_<status>`, or the client's code. */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
  if (typeof e.data?.error === 'string') return e.data.error;
  if (typeof e.statusCode === 'number') return `http_${e.statusCode}`;
  if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  return typeof e.code === 'string' ? e.code : 'unknown';
}
