import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** Slack's guidance: refuse a request whose timestamp is more than five minutes from local time, either way. */
const requestTimestampToleranceS = 5 * 60;

/**
 * Wraps bolt's HTTP request listener so that a request dated more than five minutes in the future is
 * refused with 401, as bolt already refuses one more than five minutes old: a captured request
 * re-signed with a future timestamp would otherwise replay for as long as that timestamp is ahead.
 * Requests without the header (Slack's ssl_check) go to bolt unchanged; bolt checks the signature.
 */
export function refuseFutureRequests(
  listener: RequestListener,
  logger: Logger,
  now: () => number = Date.now,
): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const header = request.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (header !== undefined && Number.isFinite(timestamp) && timestamp - now() / 1000 > requestTimestampToleranceS) {
      logger.warn(
        { aheadS: Math.round(timestamp - now() / 1000), path: request.url },
        'slack: refused a request dated in the future (401)',
      );
      request.resume();
      response.writeHead(401).end();
      return;
    }
    listener(request, response);
  };
}
