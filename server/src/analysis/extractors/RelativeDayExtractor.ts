// Days named relative to another: "today", "yesterday", "the following day", "the same day".
// "today" counts from the document's date; "the following day" from the last day the text spoke of.
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const RELATIVE_RE = new Pattern(/\b(?:the\s+(following|next|previous|same)\s+day|the\s+day\s+(before|after)|(today|yesterday|tomorrow))\b(?!['’]s\b)/gi);
/** What the pattern can start with (see starts.ts). */
export const RELATIVE_STARTS = ['the', 'today', 'yesterday', 'tomorrow'];

const OFFSETS: Record<string, number> = {
  following: 1, next: 1, previous: -1, same: 0, before: -1, after: 1, today: 0, yesterday: -1, tomorrow: 1,
};

export class RelativeDayExtractor {
  readonly name = 'RelativeDayExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = RELATIVE_RE.matches(text, starts?.relative);
    for (let m = matches.next(); m; m = matches.next()) {
      const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      const fromReference = m[3] !== undefined;
      // "the day before the vote" counts from the vote, which we do not know.
      if (m[2] && /^\s+(?:the|a|an|his|her|their)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      out.push({
        start: m.index, end: m.index + m[0].length, type: 'relative', extractor: this.name,
        spec: { form: 'relative', offset: OFFSETS[word], anchor: fromReference ? 'reference' : 'previous' },
      });
    }
    return out;
  }
}
