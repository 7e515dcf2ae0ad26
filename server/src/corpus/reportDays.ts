// The day a report is dated by, per sentence: a date that opens the sentence ("On January 15 the office
// stated ..."). Other dates in a sentence are the events', not the report's.
import { parseDay } from '../analysis/calendarMath.ts';
import type { Claim } from '../analysis/model.ts';
import type { Sentence } from '../analysis/segment.ts';

const OPENING = /^\s*(?:on|by|as of)?\s*$/i;

export function reportDays(text: string, sentences: Sentence[], claims: Claim[]): Map<number, number> {
  const days = new Map<number, number>();
  for (const c of claims) {
    if (c.kind !== 'date' || c.spec.form === 'time' || days.has(c.sentence)) continue;
    const s = sentences[c.sentence];
    if (!s || !OPENING.test(text.slice(s.start, c.start))) continue;
    const d = parseDay(c.day);
    if (d !== null) days.set(c.sentence, d);
  }
  return days;
}
