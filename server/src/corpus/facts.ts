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
  lo: number;
  hi: number;
}

const GROUP_LABEL: Record<Group, string> = { protesters: 'protesters', security: 'security forces', civilians: 'civilians', people: 'people' };
const OUTCOME_LABEL: Record<Outcome, string> = { killed: 'killed', injured: 'injured', detained: 'detained', missing: 'missing' };

function eventName(event: string): string {
  const m = /^(.*) (began|declared|ended)$/.exec(event);
  if (!m) return event;
  const [, subject, phase] = m;
  return phase === 'declared' ? `when the ${subject} was declared` : `when the ${subject} ${phase}`;
}

export function factOf(c: Claim): FactKey | null {
  if (c.kind === 'date') {
    if (!c.event || valueOf(c) === null) return null;
    return { id: `date:${c.event}`, kind: 'date', name: eventName(c.event) };
  }
  if (c.kind === 'figure') {
    if (c.scope !== 'total') return null;
    return { id: `figure:${c.outcome}:${c.group}`, kind: 'figure', name: `${GROUP_LABEL[c.group]} ${OUTCOME_LABEL[c.outcome]}` };
  }
  return null;
}

/** The day or days a date claim gives its fact: a time gives its day. */
function dateFactValue(c: DateClaim): string | null {
  return c.spec.form === 'time' ? c.day : c.value;
}

const intervals = new WeakMap<Claim, Interval | null>();

/** The values a claim allows (cached: claims are immutable once resolved). */
export function valueOf(c: Claim): Interval | null {
  let v = intervals.get(c);
  if (v !== undefined) return v;
  if (c.kind === 'date') {
    const i = dayInterval(dateFactValue(c));
    v = i ? { lo: i.from, hi: i.to } : null;
  } else if (c.kind === 'figure') v = figureInterval(c);
  else v = null;
  intervals.set(c, v);
  return v;
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
    return v ?? c.text;
  }
  if (c.kind === 'figure') {
    const exact = !c.approx && c.max === c.min;
    if (exact) return c.min.toLocaleString('en-US');
    return `“${c.text.replace(/\s+/g, ' ')}”`;
  }
  return c.text;
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

