// Dates written the ISO way, as reports and spreadsheets do: "2024-03-20". Only real days of the
// years 1900–2099; a longer run of digits and dashes ("2024-03-20-7", a reference number) is not one.
import { isValidDay } from '../calendarMath.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

/** (A timestamp's date too, before its time: "2032-03-12T10:42:00Z".) */
const ISO_RE = new Pattern(/\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:(?=T\d\d:\d\d)|\b(?![-/.]?\d))/g);

export class IsoDateExtractor {
  readonly name = 'IsoDateExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = ISO_RE.matches(text, starts?.iso);
    for (let m = matches.next(); m; m = matches.next()) {
      if (m.index > 0 && /[\d-]/.test(text[m.index - 1])) continue;
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!isValidDay(year, month, day)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'date', extractor: this.name, spec: { form: 'day', parts: { year, month, day } } });
    }
    return out;
  }
}
