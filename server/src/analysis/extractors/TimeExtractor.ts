// Times of day and their ranges: "12:15 a.m.", "3.40am", "11 p.m. to 7 a.m.", "11pm to 7am",
// "between 3 and 5:30 p.m." (the 3 is p.m.), "midnight", "around 3:30", "1800 GMT", "14:05 GMT",
// "18.30 CET", "15h30". A bare "14:05" (or "15h30") is a time only after a word that says so ("at", "as of"), after a date
// ("5 March 2022, 18:00") or where it opens a line, as a live blog's entries do ("**14:05** – ...").
import type { TimeOfDay } from '../model.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const ZONES = 'GMT|UTC|BST|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|local\\s+time';
const TIME_RE = new Pattern(new RegExp([
  // 1-3: "12:15 a.m.", "3.40am", "11 pm"
  '\\b(\\d{1,2})(?:[:.]([0-5]\\d))?\\s?(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b|AM\\b|PM\\b)',
  // 4: "noon", "midnight"
  '\\b(noon|midday|midnight)\\b',
  // 5-6: a 24-hour clock with its zone: "14:05 GMT", "18.00 CET", "03:40 local time"
  `\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\s?(?:${ZONES})\\b`,
  // 7-8: a bare "14:05", a time only where the words around say so (see BARE_TIME_BEFORE)
  '\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?!\\s?(?:a\\.|p\\.|am\\b|pm\\b|AM\\b|PM\\b))',
  // 9-10: "1800 GMT", "0600 hrs", "at 0340 local time" (after a preposition: "in 2019 local time zones" is a year)
  '\\b([01]\\d|2[0-3])([0-5]\\d)\\s?(?:GMT|UTC|Z|hrs|hours|(?<=(?:\\b(?:at|around|about|approximately|from|to|until|till|by|before|after|since)\\s+)\\d{4}\\s?)local\\s+time)\\b',
  // 11-12: the French style "15h30", "9h05", where the words around say it is a time (as a bare "14:05")
  '\\b([01]?\\d|2[0-3])h([0-5]\\d)\\b',
].join('|'), 'g'));
/** What the pattern can start with besides digits (see starts.ts). */
export const TIME_STARTS = ['noon', 'midday', 'midnight'];
const BARE_TIME_BEFORE = /\b(?:at|around|about|by|until|till|before|after|from|since|approximately|between|and|to|roughly|as\s+of)\s+$|(?:\b(?:19|20)\d\d|\b(?:today|yesterday))\s*,\s*$/i;
/** Markup and bullets that may stand before a time opening a line ("**14:05** –", "- 09:10"). */
const LINE_OPENING = /[ \t*_#>•–-]/;
/** After a time opening its line, the dash or colon of a live blog's entry: "**16:05** – ...", "09:10: ...". */
const STAMP_AFTER = /^[ \t*_]*[–—:|-]/;
const LEADING_NUMBER = /(?:\b(between|from)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?)?\b(\d{1,2})(?::([0-5]\d))?\s*(and|to|-|–|until)\s*$/i;
const JOIN = /^\s*(?:-|–|to|until|till|and)\s*$/i;
const BETWEEN_BEFORE = /\b(?:between|from)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+)?$/i;

interface Found {
  start: number;
  end: number;
  hour: number; // 0-12 as written, or 0-23 when meridiem is known
  minute: number;
  meridiem: 'am' | 'pm' | null;
}

function to24(hour: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === 'am') return hour === 12 ? 0 : hour;
  if (meridiem === 'pm') return hour === 12 ? 12 : hour + 12;
  return hour;
}

function time(f: Found): TimeOfDay {
  return { hour: to24(f.hour, f.meridiem), minute: f.minute };
}

/** A start time without a meridiem takes the end's, unless that would put it after the end. */
function inherit(start: Found, end: Found): Found {
  if (start.meridiem || !end.meridiem || start.hour > 12) return start;
  let meridiem = end.meridiem;
  const s12 = start.hour % 12;
  const e12 = end.hour % 12;
  if (s12 > e12) meridiem = meridiem === 'pm' ? 'am' : 'pm';
  return { ...start, meridiem };
}

