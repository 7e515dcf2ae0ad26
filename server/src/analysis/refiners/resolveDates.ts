// Turns what a date expression says into a value, using the document's date, the year its full
// dates use, and the last day the text spoke of. News is in the past tense: "on Monday" in an
// article of Tuesday 11 January is 10 January. A time belongs to the day its sentence names, or
// else to the last day the text spoke of; a live blog's entry stamp to the day of its heading. Under a
// line that is only a date, "today" and the weekdays count from that line's day.
import { WEEKDAY_NAMES } from '../lexicon/calendar.ts';
import { dayNumber, formatDay, formatMonth, formatTime, fromDayNumber, isValidDay, nearestDay, parseDay, weekdayOf } from '../calendarMath.ts';
import type { DateClaim, DayParts, Problem, TimeOfDay } from '../model.ts';

export interface DateContext {
  /** The day "today" means and weekdays count back from: the document's date, else the folder's. */
  reference: string | null;
  /** The year for dates stated without one. */
  year: number | null;
  /** Dates of statements ("the council said on Thursday"): a later time without a day is not on theirs (see reported.ts). */
  reported?: ReadonlySet<DateClaim>;
}

/**
 * How far ahead of or behind the reference a date without a year may lie (days). News looks back:
 * "January 4" in an October article is this January, not next; "December 30" in a January one is last
 * December. A clause that looks forward ("talks will resume on 5 February") allows most of a year ahead.
 */
const WINDOW = { ahead: 183, behind: 320 };
const WINDOW_IN_FUTURE_CLAUSE = { ahead: 300, behind: 60 };
/** A date without a year this near the story (days) is of the year inferred, whatever weekday it is given. */
const CLOSE_TO_STORY = 90;

/** Which parts of a value were inferred, as bits; the lists are shared, one per combination. */
interface Inferred {
  parts: number;
}
const YEAR = 1;
const DAY = 2;
const INFERRED: readonly (readonly string[])[] = [[], ['year'], ['day'], ['year', 'day']].map((l) => Object.freeze(l));

function dayOf(parts: DayParts, ctx: DateContext, ref: number | null, inferred: Inferred, how: { yearOffset?: number; future?: boolean; past?: boolean } = {}): number | null {
  if (parts.month === undefined || parts.day === undefined) return null;
  if (parts.year !== undefined) return dayNumber(parts.year, parts.month, parts.day);
  if (how.yearOffset !== undefined) {
    // "January 4 last year": stated, relative to the document's year.
    const base = ref !== null ? fromDayNumber(ref).year : ctx.year;
    return base === null ? null : dayNumber(base + how.yearOffset, parts.month, parts.day);
  }
  if (how.past && ref !== null) {
    // "Last summer, on July 4": the latest July 4 not after the story; the clause says which year.
    const y = fromDayNumber(ref).year;
    const n = dayNumber(y, parts.month, parts.day);
    return n <= ref ? n : dayNumber(y - 1, parts.month, parts.day);
  }
  let year = ctx.year ?? (ref !== null ? fromDayNumber(ref).year : null);
  if (year === null) return null;
  inferred.parts |= YEAR;
  let n = dayNumber(year, parts.month, parts.day);
  if (ref !== null) {
    // "December 30" in an article of 3 January is last year's; "January 4" in one of 28 December, next year's.
    const window = how.future ? WINDOW_IN_FUTURE_CLAUSE : WINDOW;
    if (n - ref > window.ahead) n = dayNumber(--year, parts.month, parts.day);
    else if (ref - n > window.behind) n = dayNumber(++year, parts.month, parts.day);
  }
  return n;
}

/**
 * The day of the month `day` in the month of `base`: the month the text last named, or else the
 * document's, whose day it may not be after (then it is of the month before). A later day of a month
 * the text named is that month's ("since 5 January ... lifted on the 19th"), even after the document.
 */
function ordinalDay(day: number | undefined, base: number | null, ref: number | null, named: boolean): number | null {
  if (day === undefined || base === null) return null;
  let { year, month } = fromDayNumber(base);
  if (ref !== null && (!isValidDay(year, month, day) || (!named && dayNumber(year, month, day) > ref))) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return isValidDay(year, month, day) ? dayNumber(year, month, day) : null;
}

const time = (t: TimeOfDay) => formatTime(t.hour, t.minute);

