// Re-anchoring a tag after its text changed: by position when the quote is still there, else by the
// quote and its context (the occurrence whose prefix and suffix match best), else fuzzily among the
// document's claims. A tag that cannot be placed is an orphan: kept, reported, never dropped.
import type { Claim } from '../analysis/model.ts';

export const CONTEXT = 32;

export interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export function quoteAt(text: string, start: number, end: number): Quote {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT), start, end };
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Word-level similarity in [0, 1]: shared words over all words. */
function similarity(a: string, b: string): number {
  const wa = a.toLowerCase().split(/\W+/).filter(Boolean);
  const wb = new Set(b.toLowerCase().split(/\W+/).filter(Boolean));
  if (wa.length === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.length + wb.size);
}

export type Placement = { start: number; end: number; how: 'position' | 'quote' | 'fuzzy' } | null;

export function reanchor(text: string, q: Quote, claims: readonly Claim[]): Placement {
  if (text.slice(q.start, q.end) === q.exact) return { start: q.start, end: q.end, how: 'position' };
  let best: { at: number; score: number } | null = null;
  for (let at = text.indexOf(q.exact); at >= 0; at = text.indexOf(q.exact, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - CONTEXT), at), q.prefix) + commonPrefix(text.slice(at + q.exact.length, at + q.exact.length + CONTEXT), q.suffix) - Math.abs(at - q.start) / 1e6;
    if (!best || score > best.score) best = { at, score };
  }
  if (best) return { start: best.at, end: best.at + q.exact.length, how: 'quote' };
  // The quote itself changed ("12" → "14"): the claim whose context reads most like the old one.
  const old = `${q.prefix} ${q.exact} ${q.suffix}`;
  let fuzzy: { c: Claim; score: number } | null = null;
  for (const c of claims) {
    const ctx = `${text.slice(Math.max(0, c.start - CONTEXT), c.start)} ${c.text} ${text.slice(c.end, c.end + CONTEXT)}`;
    const score = similarity(old, ctx);
    if (!fuzzy || score > fuzzy.score) fuzzy = { c, score };
  }
  if (fuzzy && fuzzy.score >= 0.6) return { start: fuzzy.c.start, end: fuzzy.c.end, how: 'fuzzy' };
  return null;
}
