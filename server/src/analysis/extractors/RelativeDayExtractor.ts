// Days named relative to another: "today", "yesterday", "this morning", "the following day", "the same
// day", "two days later", "three days ago", "a week ago", "the day before yesterday".
// "today" and "ago" count from the document's date; "the following day" from the last day the text spoke of.
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const RELATIVE_RE = new Pattern(/\b(?:the\s+day\s+(before\s+yesterday|after\s+tomorrow)|the\s+(following|next|previous|same)\s+day|the\s+day\s+(before|after)|(today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))|(two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(later|earlier)|(two|three|four|five|six|seven|eight|nine|ten|a|one)\s+(days?|weeks?)\s+ago)\b(?!(?<=\b(?:today|tonight))['’]s\b)/gi);
/** What the pattern can start with (see starts.ts). */
export const RELATIVE_STARTS = ['the', 'today', 'yesterday', 'tomorrow', 'tonight', 'this', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'one'];

const OFFSETS: Record<string, number> = {
  following: 1, next: 1, previous: -1, same: 0, before: -1, after: 1, today: 0, yesterday: -1, tomorrow: 1, tonight: 0,
};
/** A day restated right after: ", on Thursday", ", on 8 October". */
const RESTATED_AFTER = /^,?\s+on\s+(?:\d|[A-Z])/;
const DAYS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * "Today" capitalised after a word of its own clause ("Varnia Today reported", "the Today programme"),
 * on a line of running text: a title-case headline ("Talks Resume Today") capitalises every word.
 */
function isNameWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90) return false;
  const before = /(\S)\s*$/.exec(text.slice(Math.max(0, at - 3), at));
  if (!before || !/[\p{L}\d,]/u.test(before[1])) return false;
  // Its line, at most 200 characters either side (a text without line breaks is one long line).
  const from = Math.max(0, at - 200);
  const to = Math.min(text.length, at + 200);
  const window = text.slice(from, to);
  const lineStart = window.lastIndexOf('\n', at - from) + 1;
  const lineEnd = window.indexOf('\n', at - from);
  const words = window.slice(lineStart, lineEnd < 0 ? window.length : lineEnd).match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => w[0] !== w[0].toLowerCase()).length;
  return capitalised < words.length * 0.6;
}

export class RelativeDayExtractor {
  readonly name = 'RelativeDayExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = RELATIVE_RE.matches(text, starts?.relative);
    for (let m = matches.next(); m; m = matches.next()) {
      // "two days later" counts from the last day the text spoke of; "this morning" is the document's day.
      if (m[1]) {
        // "the day before yesterday", "the day after tomorrow": two days from the document's date.
        out.push({ start: m.index, end: m.index + m[0].length, type: 'relative', extractor: this.name, spec: { form: 'relative', offset: m[1].toLowerCase().startsWith('before') ? -2 : 2, anchor: 'reference' } });
        continue;
      }
      if (m[7]) {
        // "two days ago", "a week ago": counted back from the document's date.
        const n = DAYS[m[7].toLowerCase()] ?? 1;
        const unit = m[8].toLowerCase().startsWith('week') ? 7 : 1;
        if ((n === 1) !== !m[8].toLowerCase().endsWith('s')) continue; // "a days ago", "two week ago"
        out.push({ start: m.index, end: m.index + m[0].length, type: 'relative', extractor: this.name, spec: { form: 'relative', offset: -n * unit, anchor: 'reference' } });
        continue;
      }
      // "the newspaper Varnia Today", "the Today programme": capitalised inside running text, a name.
      if (m[4] && isNameWord(text, m.index)) continue;
      const word = (m[2] ?? m[3] ?? m[4] ?? m[5]).toLowerCase();
      const offset = m[5] ? DAYS[word] * (m[6].toLowerCase() === 'later' ? 1 : -1) : word.startsWith('this') ? 0 : OFFSETS[word];
      const fromReference = m[4] !== undefined;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      // "the day before the vote" counts from the vote, which we do not know.
      if (m[3] && /^\s+(?:the|a|an|his|her|their)\b/i.test(after)) continue;
      // "two days later, on Thursday": the day is restated; the relative words name nothing more.
      if (!fromReference && RESTATED_AFTER.test(after)) continue;
      out.push({
        start: m.index, end: m.index + m[0].length, type: 'relative', extractor: this.name,
        spec: { form: 'relative', offset, anchor: fromReference ? 'reference' : 'previous' },
      });
    }
    return out;
  }
}
