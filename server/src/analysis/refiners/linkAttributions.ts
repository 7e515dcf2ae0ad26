// Links each figure and date to the attribution that backs it: one in the same sentence (the
// nearest); else the one that closes the quotation the claim sits in ("“... 12 died ...,” she said");
// else the nearest earlier one in the same paragraph (a paragraph keeps its speaker); else none.
// A later sentence's attribution never backs an earlier, unquoted claim.
import type { Sentence } from '../segment.ts';
import type { AttributionClaim, Claim } from '../model.ts';

/** Spans of quotations: “…”, and "…" pairs within a paragraph. */
function quotations(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open = -1;
  let straight = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') open = i;
    else if (c === '”' && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  return out;
}

export function linkAttributions(text: string, claims: Claim[], sentences: Sentence[]): void {
  const byParagraph = new Map<number, AttributionClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'attribution') continue;
    const p = sentences[c.sentence]?.paragraph ?? -1;
    const list = byParagraph.get(p) ?? [];
    list.push(c);
    byParagraph.set(p, list);
  }
  const quotesOf = new Map<number, { start: number; end: number }[]>();
  // Each paragraph's span, from its first sentence's start to its last's end (built once).
  let spans: Map<number, { start: number; end: number }> | null = null;
  const spanOf = (paragraph: number) => {
    if (!spans) {
      spans = new Map();
      for (const s of sentences) {
        const span = spans.get(s.paragraph);
        if (span) span.end = s.end;
        else spans.set(s.paragraph, { start: s.start, end: s.end });
      }
    }
    return spans.get(paragraph)!;
  };
  for (const c of claims) {
    if (c.kind === 'attribution') continue;
    c.attribution = null;
    const paragraph = sentences[c.sentence]?.paragraph ?? -1;
    const candidates = byParagraph.get(paragraph);
    if (!candidates) continue;
    let best: AttributionClaim | null = null;
    for (const a of candidates) {
      if (a.sentence === c.sentence && (!best || best.sentence !== c.sentence || Math.abs(a.start - c.start) < Math.abs(best.start - c.start))) best = a;
    }
    if (!best) {
      let quotes = quotesOf.get(paragraph);
      if (!quotes) {
        const span = spanOf(paragraph);
        quotes = quotations(text, span.start, span.end);
        quotesOf.set(paragraph, quotes);
      }
      const q = quotes.find((x) => x.start <= c.start && c.end <= x.end);
      if (q) best = candidates.find((a) => a.start >= q.end && a.start - q.end < 80) ?? null;
    }
    if (!best) {
      for (const a of candidates) if (a.start < c.start) best = a;
    }
    c.attribution = best ? best.id : null;
  }
}
