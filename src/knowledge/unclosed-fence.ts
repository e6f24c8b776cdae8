import type { Code } from 'mdast';

/** A fenced block that runs to the end of the file because its closing fence is missing. */
export function unclosedFence(code: Code, lines: string[]): boolean {
  const start = code.position?.start.line;
  const end = code.position?.end.line;
  if (start === undefined || end === undefined) return false;
  const fence = /^\s*(`{3,}|~{3,})/.exec(lines[start - 1] ?? '')?.[1];
  if (!fence) return false;
  const last = (lines[end - 1] ?? '').trim();
  const closed = end > start && last.startsWith(fence) && /^[`~]+$/.test(last);
  return !closed;
}
