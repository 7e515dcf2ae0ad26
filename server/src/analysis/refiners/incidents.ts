// One incident's toll beside a larger toll of the whole: "The October 20 strike on the market killed 27
// civilians. ... Since the offensive began, at least 90 civilians have died." The story tells of one
// incident within a longer conflict: its incident's count is part of the toll, not another value of it.
import type { FigureClaim } from '../model.ts';

/**
 * Marks as 'partial' the totals of a document tied to its own incident (`incident[i]` for
 * `figures[i]`) when the document also gives a larger total of that outcome and group that is tied
 * to no incident.
 */
export function confineToIncident(figures: FigureClaim[], incident: boolean[]): void {
  const untied = new Map<string, number>(); // outcome and group → the largest count tied to no incident
  figures.forEach((f, i) => {
    if (f.scope !== 'total' || incident[i]) return;
    const key = `${f.outcome}/${f.group}`;
    untied.set(key, Math.max(untied.get(key) ?? -Infinity, f.min));
  });
  if (untied.size === 0) return;
  figures.forEach((f, i) => {
    if (f.scope !== 'total' || !incident[i]) return;
    const larger = untied.get(`${f.outcome}/${f.group}`);
    if (larger !== undefined && larger > (f.max ?? f.min)) f.scope = 'partial';
  });
}
