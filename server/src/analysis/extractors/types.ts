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
export type RawFigure = Pick<FigureClaim, 'start' | 'end' | 'min' | 'max' | 'approx' | 'ceiling' | 'outcome' | 'group' | 'scope' | 'extractor'> & {
  /** "the 19 killed": a definite count that refers back to an earlier figure of the same value. */
  anaphoric: boolean;
};

export interface RawAttribution {
  start: number;
  end: number;
  /** The source as written, before pronouns and short names are resolved. */
  mention: string;
  cue: string;
  extractor: string;
}

/** Sorted, non-overlapping spans already taken by earlier extractors. */
export class Occupied {
  private spans: { start: number; end: number }[] = [];
  add(start: number, end: number): void {
    // After every span that starts at or before `start` (binary search; most adds append).
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid].start > start) hi = mid;
      else lo = mid + 1;
    }
    if (lo === this.spans.length) this.spans.push({ start, end });
    else this.spans.splice(lo, 0, { start, end });
  }
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid];
      if (s.end <= start) lo = mid + 1;
      else if (s.start >= end) hi = mid - 1;
      else return true;
    }
    return false;
  }
}
