// Which fact a claim is about, and the interval of values it allows.
// A fact is an event's date ("protests began") or a toll (an outcome for a group).
// Incident counts ("10 killed at the residence") and subsets ("two of them") belong to no fact.
import { dayInterval } from '../analysis/calendarMath.ts';
import type { Claim, DateClaim, FigureClaim, Group, Outcome } from '../analysis/model.ts';

export type FactKind = 'date' | 'figure';

/** How many claims of a value a conflict message names or points at. */
export const NAMED_PER_VALUE = 5;

export interface FactKey {
  id: string;
  kind: FactKind;
  /** A human name: "when the protests began", "security forces killed". */
  name: string;
}

/** The values a claim allows, as a closed interval (days since 1970 for dates, counts for figures). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

const GROUP_LABEL: Record<Group, string> = { protesters: 'protesters', security: 'security forces', civilians: 'civilians', people: 'people' };
const OUTCOME_LABEL: Record<Outcome, string> = { killed: 'killed', injured: 'injured', detained: 'detained', missing: 'missing' };

function eventName(event: string): string {
  const m = /^(.*) (began|declared|ended|occurred)$/.exec(event);
  if (!m) return event;
  const [, subject, phase] = m;
  return phase === 'declared' ? `when the ${subject} was declared` : phase === 'occurred' ? `when the ${subject} happened` : `when the ${subject} ${phase}`;
}

const dateFacts = new Map<string, FactKey>();

/** The fact a claim is about, or null. Keys are made once per fact and shared. */
export function factOf(c: Claim): FactKey | null {
  if (c.kind === 'date') {
    if (!c.event || valueOf(c) === null) return null;
    let key = dateFacts.get(c.event);
    if (!key) {
      key = { id: `date:${c.event}`, kind: 'date', name: eventName(c.event) };
      if (dateFacts.size < 10_000) dateFacts.set(c.event, key);
    }
    return key;
  }
  if (c.kind === 'figure') {
    if (c.scope !== 'total') return null;
    return FIGURE_FACTS[c.outcome][c.group];
  }
  return null;
}

/** One key per outcome and group. */
const FIGURE_FACTS = Object.fromEntries(
  (Object.keys(OUTCOME_LABEL) as Outcome[]).map((o) => [o, Object.fromEntries((Object.keys(GROUP_LABEL) as Group[]).map((g) => [
    g, { id: `figure:${o}:${g}`, kind: 'figure', name: `${GROUP_LABEL[g]} ${OUTCOME_LABEL[o]}` } satisfies FactKey,
  ]))]),
) as Record<Outcome, Record<Group, FactKey>>;

/** The id of the fact of a toll: an outcome for a group. */
export function figureFactId(outcome: Outcome, group: Group): string {
  return FIGURE_FACTS[outcome][group].id;
}

/** The day or days a date claim gives its fact: a time gives its day. */
function dateFactValue(c: DateClaim): string | null {
  return c.spec.form === 'time' ? c.day : c.value;
}

const dayIntervals = new Map<string, Interval | null>();

/** The values a claim allows. A date's interval is shared by every claim of the same value. */
export function valueOf(c: Claim): Interval | null {
  if (c.kind === 'date') {
    const value = dateFactValue(c);
    if (value === null) return null;
    const key = c.reach ? `${value}|${c.reach}` : value;
    let v = dayIntervals.get(key);
    if (v === undefined) {
      const i = dayInterval(value);
      // A night reaches into the next day; a midnight is also the end of the day before.
      v = i ? { lo: i.from - (c.reach === 'previous' ? 1 : 0), hi: i.to + (c.reach === 'next' ? 1 : 0) } : null;
      if (dayIntervals.size > 100_000) dayIntervals.clear();
      dayIntervals.set(key, v);
    }
    return v;
  }
  if (c.kind === 'figure') return figureInterval(c);
  return null;
}

function figureInterval(f: FigureClaim): Interval {
  const lo = f.approx ? Math.floor(f.min * 0.9) : f.min;
  let hi = f.max ?? f.ceiling ?? Number.POSITIVE_INFINITY;
  if (f.approx && f.ceiling !== null) hi = Math.max(hi, f.ceiling);
  return { lo, hi };
}

/** How a value reads in a message: "2022-01-02", "12", "nearly 1,000 (900–1,000)". */
export function valueLabel(c: Claim): string {
  if (c.kind === 'date') {
    const v = dateFactValue(c);
    if (v === null) return c.text;
    // Its interval reaches past the day (see valueOf): say so, or two groups would read as one value.
    return c.reach === 'next' ? `the night of ${v}` : c.reach === 'previous' ? `${v} (or the day before)` : v;
  }
  if (c.kind === 'figure') {
    const exact = !c.approx && c.max === c.min;
    if (exact) return groupDigits(c.min);
    return `“${c.text.replace(/\s+/g, ' ')}”`;
  }
  return c.text;
}

/** 12345 → "12,345", as en-US writes it (integers without ICU, which is slow in bulk). */
export function groupDigits(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}

/** A key under which equal values are grouped. */
export function valueKey(c: Claim): string {
  const v = valueOf(c);
  return v ? intervalKey(v) : '';
}

export function intervalKey(v: Interval): string {
  return `${v.lo}/${v.hi}`;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

