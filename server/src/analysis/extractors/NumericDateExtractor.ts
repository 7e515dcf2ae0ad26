// Dates written in figures with a four-digit year, as forms, reports and press releases do:
// "15.08.2026" (day first), "15/08/2026" or "8/15/2026". With slashes the order is a convention of
// the writer's country, so only a date that can be read one way is taken: one of the first two
// numbers above 12, or both the same. "07/02/2026" (7 February or 2 July) is left out.
import { isValidDay } from '../calendarMath.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const NUMERIC_RE = new Pattern(/\b(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d\d)\b(?![/.-]?\d)/g);

export class NumericDateExtractor {
  readonly name = 'NumericDateExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = NUMERIC_RE.matches(text, starts?.iso);
    for (let m = matches.next(); m; m = matches.next()) {
      if (m.index > 0 && /[\d./-]/.test(text[m.index - 1])) continue; // part of a longer number
      const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
      let day: number;
      let month: number;
      if (m[2] === '.' || (a > 12 && b <= 12) || a === b) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [day, month] = [b, a];
      else continue; // either order would do
      if (!isValidDay(year, month, day)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'date', extractor: this.name, spec: { form: 'day', parts: { year, month, day } } });
    }
    return out;
  }
}
