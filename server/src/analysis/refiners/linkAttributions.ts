// Links each figure and date to the attribution that backs it: one in the same sentence
// (the nearest), else one in the same paragraph (the nearest before it, else after it), else none.
import type { Sentence } from '../segment.ts';
import type { AttributionClaim, Claim } from '../model.ts';

export function linkAttributions(claims: Claim[], sentences: Sentence[]): void {
  const byParagraph = new Map<number, AttributionClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'attribution') continue;
    const p = sentences[c.sentence]?.paragraph ?? -1;
    const list = byParagraph.get(p) ?? [];
    list.push(c);
    byParagraph.set(p, list);
  }
  for (const c of claims) {
    if (c.kind === 'attribution') continue;
    const candidates = byParagraph.get(sentences[c.sentence]?.paragraph ?? -1) ?? [];
    let best: AttributionClaim | null = null;
    let bestScore = Infinity;
    for (const a of candidates) {
      const sameSentence = a.sentence === c.sentence;
      const score = (sameSentence ? 0 : 1_000_000) + (a.start > c.start && !sameSentence ? 500_000 : 0) + Math.abs(a.start - c.start);
      if (score < bestScore) {
        bestScore = score;
        best = a;
      }
    }
    c.attribution = best ? best.id : null;
  }
}
