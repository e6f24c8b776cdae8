/**
 * Times as people read them in a channel's own timezone: "17:00 UTC" on the same local day as `now`,
 * "Tue 17:00 CEST" on another day. 24-hour clock, zone abbreviation as the en-GB locale gives it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a formatter costs far more than using one, so one is kept per timezone.
function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'short', day: '2-digit', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export function formatTime(at: Date, timezone: string, now: Date): string {
  const parts = (date: Date) => Object.fromEntries(formatterFor(timezone).formatToParts(date).map((p) => [p.type, p.value]));
  const when = parts(at);
  const today = parts(now);
  const time = `${when.hour}:${when.minute} ${when.timeZoneName}`;
  if (when.day === today.day && when.month === today.month) return time;
  const withinWeek = Math.abs(at.getTime() - now.getTime()) < 6 * 86_400_000;
  return withinWeek ? `${when.weekday} ${time}` : `${when.weekday} ${when.day} ${when.month} ${time}`;
}
