// The issuer of a statement: a press release, a statement or a communiqué names who issues it in its
// opening lines ("Ministry of Transport - Press release", "Statement by the Varen Human Rights Centre",
// "Varen Human Rights Centre\nUrgent statement, 24 October 2031"), or as the maker of a compiled text
// ("Compiled by the Civic Defence Centre"). What the text says without naming
// another source, its issuer says: the figures no sentence attributes are the issuer's (see analyze.ts).
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import type { RawAttribution } from './types.ts';

/** How far into the text the opening block may start a line, and how long a line of it may be. */
const OPENING = 400;
const LONGEST_LINE = 160;
/** The characters an issuer is read from: an edit before this reads the whole text again (see analyze.ts). */
export const ISSUER_LEAD_CHARS = OPENING + LONGEST_LINE;
/** A word matched in any case, in a pattern that is otherwise case-sensitive (a name must start with a capital). */
const anyCase = (word: string) => [...word].map((c) => (/\p{L}/u.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === ' ' ? '\\s+' : c)).join('');
/** Kinds of issued text, as their header names them. */
export const ISSUED_KINDS = ['press release', 'news release', 'media release', 'statement', 'communiqué', 'communique', 'bulletin', 'situation report', 'sitrep', 'flash update', 'fact sheet', 'factsheet', 'briefing note', 'briefing', 'announcement'];
/** A kind of issued text, with its modifiers: "press release", "daily briefing" (any case). */
export const ISSUED = `(?:(?:${['urgent', 'joint', 'public', 'official', 'press', 'media', 'news', 'daily', 'weekly', 'special', 'emergency'].map(anyCase).join('|')})\\s+)?(?:${ISSUED_KINDS.map(anyCase).join('|')})`;
/** "by", "of", "from" between the kind of text and its issuer. */
const BY = ['by', 'of', 'from'].map(anyCase).join('|');
/** An organisation's name: capitalised words, with "of", "for", "and", "the", "on" between them. */
const NAME = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|for|and|on|the|de|du)\s+)*\p{Lu}[\p{L}\p{M}'’&.-]*){0,7}(?:,?\s+(?:plc|Plc|PLC|Ltd\.?|Inc\.?|LLC|Co\.|S\.A\.|AG|GmbH|N\.V\.)(?![\p{L}]))?`;
/** Heads that make a name an organisation's, when it is one word or two ("UNICEF" alone is too short to tell). */
export const ORGANISATION_WORD = /\b(?:Ministry|Department|Office|Agency|Authority|Council|Committee|Commission|Centre|Center|Watch|Union|Federation|Association|Alliance|Coalition|League|Movement|Network|Foundation|Institute|Service|Services|Police|Government|Presidency|Embassy|Mission|Directorate|Secretariat|Bureau|Board|Court|Army|Forces|Guard|Company|Corporation|Group|Party|Front|Red Cross|Red Crescent|Nations)\b/u;

/** Kinds of text titled by the place they report on. */
const PLACE_TITLED = /^(?:situation\s+report|sitrep|flash\s+update|fact\s*sheet|bulletin|update)$/i;
/** Words a header may put before or after the kind of text that name no issuer: "Update - Statement", "Statement: Full Text". */
const NOT_AN_ISSUER = /^(?:Update[sd]?|Correction|Corrected|Transcript|Full|Text|Breaking|Live|Latest|Read|Video|Audio|Watch|Exclusive|Embargoed|Embargo|Archive|Joint|Official|Draft|Home|News|Media|Press|Related|Source|Sources|English|Translation|Summary|Background|Note|Notes|Editors?|Attention|Contact|Contacts|Download|Print|Share|PDF|Page|Menu|Search|Today|Yesterday|Now|New|Final|Original)(?:\s|$)/i;

/** "Statement - March 15", "Statement, Friday": a date, not an issuer. */
const isCalendarWord = (word: string) => Object.hasOwn(MONTHS, word.toLowerCase().replace(/\.$/, '')) || Object.hasOwn(WEEKDAYS, word.toLowerCase());

/** Does the text write the name in lower case too, as a common word ("Floods - statement" over a story of the floods)? */
function commonWords(text: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === name) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  return re.test(text);
}

const LINE_PATTERNS: { re: RegExp; name: number; cue: number }[] = [
  // "Ministry of Transport - Press release", "Varen Human Rights Centre: statement"
  { re: new RegExp(String.raw`^[ \t#*_]*(${NAME})[ \t]*[-–—:|][ \t]*(${ISSUED})\b`, 'u'), name: 1, cue: 2 },
  // "Press release - Ministry of Transport", "Statement by the Varen Human Rights Centre", "Statement of the Council"
  { re: new RegExp(String.raw`^[ \t#*_]*(${ISSUED})(?:[ \t]*[-–—:|][ \t]*|[ \t]+(?:${BY})[ \t]+)(${NAME})`, 'u'), name: 2, cue: 1 },
  // "*Situation report No. 4, 22 June 2037 — Delta Relief Network*": the issuer after a dash closing the line.
  { re: new RegExp(String.raw`^[ \t#*_]*(${ISSUED})\b[^\n–—|]{0,40}?[ \t][–—|][ \t]*(${NAME})[ \t*_]*$`, 'u'), name: 2, cue: 1 },
  // "Interior Ministry statement", "Interior Ministry statement on the situation in Karvin": the issuer before the kind.
  // Only a title: what follows "on" has no verb-like word, -s or -ed but after "the" ("on the floods"): "Ministry statement on toll sparks anger" is a headline.
  { re: new RegExp(String.raw`^[ \t#*_]*(${NAME})[ \t]+(${ISSUED})(?:[ \t]+(?:on|regarding|concerning|about)(?:[ \t]+(?!(?<!\b(?:the|its|their|recent)[ \t]+)\p{Ll}*(?:s|ed)\b)[\p{L}\p{N}'’-]+){1,8})?[ \t*_]*$`, 'u'), name: 1, cue: 2 },
];
/** A line that is only a name, then a line that opens with the kind of text: "Varen Human Rights Centre\nUrgent statement, 24 October 2031". */
const NAME_LINE = new RegExp(String.raw`^[ \t#*_]*(${NAME})[ \t*_]*$`, 'u');
const ISSUED_LINE = new RegExp(String.raw`^[ \t#*_]*(${ISSUED})\b`, 'u');
const ISSUED_ONLY_LINE = new RegExp(String.raw`^[ \t#*_]*(${ISSUED})[ \t*_]*$`, 'u');

