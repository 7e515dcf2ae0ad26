// The bounds a hedged or vague count states: "nearly 1,000" is 900-1,000, "at least 10" is 10 or more.
import { HEDGES, type Vague } from '../lexicon/numbers.ts';

export interface Bounds {
  min: number;
  max: number | null;
  approx: boolean;
  ceiling: number | null;
}

export function countBounds(hedge: string | undefined, value: number, vague: Vague | undefined): Bounds {
  if (vague) {
    const exact = vague.ceiling === vague.min;
    // "at least a dozen", "more than half a dozen": the hedge bounds the number the word names (itself a round one).
    if (exact && hedge && HEDGES[hedge]) return { ...hedged(hedge, vague.min), approx: true };
    return { min: vague.min, max: exact ? vague.min : null, approx: true, ceiling: vague.ceiling };
  }
  return hedged(hedge, value);
}

function hedged(hedge: string | undefined, value: number): Bounds {
  switch (hedge ? HEDGES[hedge] : undefined) {
    case 'below':
      return { min: Math.round(value * 0.9), max: value, approx: true, ceiling: value };
    case 'approx':
      return { min: value, max: value, approx: true, ceiling: Math.round(value * 1.15) };
    case 'atLeast':
      return { min: value, max: null, approx: false, ceiling: null };
    case 'more':
      return { min: value, max: null, approx: false, ceiling: null };
    case 'atMost':
      return { min: 0, max: value, approx: false, ceiling: value };
    case 'fewer':
      return { min: 0, max: Math.max(0, value - 1), approx: false, ceiling: value };
    default:
      return { min: value, max: value, approx: false, ceiling: value };
  }
}