export function resolveDates(claims: DateClaim[], ctx: DateContext): Problem[] {
  const problems: Problem[] = [];
  const ref = parseDay(ctx.reference);
  let current: number | null = null;
  // Under a line that is only a date (a live blog's "**Tuesday 14 October**"), "today" and the
  // weekdays count from that day, the day the entries below it were written.
  let written: number | null = null;
  // Times take the day of a date in their own sentence, before or after them.
  const dayInSentence = new Map<number, number>();
  const weekdayInSentence = new Map<number, number>();
  for (const c of claims) {
    const inferred: Inferred = { parts: 0 };
    c.value = null;
    c.day = null;
    const spec = c.spec;
    switch (spec.form) {
      case 'day': {
        if (spec.parts.month === undefined) {
          // "on the 12th": of the month the text is talking about, or else the document's; not after the document.
          const n = ordinalDay(spec.parts.day, current ?? ref, ref, current !== null);
          if (n === null) break;
          inferred.parts |= YEAR;
          c.value = c.day = formatDay(n);
          current = n;
          if (!dayInSentence.has(c.sentence)) dayInSentence.set(c.sentence, n);
          break;
        }
        let start = dayOf(spec.parts, ctx, ref, inferred, spec);
        // "Friday, January 4" without a year: of the years next to the inferred one, the one where the
        // weekday matches (a date's own weekday says more than the nearest-year rule) — unless the
        // inferred day is close to the story. "Saturday, January 3" in a story of 6 January is this
        // January's with a wrong weekday, not a January almost a year ahead.
        if (start !== null && spec.weekday !== undefined && inferred.parts & YEAR && weekdayOf(start) !== spec.weekday && (ref === null || Math.abs(start - ref) > CLOSE_TO_STORY)) {
          const y = fromDayNumber(start).year;
          const years = [y - 1, y + 1].filter((c) => {
            const n = dayNumber(c, spec.parts.month!, spec.parts.day!);
            return weekdayOf(n) === spec.weekday && (ref === null || Math.abs(n - ref) <= 366);
          });
          if (years.length > 0) start = ref === null ? dayNumber(years[0], spec.parts.month!, spec.parts.day!) : nearestDay(spec.parts.month!, spec.parts.day!, years, ref);
        }
        let end = spec.end ? dayOf({ year: spec.end.year ?? (start !== null ? fromDayNumber(start).year : undefined), ...spec.end }, ctx, ref, inferred, spec) : null;
        // "Dec. 31 to Jan. 2": a range that ends before it starts crosses into the next year.
        if (spec.end && spec.end.year === undefined && start !== null && end !== null && end < start) {
          end = dayOf({ ...spec.end, year: fromDayNumber(start).year + 1 }, ctx, ref, inferred);
        }
        if (start === null) break;
        c.value = end !== null ? `${formatDay(start)}/${formatDay(end)}` : formatDay(start);
        c.day = formatDay(start);
        if (spec.weekday !== undefined && weekdayOf(start) !== spec.weekday) {
          problems.push({
            code: 'weekday-mismatch', start: c.start, end: c.end,
            message: `${WEEKDAY_NAMES[spec.weekday]} does not match ${formatDay(start)}, which is a ${WEEKDAY_NAMES[weekdayOf(start)]}${inferred.parts & YEAR ? ' (year inferred)' : ''}.`,
          });
        }
        current = end ?? start;
        if (spec.dateLine && end === null) written = start;
        if (!dayInSentence.has(c.sentence)) dayInSentence.set(c.sentence, start);
        break;
      }
      case 'month': {
        if (spec.parts.month === undefined) break;
        // A month without a year is the nearest one, as a day is: "in late September" in a March story is last September's
        // (its middle day stands for it).
        const mid = spec.parts.year === undefined ? dayOf({ month: spec.parts.month, day: 15 }, ctx, ref, inferred) : null;
        const year = spec.parts.year ?? (mid !== null ? fromDayNumber(mid).year : null);
        if (year === null) break;
        c.value = formatMonth(year, spec.parts.month);
        break;
      }
      case 'weekday': {
        // "on Saturday ordered a curfew starting Sunday": a day looking forward from an earlier weekday of its sentence counts from that day.
        const anchor = spec.direction === 'future' ? weekdayInSentence.get(c.sentence) : undefined;
        const from = anchor ?? written ?? ref;
        if (from === null) break;
        const delta = (weekdayOf(from) - spec.weekday + 7) % 7;
        const n = spec.direction === 'past' ? from - (delta || (spec.last ? 7 : 0)) : from + (7 - delta || 7);
        if (anchor === undefined) weekdayInSentence.set(c.sentence, n);
        inferred.parts |= DAY;
        c.value = formatDay(n);
        c.day = c.value;
        current = n;
        dayInSentence.set(c.sentence, n);
        break;
      }
      case 'relative': {
        const base: number | null = spec.anchor === 'reference' ? written ?? ref : current;
        if (base === null) break;
        inferred.parts |= DAY;
        c.value = formatDay(base + spec.offset);
        c.day = c.value;
        current = base + spec.offset;
        // "As of 08:00 today", "at 10 p.m. yesterday": the sentence's times are on that day.
        if (!dayInSentence.has(c.sentence)) dayInSentence.set(c.sentence, current);
        break;
      }
      case 'time':
        c.value = spec.end ? `${time(spec.time)}/${time(spec.end)}` : time(spec.time);
        break;
    }
    c.inferred = INFERRED[inferred.parts];
  }
  // Second pass for times, now that every sentence's day is known. A live blog's entry stamp is on the
  // day of the heading above it (or the document's), whatever day the entry tells of; the times in
  // the entry after it, without a day of their own, are on that day too.
  let last: number | null = null;
  let heading: number | null = null;
  for (const c of claims) {
    if (c.spec.form === 'time') {
      const n: number | null = c.spec.stamp && (heading ?? ref) !== null ? (heading ?? ref) : dayInSentence.get(c.sentence) ?? last;
      c.day = n === null ? null : formatDay(n);
      if (c.spec.stamp) last = n;
    } else if (c.day && !ctx.reported?.has(c)) {
      last = parseDay(c.day);
      if (c.spec.form === 'day' && c.spec.header) heading = last;
    }
  }
  return problems;
}
