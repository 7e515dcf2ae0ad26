// Calendar dates anchored on a month name: "January 5", "Jan. 1", "5 January", "11 January 2022",
// "Wednesday, Jan. 5, 2022", "January 4 and 6" (one range), "the night of January 5 to 6", and
// month-only dates: "until Jan.", "May 2019", "the January events".
import { AMBIGUOUS_MONTHS, looksForward, MONTH_WORDS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAY_WORDS, WEEKDAYS } from '../lexicon/calendar.ts';
import { alternation } from '../lexicon/pattern.ts';
import type { DateSpec, DayParts } from '../model.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

/** A relative clause opened before the date, not closed yet: ", who was re-elected on", ", which was founded on". */
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:who|which|whose)\b[^,;.()“”"]{0,60}$/;
/** A past perfect in the date's clause: "the government had raised fuel prices on", a time before the story's. */
const PAST_PERFECT_BEFORE = /\bhad\s+(?:(?:already|first|previously|earlier|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ught|id)\b[^,;.()“”"]{0,50}$/;
const MONTH = alternation(MONTH_WORDS);
const MONTH_RE = new Pattern(new RegExp(`\\b(${MONTH})\\b(\\.)?`, 'g'));
/** What the pattern can start with (see starts.ts). */
export const DAY_DATE_STARTS = MONTH_WORDS;
const ORD = '(?:st|nd|rd|th)?';
// Not a day when followed by a time, a decimal, a thousands group or a percent.
const NOT_DAY_TAIL = `(?!\\s*(?::\\d|[.,]\\d|%|a\\.m|p\\.m|am\\b|pm\\b))`;
const DAY_AFTER = new RegExp(`^\\s+(\\d{1,2})${ORD}\\b${NOT_DAY_TAIL}`);
const RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|and|to|through|until)\\s*(?:(${MONTH})\\.?\\s+)?(\\d{1,2})${ORD}\\b${NOT_DAY_TAIL}`);
const YEAR_AFTER = /^,?\s+((?:19|20)\d\d)\b(?![.,]?\d)/;
/** The day before a month, or two days ("5-6 March", "the night of 5/6 March"). */
const DAY_BEFORE = new RegExp(`(?:^|[^\\d.,:/])(\\d{1,2})${ORD}(?:\\s*(?:-|–|and|to|/)\\s*(\\d{1,2})${ORD})?\\s+(?:of\\s+)?$`);
/** A weekday before the date, in full or short ("Sat 3 May", "Tues., May 6", "Monday (Jan 3)"; not a title such as "The Sun, 3 May"). */
const WEEKDAY_BEFORE = new RegExp(`(?<!\\bThe\\s)\\b(${alternation([...WEEKDAY_WORDS, ...Object.keys(WEEKDAY_ABBREVIATIONS)])})(?:(?<=[a-z])\\.)?(?:,?\\s+|\\s*(\\())$`);
/** The bracket that closes "Monday (Jan 3)". */
const CLOSING_BRACKET = /^\s*\)/;
/** A clause that looks back before the story: "Last summer, on July 4", "three months ago, on 2 June", "warned as early as March 2". */
const PAST_CLAUSE = /\b(?:last\s+(?:summer|spring|autumn|fall|winter)|the\s+previous\s+(?:summer|spring|autumn|fall|winter)|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+months\s+(?:ago|earlier)|earlier\s+(?:this|that)\s+year|last\s+year['’]s|a\s+year\s+ago|as\s+(?:early|far\s+back|long\s+ago)\s+as)\b[^.;!?]{0,40}$/i;
/** "January 4 last year": a year named relative to the document's. */
const RELATIVE_YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;
const RELATIVE_YEAR: Record<string, number> = { last: -1, this: 0, next: 1 };
/** A year that opens the sentence of the date, and so sets its events: "In 2019, similar protests began on". */
/** A year that a "when" clause about it follows: "the bread riots of 2027, when protests began on 11 June". */
const WHEN_YEAR_BEFORE = /\b((?:19|20)\d\d)\b(?![-–/]\d)[^.;!?\n\d]{0,40}?,?\s+(?:when|in\s+which|during\s+which)\b[^.;!?\n]{0,60}$/;
const IN_YEAR_BEFORE = /(?:^|[.!?]["”’]?\s+|\n[\s*#>-]*)(?:In|During|Back\s+in)\s+((?:19|20)\d\d)\b(?![-–/]\d)[^.;!?\n]*$/;
const MONTH_PREPOSITION = /\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|next|this|during|before|after|the|end of)[\s-]+$/i;

/** "will March 14 kilometres": the verb and a distance, not a day. */
const DISTANCE_AFTER = /^\s+\d{1,2}\s+(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|blocks)\b/i;

const validDay = (d: number) => d >= 1 && d <= 31;

/** How long a line may be and still be a heading for the date on it. */
const HEADER_LINE = 64;
/** The date sits on a short line of its own (a heading, a timestamp line); looked up a bounded way each side. */
function headerLine(text: string, start: number, end: number): { from: number; to: number } | null {
  let from = start;
  for (; from > 0 && text.charCodeAt(from - 1) !== 10; from--) if (start - from >= HEADER_LINE) return null;
  let to = end;
  for (; to < text.length && text.charCodeAt(to) !== 10; to++) if (to - from >= HEADER_LINE) return null;
  return { from, to };
}
/** Around a date that is its line's only words: markup, and an update's word ("**Tuesday 14 October**", "Updated: 14 Oct"). */
const LINE_BEFORE_DATE = /^[\s*_#>•|–—-]*(?:(?:last\s+)?updated?:?\s+|as\s+of\s+)?$/i;
const LINE_AFTER_DATE = /^[\s*_#|:–—-]*$/;
/** A number that ends its line, or a blank line: no date runs across it. */
const LINE_END_BETWEEN = /\d(?:st|nd|rd|th)?[ \t]*\r?\n|\n[ \t]*\r?\n/;
const BLANK_LINE = /\n[ \t]*\r?\n/;

export class DayDateExtractor {
  readonly name = 'DayDateExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = MONTH_RE.matches(text, starts?.month);
    for (let m = matches.next(); m; m = matches.next()) {
      const word = m[1].toLowerCase();
      const month = MONTHS[word];
      const abbreviated = word.length <= 4 && word !== 'may' && word !== 'june' && word !== 'july';
      let end = m.index + m[1].length + (m[2] && abbreviated ? 1 : 0);
      const behind = text.slice(Math.max(0, m.index - 24), m.index);
      const ahead = text.slice(end, end + 40);
      let start = m.index;

      // A day and its month on two lines are no date when a line ends with the number ("... rises to 14\nMarch 3").
      let dayFirst = DAY_BEFORE.exec(behind);
      if (dayFirst && LINE_END_BETWEEN.test(behind.slice(dayFirst.index))) dayFirst = null;
      let dayAfter = dayFirst ? null : DAY_AFTER.exec(ahead);
      if (dayAfter && BLANK_LINE.test(dayAfter[0])) dayAfter = null;
      if (dayAfter && AMBIGUOUS_MONTHS.has(word) && DISTANCE_AFTER.test(ahead)) continue;
      if (dayFirst || dayAfter) {
        let parts: DayParts;
        let endParts: DayParts | undefined;
        if (dayFirst) {
          const d1 = Number(dayFirst[1]);
          const d2 = dayFirst[2] ? Number(dayFirst[2]) : undefined;
          // Two days of one month run forward: "5-6 March", "5/6 March" (not "24/7").
          if (!validDay(d1) || (d2 !== undefined && (!validDay(d2) || d2 <= d1))) continue;
          start = m.index - behind.length + behind.indexOf(dayFirst[1], dayFirst.index);
          parts = { month, day: d1 };
          if (d2 !== undefined) endParts = { month, day: d2 };
        } else {
          const d = Number(dayAfter![1]);
          if (!validDay(d)) continue;
          parts = { month, day: d };
          end += dayAfter![0].length;
          const range = RANGE_AFTER.exec(text.slice(end, end + 30));
          // "January 5 and January 6" are two dates; "between January 5 and January 6" is a range.
          const twoDates = range && range[1] && /^\s*and/.test(range[0]) && !/\bbetween\s+$/i.test(behind);
          if (range && !twoDates && validDay(Number(range[2]))) {
            endParts = { month: range[1] ? MONTHS[range[1].toLowerCase()] : month, day: Number(range[2]) };
            end += range[0].length;
          }
        }
        const year = YEAR_AFTER.exec(text.slice(end, end + 12));
        if (year) {
          parts.year = Number(year[1]);
          if (endParts) endParts.year = parts.year;
          end += year[0].length;
        }
        let weekday: number | undefined;
        let wd = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
        // "on Monday (Jan 3)": the weekday and the date it is, with the bracket.
        const bracket = wd?.[2] !== undefined ? CLOSING_BRACKET.exec(text.slice(end, end + 4)) : null;
        if (wd?.[2] !== undefined && !bracket) wd = null;
        if (bracket) end += bracket[0].length;
        if (wd) {
          weekday = WEEKDAYS[wd[1].toLowerCase()] ?? WEEKDAY_ABBREVIATIONS[wd[1]];
          start -= wd[0].length;
        }
        const spec: DateSpec = { form: 'day', parts, weekday, end: endParts };
        const line = headerLine(text, start, end);
        if (line) {
          spec.header = true;
          if (LINE_BEFORE_DATE.test(text.slice(line.from, start)) && LINE_AFTER_DATE.test(text.slice(end, line.to))) spec.dateLine = true;
        }
        if (parts.year === undefined) {
          const relative = RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 16));
          if (relative) spec.yearOffset = RELATIVE_YEAR[relative[1].toLowerCase()];
          // "In 2019, similar protests began on November 16": the sentence opens with its year.
          const opening = text.slice(Math.max(0, start - 80), start);
          const inYear = (opening.includes('In ') || opening.includes('During ') || opening.includes('in 19') || opening.includes('in 20') ? IN_YEAR_BEFORE.exec(opening) : null)
            ?? (opening.includes('when') || opening.includes('which') ? WHEN_YEAR_BEFORE.exec(opening) : null);
          if (inYear && !relative) {
            parts.year = Number(inYear[1]);
            if (endParts) endParts.year = parts.year;
            spec.sentenceYear = true;
          }
          const clause = opening.slice(-64);
          if (RELATIVE_CLAUSE_BEFORE.test(clause) || (clause.includes('had ') && PAST_PERFECT_BEFORE.test(clause))) spec.background = true;
          if (looksForward(clause)) spec.future = true;
          else if ((clause.includes('ast') || clause.includes('revious') || clause.includes('onths') || clause.includes('arlier') || clause.includes(' as ')) && PAST_CLAUSE.test(clause)) spec.past = true;
        }
        out.push({ start, end, type: endParts ? 'range' : 'date', extractor: this.name, spec });
        matches.skipTo(end);
        continue;
      }

      const year = YEAR_AFTER.exec(ahead);
      if (year) {
        end += year[0].length;
      } else if (AMBIGUOUS_MONTHS.has(word)) {
        // "May", "March", "Jan" alone are words or names unless a preposition introduces them.
        if (!MONTH_PREPOSITION.test(behind)) continue;
        if (abbreviated && !m[2]) continue;
      }
      out.push({
        start, end, type: 'month', extractor: this.name,
        spec: { form: 'month', parts: { month, year: year ? Number(year[1]) : undefined } },
      });
    }
    return out;
  }
}
