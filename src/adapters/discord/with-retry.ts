import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

/** How often and how patiently a REST call is retried. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  attempts: number;
  /** Wait before the second try; doubled for each further try (with ±20 % jitter). */
  baseDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { attempts: 6, baseDelayMs: 500 };

/**
 * Runs a REST call, trying again with exponential back-off when the failure may pass: a 5xx after
 * discord.js's own immediate retries, a timeout, a refused or reset connection. A 4xx (the request
 * itself is wrong) is thrown at once; 429s never get here (discord.js waits them out).
 */
export async function withRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (error: unknown, attempt: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      onRetry?.(error, attempt);
      const delay = policy.baseDelayMs * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Whether a REST failure is worth another try. */
export function isTransient(error: unknown): boolean {
  if (error instanceof DiscordAPIError || error instanceof RateLimitError) return false;
  if (error instanceof HTTPError) return error.status >= 500;
  if (!(error instanceof Error)) return false;
  // Network failures: undici's "fetch failed"/socket errors, timeouts (AbortError), ECONNREFUSED/RESET.
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  const networkCode = typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('UND_ERR'));
  return (
    error.name === 'AbortError' || error.name === 'TimeoutError' || networkCode || error.message === 'fetch failed'
  );
}
