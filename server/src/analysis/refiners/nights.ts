// Nights run over midnight: "overnight on Tuesday", "the night of March 4", "Tuesday night" reach into
// the next day, and "at midnight on Wednesday" is also the end of Tuesday. Such a date keeps its value,
// but the fact it dates allows the neighbouring day too, so that "a truce came into force overnight on
// Tuesday" and "a ceasefire took effect at midnight on Wednesday" agree. Likewise a day whose time is
// also given in GMT on the next or previous day ("on Monday (0347 GMT Tuesday)").
import { WEEKDAY_NAMES, WEEKDAYS } from '../lexicon/calendar.ts';
import type { DateClaim } from '../model.ts';

const NIGHT_BEFORE = /\b(?:overnight\s+(?:on\s+|into\s+)?|(?:the\s+)?night\s+of\s+|(?:late\s+)?on\s+the\s+night\s+of\s+)$/i;
const NIGHT_AFTER = /^\s+(?:night|evening\s+into)\b/i;
const MIDNIGHT = /^(?:midnight|12\s*(?::\s*00\s*)?a\.?m\.?)$/i;

/** A bracket that gives the time in another zone, with its day: "(0347 GMT Tuesday)", "(03:47 UTC on 11 March)". */
const ZONE_ASIDE = /\(([^()\n]{0,40}\b(?:GMT|UTC)\b[^()\n]{0,30})\)/;
const WEEKDAY_IN = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'i');
const DAY_IN = /\b(\d{1,2})(?:st|nd|rd|th)?\s+\p{Lu}|\p{Lu}\p{Ll}+\.?\s+(\d{1,2})\b/u;

/**
 * "at 11:47 p.m. local time on Monday (0347 GMT Tuesday)": the event's day in the other zone is the next
 * (or the previous) day, and a source that counts in that zone gives it. Which way, or null.
 */
function otherZoneReach(text: string, d: DateClaim): 'next' | 'previous' | null {
  const around = text.slice(Math.max(0, d.start - 60), Math.min(text.length, d.end + 40));
  const aside = ZONE_ASIDE.exec(around);
  if (!aside) return null;
  const inside = aside[1];
  let step = 0;
  if (d.spec.form === 'weekday') {
    const w = WEEKDAY_IN.exec(inside);
    if (w) step = (WEEKDAYS[w[1].toLowerCase()] - d.spec.weekday + 7) % 7;
  } else if (d.spec.form === 'day' && d.spec.parts.day !== undefined) {
    const n = DAY_IN.exec(inside);
    const day = n ? Number(n[1] ?? n[2]) : NaN;
    if (day === d.spec.parts.day + 1 || (day === 1 && d.spec.parts.day >= 28)) step = 1;
    else if (day === d.spec.parts.day - 1 || (d.spec.parts.day === 1 && day >= 28)) step = 6;
  }
  return step === 1 ? 'next' : step === 6 ? 'previous' : null;
}

export function markNights(text: string, dates: DateClaim[]): void {
  const zones = dates.length > 0 && (text.includes('GMT') || text.includes('UTC'));
  for (const d of dates) {
    d.reach = null;
    if (d.spec.form === 'time') {
      if (MIDNIGHT.test(d.text)) d.reach = 'previous';
      continue;
    }
    if (d.type !== 'date' && d.type !== 'weekday') continue;
    if (NIGHT_BEFORE.test(text.slice(Math.max(0, d.start - 32), d.start)) || NIGHT_AFTER.test(text.slice(d.end, d.end + 16))) d.reach = 'next';
    else if (zones) d.reach = otherZoneReach(text, d);
  }
}
