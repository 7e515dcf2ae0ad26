// What an extractor returns: a span and what it says, before ids, sentences and context are added.
import type { DateSpec, DateType, FigureClaim } from '../model.ts';

export interface RawDate {
  start: number;
  end: number;
  type: DateType;
  spec: DateSpec;
  extractor: string;
}

/** A figure as found: the claim's count fields, before ids, sentences and attributions are added. */
export type RawFigure = Pick<FigureClaim, 'start' | 'end' | 'min' | 'max' | 'approx' | 'ceiling' | 'outcome' | 'group' | 'scope' | 'rising' | 'revised' | 'rejects' | 'extractor'> & {
  /** "the 19 killed": a definite count that refers back to an earlier figure of the same value. */
  anaphoric: boolean;
  /**
   * A year its sentence places the figure in ("in 2019, ..."), or null. Resolving compares it with the
   * document's year: an earlier one makes the figure 'past'.
   */
  year: number | null;
  /** The place its sentence confines the count to ("killed in Besk", "In the capital, ..."), lower-cased, or null (see refiners/places.ts). */
  place: string | null;
  /** The toll of the story's own incident, named with the count ("The strike on the market killed 27"): see refiners/incidents.ts. */
  incident: boolean;
};

export interface RawAttribution {
  start: number;
  end: number;
  /** The source as written, before pronouns and short names are resolved. */
  mention: string;
  cue: string;
  extractor: string;
}

type Span = { start: number; end: number };

/**
 * Sorted, non-overlapping spans already taken by earlier extractors. Spans added since the last
 * `commit` wait in a second sorted list, merged in one pass at the commit: inserting each one into
 * a long list would cost the length of the list every time.
 */
export class Occupied {
  private spans: Span[] = [];
  private pending: Span[] = [];

  add(start: number, end: number): void {
    const list = this.pending;
    const i = upperBound(list, start);
    if (i === list.length) list.push({ start, end });
    else list.splice(i, 0, { start, end });
  }

  /** Merges the spans added since the last commit. */
  commit(): void {
    if (this.pending.length === 0) return;
    this.spans = mergeByStart(this.spans, this.pending);
    this.pending = [];
  }

  overlaps(start: number, end: number): boolean {
    return overlapsIn(this.spans, start, end) || overlapsIn(this.pending, start, end);
  }
}

/** Index of the first span starting after `start`. */
function upperBound(list: Span[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start > start) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function overlapsIn(list: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

/** Merges two lists sorted by start into one; on a tie, the first list's first. */
export function mergeByStart<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j].start < a[i].start ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
