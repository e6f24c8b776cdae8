import { echoText } from './echo-text.js';
import type { UsageFailure } from './command-definition.js';

/** A /prepbot admin command understood. */
export type AdminCommand =
  | { name: 'admin'; op: 'here' | 'pause' | 'resume' | 'next' | 'flags' }
  | { name: 'admin'; op: 'season-reset'; confirmed: boolean }
  | { name: 'admin'; op: 'retire' | 'restore'; question: string }
  | { name: 'admin'; op: 'schedule'; cron: string; timezone?: string };

const timezonePattern = /^(UTC|GMT|Etc\/[A-Za-z0-9+-]+|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

/** Reads `/prepbot here | schedule <cron> [tz] | pause | resume | next | season reset [confirm] | flags | retire|restore <id>`. */
export function parseAdmin(text: string, fail: UsageFailure): AdminCommand {
  const words = text ? text.split(' ') : [];
  const [sub = '', ...rest] = words;
  const op = sub.toLowerCase();
  if ((op === 'here' || op === 'pause' || op === 'resume' || op === 'next' || op === 'flags') && rest.length === 0)
    return { name: 'admin', op };
  if (op === 'retire' || op === 'restore') {
    if (rest.length !== 1) throw fail(`/prepbot ${op} takes one question id (/prepbot flags lists them).`);
    return { name: 'admin', op, question: rest[0]! };
  }
  const [second, third, ...more] = rest.map((word) => word.toLowerCase());
  if (op === 'season' && second === 'reset' && more.length === 0 && (third === undefined || third === 'confirm'))
    return { name: 'admin', op: 'season-reset', confirmed: third === 'confirm' };
  if (op === 'schedule') {
    const last = rest[rest.length - 1];
    const timezone = last && timezonePattern.test(last) ? last : undefined;
    const fields = timezone ? rest.slice(0, -1) : rest;
    if (fields.length < 5 || fields.length > 6)
      throw fail('A schedule is 5 cron fields (e.g. 0 9 * * 1-5), then optionally a timezone.');
    return timezone
      ? { name: 'admin', op: 'schedule', cron: fields.join(' '), timezone }
      : { name: 'admin', op: 'schedule', cron: fields.join(' ') };
  }
  throw fail(sub ? `"${echoText(words.join(' '))}" is not a prepbot command.` : undefined);
}
