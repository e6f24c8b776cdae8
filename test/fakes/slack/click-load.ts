import { Pool } from 'undici';
import { blockActionsPayload, type ClickSpec } from './slack-payloads.js';
import { interactiveBody, signedHeaders } from './signed-request.js';

/** The outcome of a load run: per-request times to the HTTP response (bolt's ack), and failures. */
export interface ClickLoadResult {
  ackMs: number[];
  statuses: Map<number, number>;
  wallMs: number;
}

/**
 * Sends signed block_actions requests to bolt's `/slack/events` from `concurrency` clients at once
 * (one keep-alive connection each) and times each to its HTTP response.
 */
export async function sendClicks(options: {
  url: string;
  secret: string;
  clicks: ClickSpec[];
  concurrency: number;
  responseUrl: () => string;
  /** Open loop: click i is sent at start + i / rate (if a client is free); absent: as fast as acks come. */
  ratePerSecond?: number;
}): Promise<ClickLoadResult> {
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.concurrency, pipelining: 1 });
  const ackMs: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  // Open every client's connection first (an unsigned request bolt answers 401 at once), so the times
  // below are acks, not a burst of 200 TCP handshakes on a busy loop.
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      const response = await pool.request({
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'warm=up',
      });
      await response.body.text();
    }),
  );
  const started = performance.now();
  const client = async (): Promise<void> => {
    for (;;) {
      const index = next;
      const spec = options.clicks[index];
      next += 1;
      if (!spec) return;
      if (options.ratePerSecond) {
        const wait = started + (index * 1000) / options.ratePerSecond - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      // Signed just before sending, as Slack does: the timestamp is part of the signature.
      const body = interactiveBody(blockActionsPayload(spec, options.responseUrl()));
      const sentAt = performance.now();
      const response = await pool.request({
        path: target.pathname,
        method: 'POST',
        headers: signedHeaders(options.secret, body),
        body,
      });
      await response.body.text();
      ackMs.push(performance.now() - sentAt);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const wallMs = performance.now() - started;
  await pool.close();
  return { ackMs, statuses, wallMs };
}

/** The p-th percentile (0..100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
