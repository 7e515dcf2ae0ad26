// The document's own date: a date standing alone on a line near the top ("11 January 2022"),
// a dateline ("GENEVA (11 January 2022) –", "(Berlin, May 20, 2026) –", wire style "KYIV, March 14, 2024 (Reuters) -", "New Delhi, Oct 3 (PTI)",
// "*Kastel, 20 October 2025* —" near the top), a
// first line or a byline that ends with it ("# Situation report, 16 March 2024", "Statement on the sinking (16 August 2041)", "By Mira Sol, 17
// October 2025", "Civic Watch report, published 16 October 2024", "Published by Open Record, 30 March 2026"), or "Published 5 May 2023", "Issued: 14 October 2026, 18:00", "Mon 16 Nov 2026 07.40 GMT",
// "Updated 3:45 PM EST, Thu January 6, 2022", "January 6, 2022 / 10:15 AM / Updated 2 hours ago", "Posted on 3 May 2031 by admin";
// failing those, a footer's labelled line ("Published on 10 March 2032."). Never a date in the body.
import { dayNumber, formatDay, isValidDay } from '../calendarMath.ts';
import { ISSUED_KINDS } from '../extractors/IssuerExtractor.ts';
import type { RawDate } from '../extractors/types.ts';
import { alternation } from '../lexicon/pattern.ts';

