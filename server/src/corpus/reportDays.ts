// When a report was made, per sentence: a date that opens the sentence ("On January 15 the office
// stated ...", "**Yesterday, 22:10** Officials confirmed ...", a live blog's "**14:05 GMT** – ..."). Other
// dates in a sentence are the events', not the report's. A date that opens a paragraph dates the
// paragraph's other sentences too, as the entries of a live blog or a dated list are written. A
// sentence without one is the document's: its own date, and the time its dateline gives
// ("5 March 2022, 18:00", "Last updated: 6 March 2022, 14:05 GMT").
//
// A moment is a day and, when the text says it, a minute of that day: two reports of one day are in
// order only when both give their time.
import { formatDay, parseDay } from '../analysis/calendarMath.ts';
import type { Claim, DateClaim } from '../analysis/model.ts';
import type { Sentence } from '../analysis/segment.ts';

/**
 * Before an opening date: nothing but "on", "by", "as of", "update", markdown marks (bold, heading,
 * bullet), and a post's author ("@KeshRelief · 15 Oct 2031", "Update 14:00:").
 */
const OPENING = /^[\s*_#>•–-]*(?:@[\p{L}\d_.]{1,30}[ \t]*[·|–—-][ \t]*)?(?:on|by|as of|update[sd]?:?)?\s*$/iu;
/** Between a day and its time: "6 March 2022, 14:05", "Yesterday, 22:15", "on Saturday at 09:00". */
const DAY_THEN_TIME = /^,?\s*(?:at\s+)?$/i;

const MINUTES = 1441;
const UNKNOWN_MINUTE = 1440;

export const moment = (day: number, minute: number | null = null): number => day * MINUTES + (minute ?? UNKNOWN_MINUTE);
export const momentDay = (m: number): number => Math.floor(m / MINUTES);

/** "2023-03-14", or "2023-03-14 11:45" when the minute is known. */
export function formatMoment(m: number): string {
  const day = momentDay(m);
  const minute = m - day * MINUTES;
  if (minute === UNKNOWN_MINUTE) return formatDay(day);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDay(day)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** -1: a is before b; 1: after; 0: the same day with the time unknown on either side (or the same minute). */
export function compareMoments(a: number, b: number): -1 | 0 | 1 {
  const da = momentDay(a);
  const db = momentDay(b);
  if (da !== db) return da < db ? -1 : 1;
  const ma = a - da * MINUTES;
  const mb = b - db * MINUTES;
  if (ma === UNKNOWN_MINUTE || mb === UNKNOWN_MINUTE || ma === mb) return 0;
  return ma < mb ? -1 : 1;
}

export interface ReportMoments {
  /** Per sentence that a date opens, or that follows one in its paragraph. */
  sentences: Map<number, number>;
  /** The document's own moment, for its other sentences; null for an undated document. */
  document: number | null;
}

export const NO_REPORT_MOMENTS: ReportMoments = { sentences: new Map(), document: null };

/** After a heading's date: only markup. */
const HEADING_REST = /^[\s*_#]*$/;

/** Is sentence i a paragraph of its own that is a date and nothing more (see OPENING)? */
function isDateLine(text: string, sentences: Sentence[], dateEnds: Map<number, number>, i: number): boolean {
  const s = sentences[i];
  if (sentences[i + 1]?.paragraph === s.paragraph) return false;
  const last = dateEnds.get(i);
  return last !== undefined && s.end - last < 16 && HEADING_REST.test(text.slice(last, s.end));
}

const minuteOf = (c: DateClaim): number | null => (c.type === 'time' && c.spec.form === 'time' ? c.spec.time.hour * 60 + c.spec.time.minute : null);

/** The minute of a time right after a day claim ("6 March 2022, 14:05"), or null. */
function timeAfter(text: string, dates: DateClaim[], i: number): number | null {
  const next = dates[i + 1];
  if (!next || next.sentence !== dates[i].sentence || !DAY_THEN_TIME.test(text.slice(dates[i].end, next.start))) return null;
  return minuteOf(next);
}

export function reportDays(text: string, sentences: Sentence[], claims: Claim[], published: string | null): ReportMoments {
  const days = new Map<number, number>();
  const dates = claims.filter((c): c is DateClaim => c.kind === 'date');
  const opening: number[] = []; // sentences that open their paragraph with a date
  for (let i = 0; i < dates.length; i++) {
    const c = dates[i];
    if (days.has(c.sentence)) continue;
    const s = sentences[c.sentence];
    if (!s || !OPENING.test(text.slice(s.start, c.start))) continue;
    const d = parseDay(c.day);
    if (d === null) continue;
    // A time opens a live blog's entry ("**14:05 GMT** –"); a range of times is an event's.
    const minute = c.spec.form === 'time' ? minuteOf(c) : timeAfter(text, dates, i);
    if (c.spec.form === 'time' && minute === null) continue;
    days.set(c.sentence, moment(d, minute));
    if (c.sentence === 0 || sentences[c.sentence - 1].paragraph !== s.paragraph) opening.push(c.sentence);
  }
  // The date of a paragraph's first sentence carries over its other sentences that open with none.
  for (const first of opening) {
    const d = days.get(first)!;
    const paragraph = sentences[first].paragraph;
    for (let i = first + 1; i < sentences.length && sentences[i].paragraph === paragraph; i++) {
      if (!days.has(i)) days.set(i, d);
    }
  }
  // A line that is only a date ("**Tuesday, 14 March 2023**", a post's "@KeshRelief · 15 Oct 2031")
  // heads what follows it: its sentences that open with no date of their own, up to the next such line.
  const dateEnds = new Map<number, number>(); // per sentence, where its last date ends
  for (const c of dates) dateEnds.set(c.sentence, Math.max(dateEnds.get(c.sentence) ?? -1, c.end));
  const headings = opening.filter((i) => isDateLine(text, sentences, dateEnds, i));
  for (let h = 0; h < headings.length; h++) {
    const d = days.get(headings[h])!;
    for (let i = headings[h] + 1; i < (headings[h + 1] ?? sentences.length); i++) {
      if (days.has(i)) continue;
      days.set(i, d);
    }
  }
  const day = parseDay(published);
  let document: number | null = null;
  if (day !== null) {
    // The dateline's time: the first claim of the document's own day, when a time follows it.
    const at = dates.findIndex((c) => c.spec.form !== 'time' && c.day === published);
    document = moment(day, at >= 0 && dates[at].start < 400 ? timeAfter(text, dates, at) : null);
  }
  return { sentences: days, document };
}