/**
 * A masthead line of an organisation's own report: its name and the date ("**Civic Defence Centre, 13
 * November 2039**"). Its issuer only when the text's lead speaks as "we" or "our" (a newspaper's
 * masthead is no statement of the paper's); the lead, so that an edit further on cannot change the issuer.
 */
const MASTHEAD_LINE = new RegExp(String.raw`^[ \t#*_]*(${NAME}),[ \t]+(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}+\.?[ \t]+\d{4}|\p{Lu}\p{Ll}+\.?[ \t]+\d{1,2},?[ \t]+\d{4})[ \t*_]*$`, 'u');
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur)\b/;
/** Who made a compiled text, on a line of its opening block: "*Compiled by the Civic Defence Centre, 20 November 2039*". */
const MAKER_LINE = new RegExp(String.raw`^[ \t#*_]*([Cc]ompiled|[Pp]repared|[Pp]roduced|[Pp]ublished|[Ii]ssued)[ \t]+by[ \t]+(${NAME})(?=[ \t]*(?:[,.*_|–—-]|$)|[ \t]+on\b)`, 'u');

export class IssuerExtractor {
  readonly name = 'IssuerExtractor';

  /** The issuer named in the opening block, or null. */
  extract(text: string): RawAttribution | null {
    const lines: { start: number; text: string }[] = [];
    for (let at = 0; at < Math.min(text.length, OPENING) && lines.length < 4;) {
      const nl = text.indexOf('\n', at);
      const end = nl < 0 ? text.length : nl;
      // (A line of a CRLF text ends before its carriage return.)
      const line = text.slice(at, end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
      if (line.trim()) {
        // A sentence of prose ends the opening block.
        if (line.length > LONGEST_LINE || /[.!?]["”’]?\s*$/.test(line.trim()) && line.trim().split(/\s+/).length > 12) break;
        lines.push({ start: at, text: line });
      }
      at = end + 1;
    }
    // Each line may name an issuer several ways; the first that holds wins (a rejected one reads on).
    for (let i = 0; i < lines.length; i++) {
      const { start, text: line } = lines[i];
      const next = lines[i + 1];
      for (const found of this.candidates(text, start, line, next)) if (found) return found;
    }
    return null;
  }

  /** The issuers a line of the opening block (and the line after it) may name, in order of precedence. */
  private *candidates(text: string, start: number, line: string, next: { start: number; text: string } | undefined): Generator<RawAttribution | null> {
    for (const p of LINE_PATTERNS) {
      const m = p.re.exec(line);
      if (m) yield this.make(text, start, line, m, p.name, m[p.cue], true);
    }
    const name = NAME_LINE.exec(line);
    const kind = next ? ISSUED_LINE.exec(next.text) : null;
    if (name && kind) yield this.make(text, start, line, name, 1, kind[1]);
    // "PRESS RELEASE\nMinistry of Health": the kind of text, then its issuer's line.
    const heading = ISSUED_ONLY_LINE.exec(line);
    const issuer = heading && next ? NAME_LINE.exec(next.text) : null;
    if (heading && issuer) yield this.make(text, next!.start, next!.text, issuer, 1, heading[1]);
    const maker = MAKER_LINE.exec(line);
    if (maker) yield this.make(text, start, line, maker, 2, `${maker[1].toLowerCase()} by`);
    const masthead = MASTHEAD_LINE.exec(line);
    if (masthead && ORGANISATION_WORD.test(masthead[1]) && FIRST_PERSON.test(text.slice(0, ISSUER_LEAD_CHARS))) yield this.make(text, start, line, masthead, 1, 'report');
  }

  /** `sameLine`: the name and the kind of text share a line ("Norrail - Statement"), which tells a short name for an issuer. */
  private make(text: string, lineStart: number, line: string, m: RegExpExecArray, group: number, cue: string, sameLine = false): RawAttribution | null {
    const name = m[group].replace(/^[Tt]he\s+/, '');
    const words = name.split(/\s+/);
    // "Eastern Harlow: Flash Update No. 2", "Sudan - Situation report": reports are titled by the place they
    // cover; an issuer there is an organisation's name or initials.
    if (PLACE_TITLED.test(cue) && !ORGANISATION_WORD.test(name) && !/^\p{Lu}{2,}$/u.test(name)) return null;
    if (!ORGANISATION_WORD.test(name) && words.length < 3 && (!sameLine || NOT_AN_ISSUER.test(name) || isCalendarWord(words[0]) || commonWords(text, name))) return null;
    const start = lineStart + line.indexOf(name, m.index);
    return { start, end: start + name.length, mention: text.slice(start, start + name.length), cue: cue.toLowerCase().replace(/\s+/g, ' '), extractor: this.name };
  }
}
