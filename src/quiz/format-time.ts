/**
 * Times as people read them in a channel's own timezone: "17:00 UTC" on the same local day as `now`,
 * "Tue 17:00 CEST" on another day. 24-hour clock, zone abbreviation as the en-GB locale gives it.
 */
type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

interface Zone {
  formatter: Intl.DateTimeFormat;
  /** The parts of each minute already formatted: a round's close time is shown on every answer. */
  minutes: Map<number, Parts>;
}

const MINUTES_KEPT = 512;
const zones = new Map<string, Zone>();

// Building a formatter costs far more than using one, and formatToParts far more than a map lookup.
function zoneFor(timezone: string): Zone {
  let zone = zones.get(timezone);
  if (!zone) {
    const formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: timezone,
      weekday: 'short',
      day: '2-digit',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    zone = { formatter, minutes: new Map() };
    zones.set(timezone, zone);
  }
  return zone;
}

function partsOf(date: Date, timezone: string): Parts {
  const zone = zoneFor(timezone);
  const minute = Math.floor(date.getTime() / 60_000);
  let parts = zone.minutes.get(minute);
  if (!parts) {
    if (zone.minutes.size >= MINUTES_KEPT) zone.minutes.clear();
    parts = Object.fromEntries(zone.formatter.formatToParts(date).map((p) => [p.type, p.value])) as Parts;
    zone.minutes.set(minute, parts);
  }
  return parts;
}

export function formatTime(at: Date, timezone: string, now: Date): string {
  const when = partsOf(at, timezone);
  const today = partsOf(now, timezone);
  const time = `${when.hour}:${when.minute} ${when.timeZoneName}`;
  if (when.day === today.day && when.month === today.month) return time;
  const withinWeek = Math.abs(at.getTime() - now.getTime()) < 6 * 86_400_000;
  return withinWeek ? `${when.weekday} ${time}` : `${when.weekday} ${when.day} ${when.month} ${time}`;
}
