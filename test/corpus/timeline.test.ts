import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { parseDay } from '../../server/src/analysis/calendarMath.ts';
import type { DateClaim } from '../../server/src/analysis/model.ts';
import { OUTLIER_DAYS, Timeline, type SimilarDays } from '../../server/src/corpus/timeline.ts';

const MONTHS = ['January', 'February', 'March', 'June', 'December'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** What sameDayOfMonth must answer, computed the slow way from the documents themselves. */
function reference(docs: Map<string, DateClaim[]>, median: number, day: number, dom: number, limit: number): SimilarDays {
  const byDay = new Map<number, Map<string, DateClaim[]>>();
  for (const [doc, claims] of docs) {
    for (const c of claims) {
      const d = parseDay(c.day)!;
      const perDoc = byDay.get(d) ?? new Map<string, DateClaim[]>();
      byDay.set(d, perDoc);
      perDoc.set(doc, [...(perDoc.get(doc) ?? []), c]);
    }
  }
  const out: SimilarDays = { first: [], docs: 0, day: null };
  const seen = new Set<string>();
  for (const [d, perDoc] of [...byDay].sort((a, b) => a[0] - b[0])) {
    if (d === day || Math.abs(d - median) > OUTLIER_DAYS || new Date(d * 86_400_000).getUTCDate() !== dom) continue;
    out.day ??= d;
    for (const [doc, claims] of perDoc) {
      seen.add(doc);
      for (const claim of claims) if (out.first.length < limit) out.first.push({ doc, claim });
    }
  }
  out.docs = seen.size;
  return out;
}

describe('timeline', () => {
  it('answers "same day of another month" like a full scan, through adds, edits and removals', () => {
    const next = random(7);
    const timeline = new Timeline();
    const docs = new Map<string, DateClaim[]>();
    let checked = 0;
    for (let step = 0; step < 300; step++) {
      const key = `d${Math.floor(next() * 12)}.txt`;
      if (next() < 0.2) {
        timeline.remove(key);
        docs.delete(key);
      } else {
        const sentences = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
          const month = MONTHS[Math.floor(next() * (next() < 0.8 ? 2 : MONTHS.length))];
          return `Crowds gathered on ${month} ${1 + Math.floor(next() * 8)}.`;
        });
        const claims = analyze(`Report\n\n10 January 2022\n\n${sentences.join(' ')}`).claims.filter(
          (c): c is DateClaim => c.kind === 'date' && parseDay(c.day) !== null,
        );
        timeline.remove(key);
        timeline.add(key, claims);
        // A re-added document comes last among its day's documents, as in the timeline.
        docs.delete(key);
        docs.set(key, claims);
      }
      const { median } = timeline.stats();
      if (median === null) continue;
      for (const claims of docs.values()) {
        for (const c of claims) {
          const day = parseDay(c.day)!;
          const dom = new Date(day * 86_400_000).getUTCDate();
          const limit = 1 + (step % 5);
          assert.deepEqual(timeline.sameDayOfMonth(day, dom, limit), reference(docs, median, day, dom, limit), `step ${step}, ${c.day}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 1000, `compared ${checked} answers`);
  });
});
