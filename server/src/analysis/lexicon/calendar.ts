// Month and weekday names.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also ordinary English words: alone they need a preposition to count. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'sept']);

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Short weekday names, as datelines and tables write them before a date ("Sat 3 May", "Tues., May 6"). */
export const WEEKDAY_ABBREVIATIONS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6 };

/** Capitalised spellings, as the text writes them (month names are matched case-sensitively). */
export const MONTH_WORDS = Object.keys(MONTHS).map((m) => m[0].toUpperCase() + m.slice(1));
export const WEEKDAY_WORDS = WEEKDAY_NAMES;

/** The future in the clause before a date: "talks will resume on Monday", "schools are due to reopen on 5 May", "the trial is set to begin on 2 November", "elections are due on 14 September". */
export const FUTURE_CLAUSE = /\b(?:will|would|shall|(?:is|are) due to|(?:is|are) expected to|(?:is|are) (?:scheduled|slated) (?:to|for)|(?:is|are) planned for|(?:is|are) set (?:to|for)|(?:is|are) due (?:on|in|for))\b[^.,;:!?“”"]{0,40}$/i;
/** Does the clause before a date look forward (FUTURE_CLAUSE)? */
export function looksForward(clause: string): boolean {
  return FUTURE_CLAUSE.test(clause);
}
