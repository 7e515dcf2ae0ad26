// A day of the month named by its ordinal alone: "The unrest started on the 12th, when students
// marched". The month is the one the text is talking about (see resolveDates.ts). Only after a
// preposition and "the", and only where the ordinal ends its phrase: "the 12th floor", "the 20th
// century", "on the 3rd day" are no dates.
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const ORDINAL_RE = new Pattern(/\b([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)!?]|$))/g);
const BEFORE = /\b(?:on|by|until|till|since|from|before|after)\s+(the\s+)$/i;

export class OrdinalDayExtractor {
  readonly name = 'OrdinalDayExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = ORDINAL_RE.matches(text, starts?.iso);
    for (let m = matches.next(); m; m = matches.next()) {
      const prep = BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
      if (!prep) continue;
      const start = m.index - prep[1].length; // "the 12th"
      out.push({ start, end: m.index + m[0].length, type: 'date', extractor: this.name, spec: { form: 'day', parts: { day: Number(m[1]) } } });
    }
    return out;
  }
}
