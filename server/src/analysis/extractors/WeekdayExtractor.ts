// Weekdays standing alone: "on Thursday", "Since Sunday", "next Monday". The day is found later,
// from the document's date: news is written in the past tense, so "on Monday" is the last Monday.
import { WEEKDAY_WORDS, WEEKDAYS } from '../lexicon/calendar.ts';
import { alternation } from '../lexicon/pattern.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const WEEKDAY_RE = new Pattern(new RegExp(`\\b(${alternation(WEEKDAY_WORDS)})\\b(?!s\\b|['’]s\\b)`, 'g'));
/** What the pattern can start with (see starts.ts). */
export const WEEKDAY_STARTS = WEEKDAY_WORDS;
const FUTURE_BEFORE = /\b(?:next|coming|this coming|until|by)\s+$/i;
/** The future in the same clause: "talks will resume on Monday", "schools are due to reopen on Friday". */
const FUTURE_CLAUSE = /\b(?:will|would|shall|(?:is|are) due to|(?:is|are) expected to|(?:is|are) scheduled to)\b[^.,;:!?“”"]{0,40}$/i;

export class WeekdayExtractor {
  readonly name = 'WeekdayExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = WEEKDAY_RE.matches(text, starts?.weekday);
    for (let m = matches.next(); m; m = matches.next()) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      out.push({
        start: m.index, end: m.index + m[1].length, type: 'weekday', extractor: this.name,
        spec: { form: 'weekday', weekday: WEEKDAYS[m[1].toLowerCase()], direction: FUTURE_BEFORE.test(before) || FUTURE_CLAUSE.test(text.slice(Math.max(0, m.index - 64), m.index)) ? 'future' : 'past' },
      });
    }
    return out;
  }
}
