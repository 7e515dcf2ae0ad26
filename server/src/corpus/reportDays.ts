// The day a report is dated by, per sentence: a date that opens the sentence ("On January 15 the office
// stated ...", "**Yesterday, 22:10** Officials confirmed ..."). Other dates in a sentence are the events',
// not the report's. A date that opens a paragraph dates the paragraph's other sentences too, as the
// entries of a live blog or a dated list are written.
import { parseDay } from '../analysis/calendarMath.ts';
import type { Claim } from '../analysis/model.ts';
import type { Sentence } from '../analysis/segment.ts';

/** Before an opening date: nothing but "on", "by", "as of", and markdown marks (bold, heading, bullet). */
const OPENING = /^[\s*_#>•–-]*(?:on|by|as of)?\s*$/i;

export function reportDays(text: string, sentences: Sentence[], claims: Claim[]): Map<number, number> {
  const days = new Map<number, number>();
  const opening: number[] = []; // sentences that open their paragraph with a date
  for (const c of claims) {
    if (c.kind !== 'date' || c.spec.form === 'time' || days.has(c.sentence)) continue;
    const s = sentences[c.sentence];
    if (!s || !OPENING.test(text.slice(s.start, c.start))) continue;
    const d = parseDay(c.day);
    if (d === null) continue;
    days.set(c.sentence, d);
    if (c.sentence === 0 || sentences[c.sentence - 1].paragraph !== s.paragraph) opening.push(c.sentence);
  }
  // The date of a paragraph's first sentence carries over its other sentences that open with none.
  for (const first of opening) {
    const d = days.get(first)!;
    const paragraph = sentences[first].paragraph;
    for (let i = first + 1; i < sentences.length && sentences[i].paragraph === paragraph; i++) {
      if (!days.has(i)) days.set(i, d);
    }
  }
  return days;
}
