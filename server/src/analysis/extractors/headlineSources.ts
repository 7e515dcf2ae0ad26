// A headline names its source with a colon before the claim or a dash after it: "Police: 12 killed in
// clashes", "Iran protests: 'More than 300 killed' - rights group". Only in the opening block (the lines
// before the first line of prose), and only a body that speaks ("Darel: four dead" is a place's story).
import { openingLines } from '../headline.ts';
import { ISSUED, ORGANISATION_WORD } from './IssuerExtractor.ts';
import type { RawAttribution } from './types.ts';

/** Heads of a source a headline may label: bodies and those who speak for them, not places nor people at large. */
const HEADLINE_SOURCE_HEADS = new Set([
  'police', 'ministry', 'officials', 'official', 'government', 'authorities', 'army', 'military', 'group', 'groups',
  'witnesses', 'monitor', 'monitors', 'watchdog', 'agency', 'spokesman', 'spokesperson', 'spokeswoman', 'minister',
  'governor', 'mayor', 'office', 'media', 'hospital', 'hospitals', 'doctors', 'medics', 'rescuers', 'coastguard',
  'council', 'committee', 'commission', 'union', 'party', 'opposition', 'activists', 'prosecutors', 'un',
]);

/** A source of one to five words, letters only: "Police", "Rights group", "UN rights office". */
const SOURCE = String.raw`((?:[\p{L}'’-]+[ \t]+){0,4}[\p{L}'’-]+)`;
const OPENING = new RegExp(String.raw`^[ \t#*_]*${SOURCE}[ \t]*:[ \t]+\S`, 'u');
const CLOSING = new RegExp(String.raw`\S[ \t]+[-–—][ \t]+${SOURCE}[ \t*_]*\r?$`, 'u');

/** A line naming an issued text and its issuer: "Amnesty International: press release", "Situation report No. 4 — Delta Relief Network". */
const ISSUED_LINE = new RegExp(`(?:^[ \\t#*_]*|[:\\-–—|][ \\t]*)${ISSUED}\\b`, 'u');

/** The characters headline lines are read from (a line must end before): an edit before this reads the whole text again (see analyze.ts). */
export const HEADLINE_LEAD_CHARS = 600;

function speaks(source: string): boolean {
  const words = source.split(/\s+/);
  const head = words[words.length - 1].toLowerCase().replace(/['’]s$/, '');
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(source) && head !== 'un') return false; // "UK", "DRC": a place as often as a body
  // A body's proper name: "Red Cross", "Velmora Rights Watch", "Ministry of Health" (the issuer's organisation words), or Amnesty.
  return HEADLINE_SOURCE_HEADS.has(head) || ORGANISATION_WORD.test(source) || /\bAmnesty\b/.test(source);
}

/** The labelled sources of the headline lines of the opening block. */
export function headlineSources(text: string): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (const { start, end } of openingLines(text, HEADLINE_LEAD_CHARS)) {
    const line = text.slice(start, end);
    // (A colon or a spaced dash first, by a plain search of the short line.)
    const open = line.includes(':') ? OPENING.exec(line) : null;
    const close = line.includes(' -') || line.includes(' –') || line.includes(' —') ? CLOSING.exec(line) : null;
    // "Amnesty International: press release" names an issuer (see IssuerExtractor), no headline's claim.
    if ((!open && !close) || ISSUED_LINE.test(line)) continue;
    if (open && speaks(open[1])) out.push(labelled(start + open[0].indexOf(open[1]), open[1], ':'));
    if (close && speaks(close[1])) out.push(labelled(start + close.index + close[0].lastIndexOf(close[1]), close[1], '-'));
  }
  return out;
}

const labelled = (start: number, mention: string, cue: string): RawAttribution => ({ start, end: start + mention.length, mention, cue, extractor: 'AttributionExtractor' });
