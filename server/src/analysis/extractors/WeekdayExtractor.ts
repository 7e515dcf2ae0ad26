// Weekdays standing alone: "on Thursday", "Since Sunday", "next Monday". The day is found later,
// from the document's date: news is written in the past tense, so "on Monday" is the last Monday.
import { looksForward, WEEKDAY_WORDS, WEEKDAYS } from '../lexicon/calendar.ts';
import { alternation } from '../lexicon/pattern.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawDate } from './types.ts';

const WEEKDAY_RE = new Pattern(new RegExp(`\\b(${alternation(WEEKDAY_WORDS)})\\b(?!s\\b)`, 'g'));
/** What the pattern can start with (see starts.ts). */
export const WEEKDAY_STARTS = WEEKDAY_WORDS;
const FUTURE_BEFORE = /\b(?:next|coming|this coming)\s+$/i;
const LAST_BEFORE = /\blast\s+$/i;
const ANY_DAY_BEFORE = /\b(?:a|every|each|any|one)\s+$/i;
/** Something called or set for a day: "has called a vigil for Monday evening", "the vote is set for Friday". */
const PLANNED_FOR = /\b(?:call(?:ed|s)?|schedul(?:ed|es)|plann(?:ed|ing)|set|slated|announc(?:ed|es)|organi[sz](?:ed|es)|arrang(?:ed|es)|fixed)\b[^.,;:!?“”"]{0,40}\bfor\s+$/i;
/** A plan that starts on a day: "called for a general strike starting Thursday", "ordered a curfew beginning Friday". */
const PLANNED_FROM = /\b(?:call(?:ed|s)?|urg(?:ed|es)|announc(?:ed|es)|schedul(?:ed|es)|plann(?:ed|ing)|order(?:ed|s)|declar(?:ed|es)|decree(?:d|s)|impos(?:ed|es)|extend(?:ed|s))\b[^.,;:!?“”"]{0,50}\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$/i;
/**
 * A call or a plan, in the present, for something to be done on the day: "calls on its members to stop work
 * for one hour on Friday", "urges residents to stay indoors on Saturday", "plans to march on Sunday".
 */
const CALLED_TO = /\b(?:calls?|(?:has|have)\s+called|urges?|(?:has|have)\s+urged|asks?|invites?|plans?|intends?|vows?|threatens?|pledges?|promises?)\b[^.,;:!?“”"]{0,80}?\bto\s+(?!have\b)(?:(?!\b(?:and|but|while|when|before|after)\b)[^.,;:!?“”"]){0,60}$/i;
/** How far back a call may open (CALLED_TO). */
const CALL_CHARS = 150;
/** "until Thursday", "by Friday" look forward, unless a past verb reaches there: "rain continued until Thursday". */
const UNTIL_WORD = /(?:until|till|by)\s+$/i;
const UNTIL_BEFORE = /\b([\w’']+)\s+(?:until|till|by)\s+$/i;
/** "schools stay closed until", "roads are closed until": a present state lasting into the coming days. */
const PRESENT_CLAUSE = /\b(?:stays?|remains?|is|are|must|should|can)\b[^.,;:!?“”"]{0,40}$/i;
const PAST_VERB = /(?:ed|^(?:was|were|had|did|went|ran|kept|held|lasted|stood|came|fell))$/i;

/** Where a statement's own verb ends and what it reports begins: "officials said the road reopens by Friday". */
const REPORTED_FROM = /^.*(?:[,;:]|\b(?:said|says|told|tells|announced|added|stated|that)\b)/is;
/** A past verb in the clause before "until" or "by", what it reports: "the toll stood at 38 by Sunday evening". */
function pastBefore(clause: string): boolean {
  const own = clause.replace(REPORTED_FROM, '');
  return own.split(/\s+/).some((w) => w.length > 2 && PAST_VERB.test(w));
}

/** The text before `at` back to the start of its sentence, at most `chars` (CALL_CHARS). */
function sentencePart(text: string, at: number, chars = CALL_CHARS): string {
  const part = text.slice(Math.max(0, at - chars), at);
  const end = Math.max(part.lastIndexOf('. '), part.lastIndexOf('\n'));
  return end < 0 ? part : part.slice(end + 1);
}

export class WeekdayExtractor {
  readonly name = 'WeekdayExtractor';

  extract(text: string, starts?: Starts): RawDate[] {
    const out: RawDate[] = [];
    const matches = WEEKDAY_RE.matches(text, starts?.weekday);
    for (let m = matches.next(); m; m = matches.next()) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (ANY_DAY_BEFORE.test(before)) continue; // "on a Sunday", "every Friday": no particular day
      const until = UNTIL_WORD.test(before) ? UNTIL_BEFORE.exec(before) : null;
      // (Within its sentence: "... promised compensation. Meteorologists forecast rain until Wednesday" looks forward.)
      const clause = sentencePart(text, m.index, 64);
      const forward = FUTURE_BEFORE.test(before) || looksForward(clause) || (before.includes('for ') && PLANNED_FOR.test(clause)) || PLANNED_FROM.test(clause)
        || (until !== null && (!(PAST_VERB.test(until[1]) || pastBefore(clause)) || PRESENT_CLAUSE.test(clause)))
        || CALLED_TO.test(sentencePart(text, m.index));
      out.push({
        start: m.index, end: m.index + m[1].length, type: 'weekday', extractor: this.name,
        spec: { form: 'weekday', weekday: WEEKDAYS[m[1].toLowerCase()], direction: forward ? 'future' : 'past', ...(!forward && LAST_BEFORE.test(before) ? { last: true } : {}) },
      });
    }
    return out;
  }
}