const HEAD_CHARS = 3000;
const LABEL_BEFORE = /(?:^|\n)[ \t]*(?:(?:published|posted|updated|last updated|date|dated|first published|issued|released|as of)(?:\s+on)?:?[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:[A-Z]{2,4}[ \t]*)?,?[ \t]*)?)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]+)?$/i;
/** The end of a title or byline line: nothing, or a time ("4 March 2026, 10:00", "at 9.30 GMT", "9:15 pm IST", an ISO timestamp's "T10:42:00Z"). */
const TITLE_LINE_AFTER = /^(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?[ \t]*(?:(?:,|at)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*(?:[A-Z]{2,4}|local\s+time))?[ \t]*)?(?:\r?\n|$)/i;
/** A publishing label's date, then who posted it: "Posted on 3 May 2031 by admin". */
/** After a title's date, a dash and the name of its maker, closing the line. */
const MAKER_AFTER = /^[ \t]+[–—|][ \t]*\p{Lu}[^\n.,;:]{1,60}?[ \t*_]*(?:\r?\n|$)/u;
const BY_AFTER = /^[ \t]*(?:,[ \t]*)?by[ \t]+[^\n.]{1,60}(?:\r?\n|$)/i;
const PUBLISHED_LABEL = /(?:^|\n)[ \t]*(?:published|posted|updated|last updated|first published|issued|released)\b/i;
/** After a date line's date, a separator and a time or an update note: "January 6, 2022 / 10:15 AM / Updated 2 hours ago". */
const META_AFTER = /^[ \t]*[/|·•][ \t]*(?:\d{1,2}[:.]\d{2}|updated|last|\d+\s+min|[A-Z]{2,4}\b)[^\n]{0,80}(?:\r?\n|$)/i;
const DATELINE_AFTER = /^\s*\)\s*[–—-]/;
/** "(11 January 2022) –", and with the place first: "(Berlin, May 20, 2026) –". */
const DATELINE_BEFORE = /\((?:\s*\p{Lu}[\p{L}\p{M} .'’-]{0,30},)?\s*$/u;
/** A wire dateline: a place in capitals opening a line ("KYIV,", "SAN JOSE, Costa Rica,"), the date, a dash. */
const WIRE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,[ \t]+\p{Lu}[\p{L}\p{M} .'’-]*)?,[ \t]*$/u;
const WIRE_AFTER = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[–—-]/;
/** A news agency's dateline, dash or not, its place in any case: "New Delhi, Oct 3 (PTI) At least five ...". */
const AGENCY_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}\p{M} .'’-]{0,40}(?:,[ \t]+\p{Lu}[\p{L}\p{M} .'’-]{0,40})?,[ \t]*$/u;
/** How far into the text a dateline may open with a place not in capitals. */
const PLACE_DATELINE_CHARS = 600;
/** A place opening a line, every word capitalised ("Kastel,", "Port Valmora, Estria,"; not "He said,"). */
const PLACE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}`;
/** Nothing before the date on its line but marks: "**Feb. 21, 2026** — ...". */
const LINE_START_BEFORE = /(?:^|\n)[ \t*_]*$/;

/** Is there nothing before `at` on its line but marks? */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '*' || text[i] === '_')) i--;
  return i < 0 || text[i] === '\n';
}

/** Do two lines of the head open with a date? Then those are a timeline's entries, not a dateline. */
function timeline(text: string, dates: RawDate[]): boolean {
  let opening = 0;
  for (const d of dates) {
    if (d.start > HEAD_CHARS) break;
    if (opensLine(text, d.start) && ++opening > 1) return true;
  }
  return false;
}
const PLACE_BEFORE = new RegExp(String.raw`(?:^|\n)[ \t]*${PLACE_WORD}(?:,[ \t]+${PLACE_WORD})?,[ \t]*$`, 'u');
const AGENCY_AFTER = /^[ \t]*\((?:[A-Z]{2,6}|Reuters|Xinhua|Bernama|Anadolu|Yonhap|Kyodo)\)/;
/** A byline that ends with the date: "By Mira Sol, 17 October 2025", "By Mira Sol, The Daily, 17 October 2025", "By Staff Reporter | 3 May 2024", "*Compiled by the Civic Defence Centre, 20 November 2039*". */
const BYLINE_BEFORE = /(?:^|\n)[ \t*_]*(?:(?:compiled|prepared|written|reported|edited|produced)[ \t]+)?by[ \t]+[^\n,|]{2,80}?(?:,[ \t]*[^\n,|]{2,60}?){0,2}(?:,|[ \t][|–—-])[ \t]*$/i;
/**
 * A title line that ends with its date, in the opening block (at most three lines, no blank line
 * before it): "# Situation report, 16 March 2024", "AGENCY\nPress release No. 14 — 4 March 2026".
 */
const TITLE_BEFORE = /^\s*(?:[^\n]{1,100}\n){0,2}#{0,6}[ \t]*[^\n]{1,100}?(?:,|[ \t][–—·|-])[ \t]*$/;
/**
 * A title line of the opening block that names an issued text and ends with its date in brackets:
 * "Safe Seas: statement on the sinking (16 August 2041)", "Flash Update No. 3 (as of 11 March 2035)"; not an
 * event's ("The dock massacre (5 May 2030)").
 */
const BRACKETED_TITLE_BEFORE = new RegExp(String.raw`^\s*(?:[^\n]{1,100}\n){0,2}#{0,6}[ \t]*[^\n]{0,100}?\b${alternation([...ISSUED_KINDS, 'report', 'update'])}\b[^\n]{0,100}?[ \t]\([ \t]*(?:as[ \t]+of[ \t]+|as[ \t]+at[ \t]+|dated[ \t]+)?$`, 'i');
/** A line of the opening block, blank lines allowed, that names an issued text, then a comma before its date: "*Situation report No. 4, ". */
const ISSUED_TITLE_BEFORE = new RegExp(String.raw`^\s*(?:[^\n]{1,100}\n\s*){0,2}[ \t#*_]*(?:${alternation([...ISSUED_KINDS, 'report', 'update'])})\b[^\n,]{0,40},[ \t]*$`, 'i');
const BRACKET_ENDS_LINE = /^[ \t]*\)[ \t]*(?:\r?\n|$)/;
/** A line of the opening block (no sentence before it, on its line or above) that says when it was published: "Civic Watch report, published 16 October 2024". */
const PUBLISHED_LINE_BEFORE = /^\s*(?:[^\n]{0,99}[^.\n]\n\s*){0,2}(?:[^\n.]|\.(?=\S)){0,100}?\b(?:published|posted|updated|issued|released|dated)(?:[ \t]+by[ \t]+[^\n,.]{2,60}?(?:,|[ \t]+on))?(?:[ \t]+on)?:?[ \t]+$/i;
/**
 * A masthead line under the headline, blank lines allowed: the date after a dash ("*El Diario — 10
 * November 2026*"), or after a name and a comma ("Vote Watch Marosa, 23 September 2026", "Textile Workers' Union of Orto, 4 February 2036").
 */
const MASTHEAD_BEFORE = /^\s*(?:[^\n]{1,100}\n\s*){1,2}[ \t]*(?:[^\n,]{2,60}?[ \t][–—·|-]|\p{Lu}[\p{L}.'’&-]*(?:[ \t]+(?:(?:of|for|the|and|de|du)[ \t]+)*\p{Lu}[\p{L}.'’&-]*){0,5}[ \t]*,)[ \t]*$/u;

