const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const shortMonths = monthNames.map((name) => name.slice(0, 3));
/** The most days each month can have (February in a leap year). */
const maxDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why a cron expression names a date that never occurs ("0 9 30 2 *": February 30), or undefined.
 * Only day-of-month and month fields made of numbers, names, lists and ranges are judged; steps and
 * wildcards can always match some day. cron's own validator reports such a date as a day "not valid
 * (allowed 1-31)", which sends people looking at the wrong field.
 */
export function impossibleDate(cron: string): string | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return undefined;
  const [dayField, monthField] = fields.length === 6 ? [fields[3]!, fields[4]!] : [fields[2]!, fields[3]!];
  const days = expand(dayField, (text) => Number(text));
  const months = expand(monthField, (text) =>
    /^\d+$/.test(text) ? Number(text) : shortMonths.indexOf(text.toLowerCase().slice(0, 3)) + 1,
  );
  if (!days || !months || days.some((d) => d < 1 || d > 31) || months.some((m) => m < 1 || m > 12)) return undefined;
  const smallestDay = Math.min(...days);
  if (months.some((month) => smallestDay <= maxDays[month - 1]!)) return undefined;
  const named = months.map(
    (month) =>
      `${monthNames[month - 1]![0]!.toUpperCase()}${monthNames[month - 1]!.slice(1)} (at most ${maxDays[month - 1]} days)`,
  );
  return `"${cron}" never fires: day ${days.join(',')} of ${named.join(', ')} never occurs`;
}

/** "1,5-7" → [1, 5, 6, 7]; undefined for anything with a wildcard or a step. */
function expand(field: string, toNumber: (text: string) => number): number[] | undefined {
  if (/[*?/LW#]/i.test(field)) return undefined;
  const values: number[] = [];
  for (const part of field.split(',')) {
    const [from, to] = part.split('-').map(toNumber);
    if (from === undefined || Number.isNaN(from) || (to !== undefined && Number.isNaN(to))) return undefined;
    for (let value = from; value <= (to ?? from); value += 1) values.push(value);
  }
  return values.length > 0 ? values : undefined;
}
