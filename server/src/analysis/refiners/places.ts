// Counts of one place. "14 people died in the capital" beside "120 people have died across the
// country" is a part of the toll, not a rival figure; so are the counts of two places of one text
// ("30 were killed in Besk ... 12 in Lorn"). A text that gives a single place's count, and no larger
// one, may be a story about that place: its count stays a toll.
import type { FigureClaim } from '../model.ts';

/**
 * Marks as 'partial' the totals of a document that its sentences confine to a place (`places[i]` for
 * `figures[i]`, null when none), when the document also counts that outcome in another place, or gives
 * a larger count of it with no place.
 */
export function confineToPlaces(figures: FigureClaim[], places: (string | null)[]): void {
  const byOutcome = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (f.scope !== 'total') return;
    let list = byOutcome.get(f.outcome);
    if (!list) byOutcome.set(f.outcome, (list = []));
    list.push(i);
  });
  for (const list of byOutcome.values()) {
    const placed = list.filter((i) => places[i] !== null);
    if (placed.length === 0) continue;
    const distinct = new Set(placed.map((i) => places[i]));
    const unplacedMax = Math.max(-Infinity, ...list.filter((i) => places[i] === null).map((i) => figures[i].min));
    for (const i of placed) {
      if (distinct.size > 1 || unplacedMax > (figures[i].max ?? figures[i].min)) figures[i].scope = 'partial';
    }
  }
}
