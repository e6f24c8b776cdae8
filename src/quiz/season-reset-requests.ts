/**
 * `/prepbot season reset` asks before it acts: the first command records a request, and only
 * `/prepbot season reset confirm` by the same admin within `resetConfirmWindowMs` starts the new
 * season. A confirmation uses its request up, so the same command sent twice (a double Enter, a
 * platform retry) cannot start a second, empty season. Requests live in memory only: a restart in
 * between just means asking again.
 */

/** How long a request waits for its confirmation. */
export const resetConfirmWindowMs = 60_000;

/** A request: the season it would end, and until when it may be confirmed. */
export interface ResetRequest {
  season: number;
  expiresAt: number;
}

/** Outcome of a confirmation: go ahead, or why not. */
export type ResetConfirmation =
  { kind: 'confirmed' } | { kind: 'none' } | { kind: 'expired' } | { kind: 'season-moved'; current: number };

/** Records (or renews) the request of `requester` (a user key) to end `season`. */
export function requestReset(
  requests: Map<string, ResetRequest>,
  requester: string,
  season: number,
  now: number,
): void {
  requests.set(requester, { season, expiresAt: now + resetConfirmWindowMs });
}

/**
 * Takes `requester`'s request, if any: `confirmed` only when it is still within its window and the
 * workspace is still in the season it was made in (another admin may have reset in between).
 */
export function takeResetRequest(
  requests: Map<string, ResetRequest>,
  requester: string,
  current: number,
  now: number,
): ResetConfirmation {
  const request = requests.get(requester);
  requests.delete(requester);
  if (!request) return { kind: 'none' };
  if (now > request.expiresAt) return { kind: 'expired' };
  if (request.season !== current) return { kind: 'season-moved', current };
  return { kind: 'confirmed' };
}
