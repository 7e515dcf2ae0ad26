// Links each figure and date to the attribution that backs it: one in the same sentence
// (the nearest), else one in the same paragraph (the nearest before it, else after it), else none.
import type { Sentence } from '../segment.ts';
import type { AttributionClaim, Claim } from '../model.ts';

export function linkAttributions(claims: Claim[], sentences: Sentence[]): void {
  const attributions = claims.filter((c): c is AttributionClaim => c.kind === 'attribution');
  if (attributions.length === 0) {
    for (const c of claims) if (c.kind !== 'attribution') c.attribution = null;
    return;
  }
  const paragraphOf = (c: Claim) => sentences[c.sentence]?.paragraph ?? -1;
  for (const c of claims) {
    if (c.kind === 'attribution') continue;
    let best: AttributionClaim | null = null;
    let bestScore = Infinity;
    for (const a of attributions) {
      const sameSentence = a.sentence === c.sentence;
      const sameParagraph = paragraphOf(a) === paragraphOf(c);
      if (!sameSentence && !sameParagraph) continue;
      const distance = Math.abs(a.start - c.start);
      const score = (sameSentence ? 0 : 1_000_000) + (a.start > c.start && !sameSentence ? 500_000 : 0) + distance;
      if (score < bestScore) {
        bestScore = score;
        best = a;
      }
    }
    c.attribution = best ? best.id : null;
  }
}
