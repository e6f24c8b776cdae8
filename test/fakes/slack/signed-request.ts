import { createHmac } from 'node:crypto';

/** How to sign a request for bolt's HTTP receiver: properly, not at all, with a wrong secret, too old,
 *  or (properly signed) dated ahead: a minute (clock skew), ten minutes, a day. */
export type Signing = 'valid' | 'unsigned' | 'forged' | 'stale' | 'ahead-1m' | 'ahead-10m' | 'ahead-1d';

const offsetS: Record<Signing, number> = {
  valid: 0,
  unsigned: 0,
  forged: 0,
  stale: -10 * 60,
  'ahead-1m': 60,
  'ahead-10m': 10 * 60,
  'ahead-1d': 86_400,
};

/** Slack's request signature: v0= + hex HMAC-SHA256(secret, "v0:{timestamp}:{body}"). */
function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The headers of a Slack request to bolt's `/slack/events`, signed as asked. */
export function signedHeaders(secret: string, body: string, signing: Signing = 'valid'): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signing === 'unsigned') return headers;
  const now = Math.floor(Date.now() / 1000);
  const timestamp = now + offsetS[signing];
  const key = signing === 'forged' ? `${secret}-not` : secret;
  headers['x-slack-request-timestamp'] = String(timestamp);
  headers['x-slack-signature'] = slackSignature(key, timestamp, body);
  return headers;
}

/** Form body of a slash command. */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** Form body of an interactive payload: one `payload` field holding JSON. */
export function interactiveBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Sends one request to bolt's HTTP endpoint; resolves with the status and the time to the response. */
export async function sendToBolt(
  url: string,
  secret: string,
  body: string,
  signing: Signing = 'valid',
): Promise<{ status: number; ms: number; text: string }> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: signedHeaders(secret, body, signing), body });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, text };
}
