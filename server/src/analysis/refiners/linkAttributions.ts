// Links each figure and date to the attribution that backs it: one in the same sentence (the
// nearest); else the one that closes the quotation the claim sits in ("“... 12 died ...,” she said");
// else the nearest earlier one in the same paragraph (a paragraph keeps its speaker); else none.
// A later sentence's attribution never backs an earlier, unquoted claim, except in a headline: it
// states in short what the story below attributes, so a figure there takes the backer of the first
// same figure below.
import { firstIndex } from '../bisect.ts';
import { openingLines } from '../headline.ts';
import type { Sentence } from '../segment.ts';
import type { AttributionClaim, Claim } from '../model.ts';

/** Between a figure and a source: the count it rejects and whose it is ("..., not 17 as the authorities claim"; not "..., not 17, the union said"). */
const REJECTION_BETWEEN = /,\s*(?:and\s+)?not\s+[^,;]*?\b(?:as|according\s+to|like)\s+[^,;]*$/i;

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

/** The index of the first span starting at or after `offset`, in a list sorted by start. */
const firstAtOrAfter = (list: readonly { start: number }[], offset: number) => firstIndex(list.length, (i) => list[i].start >= offset);

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
    // Candidates are in text order: look around the claim's place instead of at the whole paragraph.
    const after = firstAtOrAfter(candidates, c.start);
    // The nearest in the same sentence: the closest before the claim or the closest after (on a tie, before).
    const previous = after > 0 && candidates[after - 1].sentence === c.sentence ? candidates[after - 1] : null;
    let next = after < candidates.length && candidates[after].sentence === c.sentence ? candidates[after] : null;
    // "19 were killed, not 17 as the authorities claim": the source after the rejected count is that count's, not this one's.
    // The one after it, past a comma, is this one's again: "..., not 17 as the authorities claim, the union said".
    if (next && c.kind === 'figure' && c.rejects !== null && REJECTION_BETWEEN.test(text.slice(c.end, next.start))) {
      const then = candidates[after + 1];
      next = then && then.sentence === c.sentence && !REJECTION_BETWEEN.test(text.slice(c.end, then.start)) ? then : null;
    }
    let best: AttributionClaim | null = previous && next ? (next.start - c.start < c.start - previous.start ? next : previous) : previous ?? next;
    if (!best) {
      let quotes = quotesOf.get(paragraph);
      if (!quotes) {
        const span = spanOf(paragraph);
        quotes = quotations(text, span.start, span.end).sort((a, b) => a.start - b.start);
        quotesOf.set(paragraph, quotes);
      }
      // The innermost quotation around the claim: among the last few that open before it.
      let q: { start: number; end: number } | undefined;
      for (let i = firstAtOrAfter(quotes, c.start + 1) - 1, n = 0; i >= 0 && n < 8 && !q; i--, n++) {
        if (c.end <= quotes[i].end) q = quotes[i];
      }
      if (q) {
        const a = candidates[firstAtOrAfter(candidates, q.end)];
        if (a && a.start - q.end < 80) best = a;
      }
    }
    if (!best && after > 0) best = candidates[after - 1];
    c.attribution = best ? best.id : null;
  }
  backHeadline(text, claims);
  backHighlights(text, claims);
}

/** A section that sums up the text below it: "## Highlights", "Key figures:", "**At a glance**". */
const SUMMARY_HEADING = /(?:^|\n)[ \t#*_]*(?:highlights|key\s+(?:points|figures|facts|messages|findings)|summary|at\s+a\s+glance|in\s+brief|main\s+points)[ \t*_:]*\r?\n/gi;
/** Where such a section ends: the next heading, or a line of prose after a blank line. */
const SECTION_END = /\n[ \t]*\r?\n(?![ \t]*(?:[-*•]|\d+[.)])[ \t])/;

/**
 * A summary's figure ("## Highlights\n- At least 46 civilians killed"), backed by nothing on its line,
 * takes the backer of the first figure after the section with the same outcome and count, as a headline does.
 */
function backHighlights(text: string, claims: Claim[]): void {
  SUMMARY_HEADING.lastIndex = 0;
  for (let m = SUMMARY_HEADING.exec(text); m; m = SUMMARY_HEADING.exec(text)) {
    const from = m.index + m[0].length;
    const rest = SECTION_END.exec(text.slice(from));
    const to = rest ? from + rest.index : text.length;
    for (const c of claims) {
      if (c.start < from || c.kind !== 'figure' || c.attribution !== null) continue;
      if (c.start >= to) break;
      const same = claims.find((o) => o.kind === 'figure' && o.start >= to && o.outcome === c.outcome && o.min === c.min && o.attribution !== null);
      if (same?.kind === 'figure') c.attribution = same.attribution;
    }
    SUMMARY_HEADING.lastIndex = to;
  }
}

/**
 * "Four dead as police clear sit-in", then "... leaving four people dead, the ministry said": a
 * headline's figure that nothing in the headline backs takes the backer of the first figure below
 * with the same outcome and count (its least, as a headline drops a hedge). The headline is a line
 * of the opening block, before the first line of prose: "The Alba Herald\nMonday, March 8\n\nFerry toll rises to 44".
 */
function backHeadline(text: string, claims: Claim[]): void {
  let c = 0;
  for (const line of openingLines(text)) {
    for (; c < claims.length && claims[c].start < line.next; c++) {
      const f = claims[c];
      if (f.kind !== 'figure' || f.attribution !== null || f.start < line.start) continue;
      // A headline drops the hedge: "40 dead" heads "at least 40 people have been killed".
      const same = claims.find((o) => o.kind === 'figure' && o.start >= line.next && o.outcome === f.outcome && o.min === f.min);
      if (same?.kind === 'figure' && same.attribution !== null) f.attribution = same.attribution;
    }
  }
}
