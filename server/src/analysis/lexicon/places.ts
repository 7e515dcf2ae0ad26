// How a text names a place a claim is confined to: "Besk", "the northern city of Besk", "Besk
// province", "the capital". Used to keep one place's count or start out of a fact about the whole.
import { MONTH_WORDS, WEEKDAY_WORDS } from './calendar.ts';
import { escapeRegExp } from './pattern.ts';

const SIDE = '(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|coastal|main|second|largest)';
const KIND = '(?:city|town|village|province|region|district|port|county)';
const NAME = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}'’-]+){0,2}";

/** A place: group 1 its name, or group 2 "capital". Use with the `u` flag. */
export const PLACE = `(?:the\\s+)?(?:${SIDE}\\s+)*(?:${KIND}\\s+of\\s+)?(?:(${NAME})(?:\\s+${KIND})?|(?<=the\\s+)(capital))`;

/** Opening a sentence: "In the northern city of Besk, ...", "At Lorn, ...". */
export const PLACE_OPENER = new RegExp(`^[\\s*_•–-]*(?:In|At)\\s+${PLACE}\\s*,`, 'u');

const NOT_PLACES = new Set([...MONTH_WORDS, ...WEEKDAY_WORDS].map((w) => w.toLowerCase()));

/** The lower-cased place of a PLACE match, or null when it is a month or a weekday ("in January"). */
export function placeName(m: RegExpExecArray | null): string | null {
  const place = m ? (m[1] ?? m[2]) : undefined;
  if (!place || NOT_PLACES.has(place.split(/\s+/)[0].toLowerCase())) return null;
  return place.toLowerCase();
}

const QUALIFIED = new RegExp(`\\b(?:${SIDE}|${KIND}|capital)\\b`, 'i');

/**
 * Is a PLACE match a town or a province rather than perhaps the whole country? Qualified where it
 * stands ("the city of Besk", "Besk province", "the capital") or anywhere in the text ("Besk ... the
 * town of Besk"). A bare name the text never qualifies may be the country the story is about.
 */
export function isSubnational(text: string, m: RegExpExecArray): boolean {
  if (QUALIFIED.test(m[0])) return true;
  const name = m[1];
  if (!name) return false;
  // A text names few places, and asks of each often: the answer is kept for the text last asked about.
  if (qualifiedIn.text !== text) {
    qualifiedIn.text = text;
    qualifiedIn.names.clear();
  }
  let qualified = qualifiedIn.names.get(name);
  if (qualified === undefined) {
    const e = escapeRegExp(name);
    // Set off as one: "Revna, the capital," "the capital, Revna", "Zhelm, a western oil town".
    const kind = `(?:capital|${KIND})`;
    qualified = new RegExp(`\\b${KIND}\\s+of\\s+${e}\\b|\\b${e}\\s+${KIND}\\b|\\b${e},\\s+(?:the|a|an|its)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${kind}\\b|\\bthe\\s+(?:${SIDE}\\s+)*${kind},\\s+${e}\\b`, 'u').test(text);
    qualifiedIn.names.set(name, qualified);
  }
  return qualified;
}
const qualifiedIn = { text: '', names: new Map<string, boolean>() };
