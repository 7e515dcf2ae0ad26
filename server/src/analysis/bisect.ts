// Binary search over a list in text order: look around a place instead of at every item, so that
// per-sentence and per-paragraph steps stay linear on huge sentences and paragraphs.

/** The first index in [0, n) for which `atOrAfter` holds (it must hold from some index on), or n. */
export function firstIndex(n: number, atOrAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