/** A dateline around the date: "GENEVA (11 January 2022) –", "KYIV, March 14, 2024 (Reuters) -". */
function isDateline(text: string, d: RawDate, dates: RawDate[]): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  return (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(text.slice(d.end, d.end + 8)))
    || (WIRE_BEFORE.test(before) && WIRE_AFTER.test(text.slice(d.end, d.end + 48)))
    || (AGENCY_AFTER.test(text.slice(d.end, d.end + 16)) && AGENCY_BEFORE.test(before))
    // The place in any case opening one of the first lines, then a dash: "*Kastel, 20 October 2025* — Security forces ...";
    // or the date alone opening the body's first line: "Feb. 21, 2026 — The official toll ..." (the only such line: not a timeline's).
    || (d.start < PLACE_DATELINE_CHARS && (PLACE_BEFORE.test(before) || (LINE_START_BEFORE.test(before) && !timeline(text, dates)))
      && WIRE_AFTER.test(text.slice(d.end, d.end + 48)));
}

/**
 * A wire dateline without a year ("OSTBY, Norland, Feb 12 (Reuters) -"): its month and day, for the
 * year the folder gives (see `resolve`). Null when the document has none, or a full date of its own.
 */
export function findDatelineDay(text: string, dates: RawDate[]): { month: number; day: number } | null {
  for (const d of dates) {
    if (d.start > HEAD_CHARS) break;
    if (d.spec.form !== 'day' || d.spec.end || d.spec.parts.year !== undefined) continue;
    const { month, day } = d.spec.parts;
    if (month === undefined || day === undefined || !isValidDay(2000, month, day)) continue;
    if (isDateline(text, d, dates)) return { month, day };
  }
  return null;
}

/** The day of a single full date with its year ("11 January 2022"), or null. */
function fullDay(d: RawDate): number | null {
  if (d.spec.form !== 'day' || d.spec.end || d.spec.parts.year === undefined) return null;
  const { year, month, day } = d.spec.parts;
  return month !== undefined && day !== undefined && isValidDay(year, month, day) ? dayNumber(year, month, day) : null;
}

export function findPublished(text: string, dates: RawDate[]): string | null {
  for (const d of dates) {
    if (d.start > HEAD_CHARS) break;
    const n = fullDay(d);
    if (n === null) continue;
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    // The date ends its line, perhaps with a time after it; then it stands alone or labelled ("Issued: 14
    // October 2026, 18:00"), or ends a title, masthead or byline.
    // "*Situation report No. 4, 22 June 2037 — Delta Relief Network*": a title's date, then who issued it.
    const endsLine = TITLE_LINE_AFTER.test(text.slice(d.end, d.end + 24)) || (d.start < 400 && MAKER_AFTER.test(text.slice(d.end, d.end + 80)));
    const standsAlone = (endsLine || META_AFTER.test(text.slice(d.end, d.end + 100)) || (BY_AFTER.test(text.slice(d.end, d.end + 80)) && PUBLISHED_LABEL.test(before))) && LABEL_BEFORE.test(before);
    const dateline = isDateline(text, d, dates);
    const head = endsLine ? text.slice(0, d.start) : '';
    const title = endsLine && (TITLE_BEFORE.test(head) || (d.start < 400 && (PUBLISHED_LINE_BEFORE.test(head) || MASTHEAD_BEFORE.test(head) || ISSUED_TITLE_BEFORE.test(head))) || BYLINE_BEFORE.test(text.slice(Math.max(0, d.start - 100), d.start)));
    const bracketed = BRACKET_ENDS_LINE.test(text.slice(d.end, d.end + 8)) && BRACKETED_TITLE_BEFORE.test(text.slice(0, d.start));
    if (standsAlone || dateline || title || bracketed) return formatDay(n);
  }
  return footerDate(text, dates);
}

/** How far from the end a footer's publication line may be. */
const FOOTER_CHARS = 600;
/** A footer's line that says when the text was published: "Published on 10 March 2032.", "This statement was issued on 3 May 2031". */
const FOOTER_BEFORE = /(?:^|\n)[ \t*_>-]*(?:this[ \t]+(?:article|statement|story|report|release|page|post)[ \t]+was[ \t]+)?(?:first[ \t]+)?(?:published|posted|issued|released|date[ \t]+of[ \t]+publication)(?:[ \t]+on)?:?[ \t]+$/i;
const FOOTER_AFTER = /^[ \t*_]*\.?[ \t*_]*(?:\r?\n|$)/;

/** The publication date a footer gives (a text with no date at its head): the last labelled one. */
function footerDate(text: string, dates: RawDate[]): string | null {
  for (let i = dates.length - 1; i >= 0 && dates[i].start >= text.length - FOOTER_CHARS; i--) {
    const d = dates[i];
    const n = fullDay(d);
    if (n !== null && FOOTER_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start)) && FOOTER_AFTER.test(text.slice(d.end, d.end + 8))) return formatDay(n);
  }
  return null;
}