/** Nothing but markup or a bullet between the start of the line and `at`: a live blog's "**14:05** – ...". */
function opensLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 8 && LINE_OPENING.test(text[i - 1])) i--;
  return i === 0 || text[i - 1] === '\n';
}

export class TimeExtractor {
  readonly name = 'TimeExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const found: Found[] = [];
    const matches = TIME_RE.matches(text, starts?.time);
    for (let m = matches.next(); m; m = matches.next()) {
      if (m[4]) {
        const w = m[4].toLowerCase();
        found.push({ start: m.index, end: m.index + m[0].length, hour: w === 'midnight' ? 0 : 12, minute: 0, meridiem: w === 'midnight' ? 'am' : 'pm' });
      } else if (m[5] !== undefined || m[9] !== undefined) {
        // A 24-hour clock with its zone: the meridiem is known.
        const hour = Number(m[5] ?? m[9]);
        found.push({ start: m.index, end: m.index + m[0].length, hour: hour % 12 || 12, minute: Number(m[6] ?? m[10]), meridiem: hour < 12 ? 'am' : 'pm' });
      } else if (m[7] !== undefined || m[11] !== undefined) {
        if (!BARE_TIME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) && !opensLine(text, m.index)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, hour: Number(m[7] ?? m[11]), minute: Number(m[8] ?? m[12]), meridiem: null });
      } else {
        const hour = Number(m[1]);
        if (hour > 12 || hour === 0) continue;
        found.push({ start: m.index, end: m.index + m[0].length, hour, minute: m[2] ? Number(m[2]) : 0, meridiem: m[3][0].toLowerCase() === 'a' ? 'am' : 'pm' });
      }
    }
    const out: RawDate[] = [];
    let previous: Found | null = null;
    for (let i = 0; i < found.length; i++) {
      let f = found[i];
      const next = found[i + 1];
      // Two times joined: "11 p.m. to 7 a.m.", "between 12:05 and 12:19 a.m."
      if (next && JOIN.test(text.slice(f.end, next.start))) {
        const joiner = text.slice(f.end, next.start).trim().toLowerCase();
        if (joiner !== 'and' || BETWEEN_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) {
          f = inherit(f, next);
          out.push(this.range(f, next));
          previous = next;
          i++;
          continue;
        }
      }
      // A bare number joined to a time: "between 3 and 5:30 p.m.", "3-5 p.m."
      const lead = LEADING_NUMBER.exec(text.slice(Math.max(0, f.start - 40), f.start));
      if (lead && f.meridiem && (lead[1] || lead[4] === '-' || lead[4] === '–') && (lead[4].toLowerCase() !== 'and' || lead[1])) {
        const h = Number(lead[2]);
        if (h >= 1 && h <= 12) {
          const leadStart = f.start - (lead[0].length - lead[0].indexOf(lead[2], lead[1] ? lead[1].length : 0));
          const s = inherit({ start: leadStart, end: leadStart + lead[2].length, hour: h, minute: lead[3] ? Number(lead[3]) : 0, meridiem: null }, f);
          out.push(this.range(s, f));
          previous = f;
          continue;
        }
      }
      if (!f.meridiem && previous?.meridiem === 'pm' && f.hour < 12 && f.start - previous.end < 600) f = { ...f, meridiem: 'pm' };
      const spec: RawDate['spec'] = { form: 'time', time: time(f) };
      if (opensLine(text, f.start) && STAMP_AFTER.test(text.slice(f.end, f.end + 8))) spec.stamp = true;
      out.push({ start: f.start, end: f.end, type: 'time', extractor: this.name, spec });
      previous = f;
    }
    return out;
  }

  private range(a: Found, b: Found): RawDate {
    return { start: a.start, end: b.end, type: 'range', extractor: this.name, spec: { form: 'time', time: time(a), end: time(b) } };
  }
}
