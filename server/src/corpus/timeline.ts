// The folder's timeline: every day its sources mention, so that a date far outside it stands out
// ("June 6" among January dates). Kept as a histogram, updated per document.
import { parseDay } from '../analysis/calendarMath.ts';
import type { Claim, DateClaim } from '../analysis/model.ts';

/** How far from the timeline's centre a date may lie before it is an outlier. */
export const OUTLIER_DAYS = 60;
/** The timeline needs this many dates, this tightly clustered, before anything is an outlier. */
const MIN_DATES = 5;
const MIN_CLUSTERED = 0.75;

export interface SimilarDays {
  first: { doc: string; claim: DateClaim }[];
  docs: number;
  day: number | null;
}

export interface TimelineStats {
  median: number | null;
  count: number;
  clustered: number;
}

function dayOf(c: Claim): number | null {
  if (c.kind !== 'date' || c.spec.form === 'time' || c.spec.form === 'month') return null;
  return parseDay(c.day);
}

/** A date whose year the text does not state: the kind of date a slip of the month produces. */
export function isOutlierCandidate(c: Claim): c is DateClaim {
  // A date the text looks forward to ("the trial is set to begin on 2 November") is no slip.
  // Nor is a background date ("the president, who was re-elected on 5 June,", "had raised prices on 1 July").
  return c.kind === 'date' && c.spec.form === 'day' && !c.spec.future && !c.spec.background && c.inferred.includes('year') && dayOf(c) !== null;
}

function monthDay(day: number): number {
  return new Date(day * 86_400_000).getUTCDate();
}

/** How many documents the per-day maps name between them, walking all but the largest. */
function distinctDocs(perDay: Map<string, unknown>[]): number {
  const bySize = [...perDay].sort((a, b) => b.size - a.size);
  let n = bySize[0]?.size ?? 0;
  for (let i = 1; i < bySize.length; i++) {
    for (const doc of bySize[i].keys()) {
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = bySize[j].has(doc);
      if (!seen) n++;
    }
  }
  return n;
}

export class Timeline {
  private readonly days = new Map<number, number>();
  private readonly byDay = new Map<number, Map<string, DateClaim[]>>();
  private readonly candidateDocs = new Map<string, number>();
  private readonly docDays = new Map<string, Set<number>>();
  /** The days of `byDay` by their day of the month, so a "did you mean" walks only those days. */
  private readonly byDayOfMonth = new Map<number, Set<number>>();
  private total = 0;
  private cached: TimelineStats | null = null;
  /** sameDayOfMonth answers, dropped whenever the timeline changes. */
  private readonly similar = new Map<number, SimilarDays>();

  /**
   * Adds a document's days to the histogram and to the per-day index ("did you mean"), and notes
   * whether it has candidate outliers. True when the timeline's centre moved (`detect`).
   */
  add(doc: string, claims: Claim[], detect = true): boolean {
    const before = detect ? this.stats() : null;
    let candidates = 0;
    const days = new Set<number>();
    for (const c of claims) {
      if (isOutlierCandidate(c)) candidates++;
      const d = dayOf(c);
      if (d === null) continue;
      this.days.set(d, (this.days.get(d) ?? 0) + 1);
      this.total++;
      let perDoc = this.byDay.get(d);
      if (!perDoc) {
        perDoc = new Map();
        this.byDay.set(d, perDoc);
        const dom = monthDay(d);
        const same = this.byDayOfMonth.get(dom);
        if (same) same.add(d);
        else this.byDayOfMonth.set(dom, new Set([d]));
      }
      const list = perDoc.get(doc);
      if (list) list.push(c as DateClaim);
      else perDoc.set(doc, [c as DateClaim]);
      days.add(d);
    }
    this.docDays.set(doc, days);
    if (candidates) this.candidateDocs.set(doc, candidates);
    this.cached = null;
    this.similar.clear();
    return before !== null && this.moved(before);
  }

  /** Removes what `add` recorded for a document. True when the timeline's centre moved (`detect`). */
  remove(doc: string, detect = true): boolean {
    const before = detect ? this.stats() : null;
    for (const d of this.docDays.get(doc) ?? []) {
      const perDoc = this.byDay.get(d);
      const count = perDoc?.get(doc)?.length ?? 0;
      const n = (this.days.get(d) ?? 0) - count;
      if (n > 0) this.days.set(d, n);
      else this.days.delete(d);
      this.total -= count;
      perDoc?.delete(doc);
      if (perDoc && perDoc.size === 0) {
        this.byDay.delete(d);
        const same = this.byDayOfMonth.get(monthDay(d));
        same?.delete(d);
        if (same?.size === 0) this.byDayOfMonth.delete(monthDay(d));
      }
    }
    this.docDays.delete(doc);
    this.candidateDocs.delete(doc);
    this.cached = null;
    this.similar.clear();
    return before !== null && this.moved(before);
  }

  candidates(): string[] {
    return [...this.candidateDocs.keys()];
  }

  stats(): TimelineStats {
    if (this.cached) return this.cached;
    const sorted = [...this.days].sort((a, b) => a[0] - b[0]);
    let median: number | null = null;
    let seen = 0;
    for (const [d, n] of sorted) {
      seen += n;
      if (seen * 2 >= this.total) {
        median = d;
        break;
      }
    }
    let clustered = 0;
    if (median !== null) for (const [d, n] of sorted) if (Math.abs(d - median) <= OUTLIER_DAYS) clustered += n;
    this.cached = { median, count: this.total, clustered };
    return this.cached;
  }

  isOutlier(c: Claim): boolean {
    if (!isOutlierCandidate(c)) return false;
    const { median, count, clustered } = this.stats();
    if (median === null || count < MIN_DATES || clustered / count < MIN_CLUSTERED) return false;
    return Math.abs(dayOf(c)! - median) > OUTLIER_DAYS;
  }

  /**
   * Claims in the timeline on the same day of the month as `day` (a likely slip of the month): the
   * first `limit` of them, the number of documents, and the first such day.
   */
  sameDayOfMonth(day: number, dayOfMonth: number, limit: number): SimilarDays {
    const { median } = this.stats();
    const hit = this.similar.get(day);
    if (hit) return hit;
    const result: SimilarDays = { first: [], docs: 0, day: null };
    if (median !== null) {
      const days = [...(this.byDayOfMonth.get(dayOfMonth) ?? [])].filter((d) => d !== day && Math.abs(d - median) <= OUTLIER_DAYS).sort((a, b) => a - b);
      const perDay = days.map((d) => this.byDay.get(d)!);
      result.day = days[0] ?? null;
      fill: for (const perDoc of perDay) {
        for (const [doc, claims] of perDoc) {
          for (const claim of claims) {
            if (result.first.length >= limit) break fill;
            result.first.push({ doc, claim });
          }
        }
      }
      result.docs = distinctDocs(perDay);
    }
    this.similar.set(day, result);
    return result;
  }

  private moved(before: TimelineStats): boolean {
    const after = this.stats();
    const ok = (s: TimelineStats) => s.count >= MIN_DATES && s.clustered / Math.max(1, s.count) >= MIN_CLUSTERED;
    return before.median !== after.median || ok(before) !== ok(after);
  }
}
