import { leadingValue, type ValueShape } from './value-shape.js';

/**
 * A default stated as prose rather than as `Default X: Y`: the value is a shaped name (value-shape.ts)
 * and the line says what kind of thing it is the default of.
 *
 * - "If no mode is specified, you get FastPath" / "if no mode is given, FastPath is used"
 * - "FastPath is the default — if no `mode` is set, …" (the kind from the condition)
 * - "FastPath is the default mode"
 *
 * Gives the attribute ("default mode") and the value; undefined when the line names no kind ("FastPath
 * is the default" alone: the default what?) or the value has no shape.
 */
export function readDefaultStatement(written: string): { attribute: string; value: string; shape: ValueShape } | undefined {
  const text = written.replace(/[`*]/g, '');
  const condition = /\bif\s+no\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\s+is\s+(?:specified|given|set|provided|chosen|selected)\b/iu.exec(text);
  const kind = condition?.[1];
  // "…, you get FastPath", "…, FastPath is used": the value after the condition.
  const after = condition ? text.slice(condition.index + condition[0].length).replace(/^[\s,]+/, '') : '';
  const got = /^(?:(?:then\s+)?you\s+get|it\s+(?:is|uses|defaults\s+to)|(?:the\s+)?\S+\s+defaults\s+to)\s+(.+)$/i.exec(after)?.[1] ?? (/^(\S+)\s+is\s+used\b/.exec(after)?.[1] ?? undefined);
  if (kind && got) return valued(kind, got);
  // "FastPath is the default[ mode][ — if no mode is set]": the value first.
  const first = /^(\S+)\s+is\s+the\s+default(?:\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?))?(?=$|[\s.,;:—–-])/u.exec(text);
  if (!first) return undefined;
  const named = first[2] !== undefined && !/^(?:if|when|for|in|on|and|but|so|unless)\b/.test(first[2]) ? first[2].replace(/\s+(?:if|when|for|in|on|and|but|so|unless)$/, '') : undefined;
  const of = named ?? kind;
  return of ? valued(of, first[1]!) : undefined;
}

function valued(kind: string, text: string): { attribute: string; value: string; shape: ValueShape } | undefined {
  const found = leadingValue(text.replace(/^[`*"“]+|[`*"”]+(?=[\s.,;]|$)/g, '').trim());
  return found ? { attribute: `default ${kind.toLowerCase()}`, ...found } : undefined;
}
