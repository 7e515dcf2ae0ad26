// Dates that say when a statement was made: "the city council said on Thursday", "told reporters late on
// Wednesday"; and the start of a period looked back over, "since March 3". They date the statement or the
// period, not the events the text goes on to tell of: a time in a later sentence without a day of its own
// belongs to the last day of the story, not to the day of a statement.
import type { DateClaim } from '../model.ts';

/** A speech verb (and whom it was told to) right before the date: "said on", "told reporters late on", "announced". */
const SAID_BEFORE = /\b(?:said|says|told\s+(?:[\p{L}'’-]+\s+){1,3}|announced|reported|confirmed|stated|added|wrote|posted|tweeted|warned|claimed|denied)\s+(?:(?:late|early|overnight|later)\s+)?(?:on\s+|in\s+a\s+statement\s+on\s+)?$/iu;

/**
 * "since March 3", "since the offensive began three weeks ago": the start of a period the text looks back
 * over, not the day it goes on to tell of (no clause break between "since" and the date).
 */
const SINCE_BEFORE = /\bsince\s+(?:[^,;.:!?"“”]{0,50}?\s)?$/i;

export function reportedDates(text: string, dates: DateClaim[]): Set<DateClaim> {
  const out = new Set<DateClaim>();
  for (const d of dates) {
    if (d.spec.form !== 'weekday' && d.spec.form !== 'day' && d.spec.form !== 'relative') continue;
    if (SAID_BEFORE.test(text.slice(Math.max(0, d.start - 48), d.start))) out.add(d);
    else {
      const before = text.slice(Math.max(0, d.start - 60), d.start);
      if (before.includes('ince') && SINCE_BEFORE.test(before)) out.add(d);
    }
  }
  return out;
}
