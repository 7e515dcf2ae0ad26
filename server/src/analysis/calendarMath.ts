// Day arithmetic on proleptic Gregorian dates, without time zones.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const formatted = new Map<number, string>();

export function formatDay(n: number): string {
  let s = formatted.get(n);
  if (s === undefined) {
    const d = fromDayNumber(n);
    s = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
    if (formatted.size > 50_000) formatted.clear();
    formatted.set(n, s);
  }
  return s;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatTime(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}

const parsed = new Map<string, number | null>();

/** Parses `YYYY-MM-DD` to a day number, or null (memoised: the same few days recur everywhere). */
export function parseDay(s: string | null | undefined): number | null {
  if (!s) return null;
  let n = parsed.get(s);
  if (n !== undefined) return n;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  n = m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  if (n !== null && formatDay(n) !== s) n = null;
  if (parsed.size > 50_000) parsed.clear();
  parsed.set(s, n);
  return n;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return formatDay(dayNumber(year, month, day)) === `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The interval of days a date value covers: a day, a month, or a range of either.
 * Times (`HH:MM`) have no days; null for them.
 */
export function dayInterval(value: string | null): { from: number; to: number } | null {
  if (!value) return null;
  const [a, b] = value.split('/');
  const lo = bound(a, false);
  const hi = bound(b ?? a, true);
  return lo === null || hi === null ? null : { from: lo, to: hi };
}

function bound(s: string, upper: boolean): number | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return upper ? dayNumber(Number(m[1]), Number(m[2]) + 1, 0) : dayNumber(Number(m[1]), Number(m[2]), 1);
  return null;
}

/** Of a month and day in the given years, the day nearest `ref` (the first year's on a tie). */
export function nearestDay(month: number, day: number, years: number[], ref: number): number {
  let best = dayNumber(years[0], month, day);
  for (const y of years.slice(1)) {
    const n = dayNumber(y, month, day);
    if (Math.abs(n - ref) < Math.abs(best - ref)) best = n;
  }
  return best;
}
