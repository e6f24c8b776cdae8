import type { GenerationContext } from './generation-context.js';

/**
 * Indexes over a generation run's items, so a builder finds an item's siblings by key instead of
 * scanning every item for every item (quadratic on a big corpus).
 */

/** `build` run once per generation context, on first use; the result lives as long as the context. */
export function perContext<T>(build: (context: GenerationContext) => T): (context: GenerationContext) => T {
  const cache = new WeakMap<GenerationContext, T>();
  return (context) => {
    if (!cache.has(context)) cache.set(context, build(context));
    return cache.get(context)!;
  };
}

/** The values under each key, in input order; a value with several keys is listed under each. */
export function groupBy<T>(values: Iterable<T>, keys: (value: T) => string | readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const found = keys(value);
    for (const key of typeof found === 'string' ? [found] : new Set(found)) {
      const group = groups.get(key);
      if (group) group.push(value);
      else groups.set(key, [value]);
    }
  }
  return groups;
}

/** Appends `values` to the list under `key`, in place: a key met in every file of a big corpus costs no copy of its list each time. */
export function appendTo<T>(lists: Map<string, T[]>, key: string, values: readonly T[]): void {
  const list = lists.get(key);
  if (list) for (const value of values) list.push(value);
  else lists.set(key, [...values]);
}

/**
 * `compute` of a text, kept per text: generation asks the same few thousand texts (terms, definitions,
 * stems) the same thing over and over. Up to `bound` texts, so a long-running process does not grow
 * without limit. A result is shared between callers: `compute` must give one nobody changes.
 */
export function perText<T>(compute: (text: string) => T, bound = 100_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let result = memo.get(text);
    if (result === undefined && !memo.has(text)) {
      result = compute(text);
      if (memo.size >= bound) memo.clear();
      memo.set(text, result);
    }
    return result as T;
  };
}

/** `compute`, run on the first call only: later calls give the same result. */
export function once<T>(compute: () => T): () => T {
  let value: { result: T } | undefined;
  return () => (value ??= { result: compute() }).result;
}
