// Nights run over midnight: "overnight on Tuesday", "the night of March 4", "Tuesday night" reach into
// the next day, and "at midnight on Wednesday" is also the end of Tuesday. Such a date keeps its value,
// but the fact it dates allows the neighbouring day too, so that "a truce came into force overnight on
// Tuesday" and "a ceasefire took effect at midnight on Wednesday" agree.
import type { DateClaim } from '../model.ts';

const NIGHT_BEFORE = /\b(?:overnight\s+(?:on\s+|into\s+)?|(?:the\s+)?night\s+of\s+|(?:late\s+)?on\s+the\s+night\s+of\s+)$/i;
const NIGHT_AFTER = /^\s+(?:night|evening\s+into)\b/i;
const MIDNIGHT = /^(?:midnight|12\s*(?::\s*00\s*)?a\.?m\.?)$/i;

export function markNights(text: string, dates: DateClaim[]): void {
  for (const d of dates) {
    d.reach = null;
    if (d.spec.form === 'time') {
      if (MIDNIGHT.test(d.text)) d.reach = 'previous';
      continue;
    }
    if (d.type !== 'date' && d.type !== 'weekday') continue;
    if (NIGHT_BEFORE.test(text.slice(Math.max(0, d.start - 32), d.start)) || NIGHT_AFTER.test(text.slice(d.end, d.end + 16))) d.reach = 'next';
  }
}
