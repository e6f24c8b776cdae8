/**
 * What a line typed in the terminal chat asks for. A single letter (also "b)" or "B.") answers the
 * question shown last; `daily` / `/daily` shows the question of the day again and `daily B` answers
 * it; `/flag [reason]` flags the question shown last; `/quit`, `/exit` (or the bare words) leave; any
 * other `/word` is a chat command for the core.
 */
export type TerminalLine =
  | { kind: 'empty' }
  | { kind: 'letter'; letter: string }
  | { kind: 'daily'; letter?: string }
  | { kind: 'daily-usage' }
  | { kind: 'quit' }
  | { kind: 'flag'; reason: string }
  | { kind: 'command'; command: string; text: string }
  | { kind: 'chatter' };

export function parseTerminalLine(typed: string): TerminalLine {
  const line = typed.trim();
  if (line === '') return { kind: 'empty' };
  const letter = /^([a-z])[).]?$/i.exec(line);
  if (letter) return { kind: 'letter', letter: letter[1]!.toUpperCase() };
  if (/^\/?(quit|exit)$/i.test(line)) return { kind: 'quit' };
  const daily = /^\/?daily(?:\s+(.*))?$/i.exec(line);
  if (daily) {
    const arg = daily[1]?.trim() ?? '';
    if (arg === '') return { kind: 'daily' };
    const chosen = /^([a-z])[).]?$/i.exec(arg);
    return chosen ? { kind: 'daily', letter: chosen[1]!.toUpperCase() } : { kind: 'daily-usage' };
  }
  const flag = /^\/flag(?:\s+([\s\S]*))?$/i.exec(line);
  if (flag) return { kind: 'flag', reason: flag[1]?.trim() ?? '' };
  const command = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
  if (command) return { kind: 'command', command: command[1]!.toLowerCase(), text: command[2] ?? '' };
  return { kind: 'chatter' };
}
