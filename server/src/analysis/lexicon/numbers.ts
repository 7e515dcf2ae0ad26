// Number words and vague quantities, with the bounds the gold schema gives them.

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

export interface Vague {
  min: number;
  /** What the word still plausibly covers; used to compare, never printed as a stated bound. */
  ceiling: number | null;
}

/** Vague quantities: the minimum is the gold schema's, the ceiling is ordinary usage. */
export const VAGUE: Record<string, Vague> = {
  'a few': { min: 2, ceiling: 9 },
  few: { min: 2, ceiling: 9 },
  several: { min: 3, ceiling: 9 },
  'a dozen': { min: 12, ceiling: 12 },
  'half a dozen': { min: 6, ceiling: 6 },
  'a half dozen': { min: 6, ceiling: 6 },
  'half-a-dozen': { min: 6, ceiling: 6 },
  dozen: { min: 12, ceiling: 12 },
  'a handful': { min: 2, ceiling: 9 },
  dozens: { min: 24, ceiling: 99 },
  scores: { min: 40, ceiling: 199 },
  hundreds: { min: 200, ceiling: 999 },
  'several hundred': { min: 200, ceiling: 999 },
  thousands: { min: 2000, ceiling: 99_999 },
  'several thousand': { min: 2000, ceiling: 9_999 },
  'a few hundred': { min: 200, ceiling: 999 },
  'a few thousand': { min: 2000, ceiling: 9_999 },
  'a few dozen': { min: 24, ceiling: 99 },
  'several dozen': { min: 24, ceiling: 99 },
  'tens of thousands': { min: 20_000, ceiling: 999_999 },
  'hundreds of thousands': { min: 200_000, ceiling: 9_999_999 },
  many: { min: 2, ceiling: null },
  numerous: { min: 2, ceiling: null },
};

/** Hedges before a count and how they bound it. */
export type HedgeKind = 'below' | 'approx' | 'atLeast' | 'atMost' | 'more' | 'fewer';
export const HEDGES: Record<string, HedgeKind> = {
  nearly: 'below', almost: 'below', 'just under': 'below', 'close to': 'below',
  about: 'approx', around: 'approx', approximately: 'approx', roughly: 'approx', some: 'approx',
  'an estimated': 'approx', estimated: 'approx', 'as many as': 'atMost', 'up to': 'atMost',
  'at most': 'atMost', 'no more than': 'atMost',
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'a minimum of': 'atLeast', 'a maximum of': 'atMost',
  'more than': 'more', over: 'more', 'upwards of': 'more', 'in excess of': 'more',
  // A toll that "climbed past 60", "topped 100", "exceeds 500".
  past: 'more', topped: 'more', tops: 'more', exceeded: 'more', exceeds: 'more', surpassed: 'more', surpasses: 'more', passed: 'more', passes: 'more',
  'fewer than': 'fewer', 'less than': 'fewer', under: 'fewer',
};

/** Parses "twelve", "twenty-five", "two hundred", "one thousand five hundred", "two dozen"; NaN when not a number. */
export function parseNumberWords(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (parts.length === 0) return NaN;
  let total = 0;
  let current = 0;
  for (const w of parts) {
    if (w in UNITS) current += UNITS[w];
    else if (w in TENS) current += TENS[w];
    else if (w in SCALES) {
      const scale = SCALES[w];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (w === 'dozen') current = (current || 1) * 12; // "two dozen"
    else if (w === 'a') current += 0;
    else return NaN;
  }
  return total + current;
}
