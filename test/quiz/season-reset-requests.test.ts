import { describe, expect, it } from 'vitest';
import {
  requestReset,
  resetConfirmWindowMs,
  takeResetRequest,
  type ResetRequest,
} from '../../src/quiz/season-reset-requests.js';

const t0 = Date.UTC(2026, 0, 5, 9);

describe('season reset requests', () => {
  it.each([
    ['no request', [], 1, t0, { kind: 'none' }],
    ['a request just made', [['ada', 1, t0]], 1, t0 + 1_000, { kind: 'confirmed' }],
    ['a request at the very end of its minute', [['ada', 1, t0]], 1, t0 + resetConfirmWindowMs, { kind: 'confirmed' }],
    ['a request a moment past its minute', [['ada', 1, t0]], 1, t0 + resetConfirmWindowMs + 1, { kind: 'expired' }],
    ['another admin reset in between', [['ada', 1, t0]], 2, t0 + 1_000, { kind: 'season-moved', current: 2 }],
    ['only someone else asked', [['bo', 1, t0]], 1, t0 + 1_000, { kind: 'none' }],
    [
      'asked twice: the newer request counts',
      [
        ['ada', 1, t0],
        ['ada', 1, t0 + 50_000],
      ],
      1,
      t0 + 100_000,
      { kind: 'confirmed' },
    ],
  ] as const)('%s', (_, made, current, at, expected) => {
    const requests = new Map<string, ResetRequest>();
    for (const [who, season, when] of made) requestReset(requests, who, season, when);
    expect(takeResetRequest(requests, 'ada', current, at)).toEqual(expected);
  });

  it('a confirmation uses the request up: the same confirmation again finds none', () => {
    const requests = new Map<string, ResetRequest>();
    requestReset(requests, 'ada', 1, t0);
    expect(takeResetRequest(requests, 'ada', 1, t0 + 1_000)).toEqual({ kind: 'confirmed' });
    expect(takeResetRequest(requests, 'ada', 2, t0 + 2_000)).toEqual({ kind: 'none' });
  });
});
