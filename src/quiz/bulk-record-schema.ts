import { z } from 'zod';

/**
 * A zod schema for a big `id → value` map checked by a plain predicate, in place. For the maps that
 * grow with the number of people (100,000 entries), zod's per-entry object and tuple parsing costs
 * about as much CPU as JSON.parse and copies everything; this check is a loop and copies nothing.
 * The error still names the field and the first bad entry.
 */
export function bulkRecord<T>(isValue: (value: unknown) => value is T, expected: string) {
  return z.custom<Record<string, T>>().superRefine((map, ctx) => {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      ctx.addIssue({ code: 'custom', message: `expected an object of ${expected}` });
      return;
    }
    for (const key in map) {
      if (!isValue((map as Record<string, unknown>)[key])) {
        ctx.addIssue({ code: 'custom', path: [key], message: `expected ${expected}` });
        return;
      }
    }
  });
}

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** An array of exactly `length` non-negative integers (or any length when undefined). */
export function isCounts(length?: number) {
  return (value: unknown): value is number[] =>
    Array.isArray(value) && (length === undefined || value.length === length) && value.every(isCount);
}

export const isText = (value: unknown): value is string => typeof value === 'string';
