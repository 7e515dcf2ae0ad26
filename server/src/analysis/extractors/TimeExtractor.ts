// Times of day and their ranges: "12:15 a.m.", "3.40am", "11 p.m. to 7 a.m.", "11pm to 7am",
// "between 3 and 5:30 p.m." (the 3 is p.m.), "midnight", "around 3:30", "1800 GMT".
import type { TimeOfDay } from '../model.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const TIME_RE = new Pattern(/\b(\d{1,2})(?:[:.]([0-5]\d))?\s?(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|AM\b|PM\b)|\b(noon|midday|midnight)\b|\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s?(?:a\.|p\.|am\b|pm\b|AM\b|PM\b))|\b([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC|Z|hrs|hours)\b/g);
/** What the pattern can start with besides digits (see starts.ts). */
export const TIME_STARTS = ['noon', 'midday', 'midnight'];
const BARE_TIME_BEFORE = /\b(?:at|around|about|by|until|till|before|after|from|since|approximately|between|and|to|roughly)\s+$/i;
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

export class TimeExtractor {
  readonly name = 'TimeExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const found: Found[] = [];
    const matches = TIME_RE.matches(text, starts?.time);
    for (let m = matches.next(); m; m = matches.next()) {
      if (m[4]) {
        const w = m[4].toLowerCase();
        found.push({ start: m.index, end: m.index + m[0].length, hour: w === 'midnight' ? 0 : 12, minute: 0, meridiem: w === 'midnight' ? 'am' : 'pm' });
      } else if (m[7]) {
        // A 24-hour clock with its zone: the meridiem is known.
        const hour = Number(m[7]);
        found.push({ start: m.index, end: m.index + m[0].length, hour: hour % 12 || 12, minute: Number(m[8]), meridiem: hour < 12 ? 'am' : 'pm' });
      } else if (m[5]) {
        if (!BARE_TIME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
        found.push({ start: m.index, end: m.index + m[0].length, hour: Number(m[5]), minute: Number(m[6]), meridiem: null });
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
      out.push({ start: f.start, end: f.end, type: 'time', extractor: this.name, spec: { form: 'time', time: time(f) } });
      previous = f;
    }
    return out;
  }

  private range(a: Found, b: Found): RawDate {
    return { start: a.start, end: b.end, type: 'range', extractor: this.name, spec: { form: 'time', time: time(a), end: time(b) } };
  }
}
