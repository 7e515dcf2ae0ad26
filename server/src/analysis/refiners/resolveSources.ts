// Normalises each attribution's source to its fullest name in the document:
// "she" after Mara Lind is Mara Lind; "Lind" is Mara Lind;
// "the spokeswoman" after "spokeswoman Anna Velsk" is Anna Velsk;
// "the experts" after "UN human rights experts" is UN human rights experts.
import { CAPITALISED_STOPWORDS, DETERMINERS, NAME_TITLES, OBJECT_PRONOUNS, PERSON_NAME, PRONOUNS, ROLE_HEADS, SOURCE_NOUNS } from '../lexicon/attribution.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { ISSUED_KINDS } from '../extractors/IssuerExtractor.ts';
import type { Sentence } from '../segment.ts';
import type { AttributionClaim } from '../model.ts';

/** Titles before a person's name: "President Velsk" is Velsk. */
const PERSON_TITLES = new Set([
  'president', 'prime', 'minister', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'chancellor', 'general',
  'secretary', 'commissioner', 'rapporteur', 'spokesperson', 'spokeswoman', 'spokesman', 'interim', 'deputy',
  'chief', 'mayor', 'governor', 'senator', 'judge', 'prof', 'prof.', 'king', 'queen', 'sheikh', 'colonel',
  'captain', 'sergeant', 'lieutenant', 'ambassador', 'envoy', 'director',
  'commander', 'major', 'admiral', 'brigadier', 'marshal', 'inspector', 'superintendent', 'sheriff', 'constable',
  'detective', 'officer', 'corporal', 'premier', 'speaker', 'congressman', 'congresswoman', 'bishop', 'archbishop',
  'cardinal', 'pope', 'reverend', 'rabbi', 'imam', 'prince', 'princess', 'emir',
]);
/** Words that stand before a name without being part of it: titles, and the names of institutions. */
const TITLES = new Set([
  ...PERSON_TITLES,
  'special', 'high', 'foreign', 'interior', 'rights', 'human', 'nations', 'united', 'council', 'ministry', 'office', 'watch',
  'police', 'head', 'state', 'affairs', 'defence', 'defense', 'justice', 'health', 'finance', 'refugees', 'commission',
]);
/** Heads that make a source an organisation or a group rather than one person. */
const ORGANISATION = /\b(?:government|ministry|office|police|department|agency|council|committee|organi[sz]ation|media|army|military|watch|reports?|statement|version|service|authorities|officials|experts|witnesses|UN|U\.N|nations|union|court|prosecutors?|channel|news|bureau|authority|company|firm|operator|group|corp|corporation|inc|ltd|plc|holdings|industries|mining|bank|airlines?|railways?|international|monitor|centre|center|institute|foundation|network|coalition|alliance|federation|association|league|movement|society|trust|fund|programme|program|cross|crescent|frontières|commission|directorate|secretariat|party|front|brigades?|forces|guard|syndicate|guild|confederation|chamber|assembly|parliament|tribunal|hospital|clinic|university|embassy|observatory|collective|platform|initiative)$/i;
const PLURAL_POSSESSIVE = /s['’](?:\s|$)/u;
/** A possessive pronoun before what someone has to speak for them: "his office", "its press service". */
const OWNED = /^(his|her|its|their)\s+((?:press\s+)?(?:office|spokesman|spokeswoman|spokesperson|spokespeople|press\s+service|press\s+secretary|lawyers?|attorneys?|aides?|advisers?|campaign|government|administration|ministry|family))$/i;
/** An initialism is an organisation's: "UNHCR", "OCHA". */
const INITIALISM = /^\p{Lu}{2,}$/u;
const PLURAL = /(?:s|police|media|people|staff)$/i;
const PROPER_TAIL = /((?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*\p{Lu}[\p{L}\p{M}'’-]+)$/u;

function stripDeterminer(s: string): string {
  const words = s.split(/\s+/);
  // "the ministry" → "ministry"; "Dr. Hana Voss" → "Hana Voss" (a title before a name).
  while (words.length > 1 && (DETERMINERS.has(words[0].toLowerCase()) || (words.length > 2 && words[0].endsWith('.') && NAME_TITLES.has(words[0].slice(0, -1))))) words.shift();
  return words.join(' ');
}

const NAME_BEFORE = /((?:\p{Lu}[\p{L}\p{M}'’.-]*[ \t]+){1,3})$/u;
const MAX_OCCURRENCES = 12;

const NAME_CHAR = /[\p{L}\p{M}'’.-]/u;
const UPPER = /\p{Lu}/u;

/**
 * Could NAME_BEFORE match before `at`? Only if blanks come right before it and the word before them
 * has a capital letter: a cheap test that spares the regex most occurrences ("the Lind family").
 */
function capitalisedWordBefore(text: string, at: number): boolean {
  let i = at - 1;
  const floor = Math.max(0, at - 80);
  if (i < floor || (text[i] !== ' ' && text[i] !== '\t')) return false;
  while (i >= floor && (text[i] === ' ' || text[i] === '\t')) i--;
  for (; i >= floor && NAME_CHAR.test(text[i]); i--) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c > 127 && UPPER.test(text[i]))) return true;
  }
  return false;
}

/** The longest proper name in the text that ends with `mention`: "Lind" → "Mara Lind". */
function fullName(text: string, mention: string, cache: Map<string, string>): string {
  const parts = mention.split(/\s+/);
  // "UN High Commissioner for Human Rights Mara Lind", "Secretary of State Jon Berg": the title, what it
  // is for, then the person's name (its last two words).
  for (let i = 0; i + 4 < parts.length; i++) {
    if (!PERSON_TITLES.has(parts[i].toLowerCase()) || (parts[i + 1] !== 'for' && parts[i + 1] !== 'of')) continue;
    const person = parts.slice(-2);
    if (PERSON_NAME.test(person.join(' ')) && !person.some((w) => TITLES.has(w.toLowerCase()))) parts.splice(0, parts.length - 2);
    break;
  }
  // "President Velsk" is Velsk; "Chief Minister" stays a title.
  while (parts.length > 1 && PERSON_TITLES.has(parts[0].toLowerCase()) && !PERSON_TITLES.has(parts[parts.length - 1].toLowerCase()) && parts[1] !== 'of' && parts[1] !== 'for') parts.shift();
  // "Interior Minister Hugo Brandt": a title after what it is of, then the person's name.
  for (let i = 1; i + 2 < parts.length; i++) {
    if (PERSON_TITLES.has(parts[i].toLowerCase()) && PERSON_NAME.test(parts.slice(i + 1).join(' ')) && !parts.slice(i + 1).some((w) => PERSON_TITLES.has(w.toLowerCase()))) {
      parts.splice(0, i + 1);
      break;
    }
  }
  const name = parts.join(' ');
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  let best = name;
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(name, at + 1)) {
    if (/[\p{L}\p{M}]/u.test(text[at + name.length] ?? '')) continue;
    seen++;
    if (!capitalisedWordBefore(text, at)) continue;
    const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (!m) continue;
    const before = m[1].trim().split(/[ \t]+/);
    const kept: string[] = [];
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i].toLowerCase();
      if (TITLES.has(w) || CAPITALISED_STOPWORDS.has(w) || /['’]s$/.test(w) || /[.(]$/.test(w)) break;
      kept.unshift(before[i]);
    }
    if (kept.length) {
      best = [...kept, name].join(' ');
      break;
    }
  }
  cache.set(name, best);
  return best;
}

/** What a mention's words say, whatever the document: parsed once per distinct mention. */
interface Mention {
  mention: string;
  lower: string;
  words: string[];
  head: string;
  tail: string | undefined;
  startsLower: boolean;
  startsUpper: boolean;
}
/** What a resolved source's words say: its head noun, and whether it is plural or a person. */
interface SourceShape {
  head: string;
  plural: boolean;
  person: boolean;
}
const mentions = new Map<string, Mention>();
const shapes = new Map<string, SourceShape>();
const MEMO_LIMIT = 20_000;

function parseMention(text: string): Mention {
  let m = mentions.get(text);
  if (!m) {
    const mention = stripDeterminer(text.trim());
    const lower = mention.toLowerCase();
    const words = lower.split(/\s+/);
    m = {
      mention, lower, words, head: words[words.length - 1], tail: PROPER_TAIL.exec(mention)?.[1],
      startsLower: /^\p{Ll}/u.test(mention), startsUpper: /^\p{Lu}/u.test(mention),
    };
    if (mentions.size >= MEMO_LIMIT) mentions.clear();
    mentions.set(text, m);
  }
  return m;
}

/** Last words that make such a name an institution or a place: "United Nations", "Armed Forces". */
const NAME_PLURALS = new Set(['nations', 'forces', 'services', 'affairs', 'rights', 'borders', 'frontières', 'states', 'news', 'times', 'industries', 'airlines', 'islands', 'emirates', 'workers', 'doctors', 'reporters', 'mothers', 'friends', 'partners', 'associates', 'relations', 'operations']);

function shapeOf(source: string): SourceShape {
  let s = shapes.get(source);
  if (!s) {
    const head = source.toLowerCase().split(/\s+/).pop()!;
    // A plural's possessive is no person's name: "Marosa Doctors' Syndicate", "the Textile Workers’ Union".
    const name = PERSON_NAME.test(source) && !NAME_PLURALS.has(head) && !PLURAL_POSSESSIVE.test(source);
    // A final s makes a group ("officials"), unless it ends a person's name.
    s = { head, plural: !name && PLURAL.test(source), person: !ORGANISATION.test(source) && !INITIALISM.test(source) && (name || !/s$/i.test(source)) };
    if (shapes.size >= MEMO_LIMIT) shapes.clear();
    shapes.set(source, s);
  }
  return s;
}

/** A person's name of two or three capitalised words right after a role: "police chief Tomas Reyt", "police chief, Tomas Reyt,", "High Commissioner for Human Rights, Mira Sol,". */
const NAME_AFTER = /^(?:,[ \t]*|[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*,[ \t]*|[ \t]+(?:(?:for|of)[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,4}?(?=\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}'’-]|[ \t]*\p{Lu})))?)(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?![ \t]*\p{Lu})/u;
const ROLE_LIMIT = 24;
/** Heads of a role one person holds: "the police chief", "the deputy mayor". */

/**
 * Where the text writes a role: with its first letter in either case ("the police chief", "The
 * police chief"), or, for a role with capitals inside ("UN Human Rights Chief"), in any capitals.
 */
function roleOccurrences(text: string, mention: string): [number, number][] {
  const out: [number, number][] = [];
  if (/\p{Lu}/u.test(mention.slice(1))) {
    const re = rolePattern(mention);
    re.lastIndex = 0;
    for (let m = re.exec(text); m && out.length < ROLE_LIMIT; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  for (const v of new Set([mention, mention[0].toLowerCase() + mention.slice(1), mention[0].toUpperCase() + mention.slice(1)])) {
    for (let i = text.indexOf(v); i >= 0 && out.length < ROLE_LIMIT; i = text.indexOf(v, i + 1)) out.push([i, i + v.length]);
  }
  return out;
}

/** A role as a case-insensitive pattern, made once per role (roles recur across documents). */
const rolePatterns = new Map<string, RegExp>();
function rolePattern(mention: string): RegExp {
  let re = rolePatterns.get(mention);
  if (!re) {
    re = new RegExp(mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'gi');
    if (rolePatterns.size >= MEMO_LIMIT) rolePatterns.clear();
    rolePatterns.set(mention, re);
  }
  return re;
}

/**
 * The person a role names, when the text writes the role followed by the name ("UN High Commissioner
 * for Human Rights Mara Lind"). Null when the text never names the role's holder, or names several.
 */
function nameAfterRole(text: string, mention: string, cache: Map<string, string[]>): string | null {
  // A role: its head ("the police chief"), or a role word followed by what it is for ("UN High Commissioner for Human Rights").
  if (!ROLE_HEADS.has(mention.slice(mention.lastIndexOf(' ') + 1).toLowerCase())) {
    if (!mention.includes(' for ') && !mention.includes(' of ')) return null;
    const words = mention.toLowerCase().split(/\s+/);
    const role = words.findIndex((w) => ROLE_HEADS.has(w));
    if (role < 0 || (words[role + 1] !== 'for' && words[role + 1] !== 'of')) return null;
  }
  let found = cache.get(mention);
  if (!found) {
    found = [];
    for (const [i, end] of roleOccurrences(text, mention)) {
      if (i > 0 && /[\p{L}\p{M}]/u.test(text[i - 1])) continue;
      const after = NAME_AFTER.exec(text.slice(end, end + 60));
      if (!after) continue;
      const name = after[1].toLowerCase().split(/[ \t]+/);
      if (name.some((w) => TITLES.has(w) || CAPITALISED_STOPWORDS.has(w) || w in MONTHS || w in WEEKDAYS)) continue;
      found.push(after[1]);
    }
    cache.set(mention, found);
  }
  if (found.length === 0 || new Set(found).size > 1) return null;
  return found[0];
}

const ROLE_BEFORE_NAME = new RegExp(String.raw`(\p{Ll}[\p{L}-]*)\s+(?:(?:${[...NAME_TITLES].join('|')})\.\s+)?$`, 'u');
/** A lower-case role word right before the person's name that ends the mention ("Crowd-safety expert Leena Das"). */
function hasLowerWord(mention: string, tail: string): boolean {
  // (An abbreviated title may stand between: "Defence Ministry spokesman Col. Ivo Tanner".)
  const role = ROLE_BEFORE_NAME.exec(mention.slice(0, mention.length - tail.length))?.[1];
  return role !== undefined && !DETERMINERS.has(role) && !CONNECTORS.has(role) && (PERSON_NAME.test(tail) || DESCRIBED_BODY.test(role));
}
/** A kind of outlet or body before its name: "State news agency Velpress", "Opposition newspaper Dnevnik". */
const DESCRIBED_BODY = /^(?:agency|broadcaster|newspaper|daily|weekly|channel|outlet|website|station|network|tabloid|magazine|paper|charity|monitor|observatory|group|organi[sz]ation)$/;
/** "residents in Dobra": the name ending the mention is where the speakers are, not who they are. */
function placeBefore(mention: string, tail: string): boolean {
  const word = /(\p{Ll}+)\s+$/u.exec(mention.slice(0, mention.length - tail.length))?.[1];
  return word !== undefined && CONNECTORS.has(word);
}
/** The head of a role in apposition after a name: ", senior researcher at", ", a 34-year-old shopkeeper,". */
const APPOSITIVE_ROLE = /^,[ \t]+(?:(?:the|a|an|its|their|his|her)[ \t]+)?(?:[\p{L}\d'’-]+[ \t]+){0,3}?(\p{Ll}+)(?=[ \t]*[,;.]|[ \t]+(?:at|of|for|with|in|from|on)[ \t])/u;
/** Words that join an organisation's name, never a role: "Chamber of Commerce", "Officials in Norland". */
const CONNECTORS = new Set(['of', 'for', 'in', 'on', 'at', 'and', 'to', 'from', 'with', 'by']);

/** A person named with a title earlier in the text: the title's words, lower-cased. */
interface Titled {
  words: Set<string>;
  person: string;
}

/**
 * The one person whose title has every word of a role mention: "the UN human rights chief" is the
 * "UN High Commissioner for Human Rights Mara Lind" (two words of her title), "the rights chief" then
 * her too (the role she was given). Null when no one, or more than one person, fits.
 */
function titledPerson(words: string[], head: string, titled: Titled[]): string | null {
  if (titled.length === 0 || !ROLE_HEADS.has(head)) return null;
  const modifiers = words.slice(0, -1).filter((w) => !DETERMINERS.has(w) && !CONNECTORS.has(w));
  if (modifiers.length === 0) return null;
  let found: string | null = null;
  for (const t of titled) {
    if (!modifiers.every((m) => t.words.has(m))) continue;
    if (!t.words.has(head) && !(GENERIC_HEADS.has(head) && modifiers.length >= 2)) continue;
    if (found !== null && found !== t.person) return null;
    found = t.person;
  }
  return found;
}
/** Heads that stand for any title: "the rights chief", "the head of the mission". */
const GENERIC_HEADS = new Set(['chief', 'head', 'leader']);

/** Institutions a text may name in full once and then call "the union", "the ministry". */
const INSTITUTION_HEADS = new Set([
  'union', 'ministry', 'agency', 'council', 'committee', 'commission', 'authority', 'department', 'party', 'bureau',
  'institute', 'federation', 'association', 'alliance', 'coalition', 'league', 'movement', 'watchdog', 'directorate',
  'inspectorate', 'secretariat', 'foundation', 'network', 'organisation', 'organization', 'company', 'court',
]);

/** A name followed by its initials in brackets. */
const SPELLED_OUT = /^(.*\S)\s*\((\p{Lu}{2,})\)$/u;
/** Where a text spells out initials: "the Office for the Coordination of Humanitarian Affairs (OCHA)". */
const INITIALS_DEFINED = /((?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|the|and|on|de|des|du)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*|of|for|the|and|on|de|des|du)){1,9})[ \t]*\((\p{Lu}{2,})\)/gu;

/** The initials a text spells out, and the names they stand for (the first spelling of each). */
function initialsIn(text: string): Map<string, string> {
  const out = new Map<string, string>();
  INITIALS_DEFINED.lastIndex = 0;
  for (let m = INITIALS_DEFINED.exec(text); m; m = INITIALS_DEFINED.exec(text)) {
    const name = spelledBy(m[1].split(/[ \t]+/), m[2]);
    if (name && !out.has(m[2])) out.set(m[2], name);
  }
  return out;
}

/** The longest run of the words, from a capitalised one, whose capitals spell the initials in order ("Staff of the World Food Programme", WFP: "World Food Programme"). */
function spelledBy(words: string[], initials: string): string | null {
  for (let from = 0; from < words.length; from++) {
    if (words[from][0] !== initials[0]) continue;
    let i = 0;
    for (const w of words.slice(from)) if (i < initials.length && w[0] === initials[i] && /^\p{Lu}/u.test(w)) i++;
    if (i === initials.length) return words.slice(from).join(' ');
  }
  return null;
}

/** What a text calls an organisation it has named: "the group", "the organisation". */
/** A document that speaks for whoever issued it: "the statement", "the communiqué". */
const DOCUMENT_ANAPHORA = /^the\s+(?:(?:press|news|media)\s+)?(?:statement|communiqu[ée]|release|bulletin)$/i;
/** The cue IssuerExtractor gives an issuer: the kind of text ("press release", "urgent statement"), "report", "compiled by". */
const isIssuerCue = (cue: string) => ISSUED_KINDS.some((k) => cue.endsWith(k)) || cue === 'report' || cue.endsWith(' by');
const BODY_ANAPHORA = new Set(['group', 'organisation', 'organization', 'charity', 'watchdog', 'monitor', 'body', 'agency', 'ngo']);

/** The one proper name in the text ending with this institution's word ("Lorn Dockers' Union"), or null (none, or several). */
function namedInstitution(text: string, head: string, cache: Map<string, string>): string | null {
  const hit = cache.get(head);
  if (hit !== undefined) return hit || null;
  const word = head[0].toUpperCase() + head.slice(1);
  const names = new Set<string>();
  for (let at = text.indexOf(word); at >= 0 && names.size < 2; at = text.indexOf(word, at + word.length)) {
    if (/[\p{L}\p{M}]/u.test(text[at + word.length] ?? '')) continue;
    // Words of one line, not ending a sentence: "Valmora.\n\nThe Ministry" is no name.
    const m = WORDS_BEFORE_NAME.exec(text.slice(Math.max(0, at - 100), at));
    if (!m) continue;
    const parts = m[1].trim().split(/\s+/);
    while (parts.length && (CAPITALISED_STOPWORDS.has(parts[0].toLowerCase()) || DETERMINERS.has(parts[0].toLowerCase()))) parts.shift();
    if (parts.length) names.add(`${parts.join(' ')} ${word}`);
  }
  const name = names.size === 1 ? [...names][0] : '';
  cache.set(head, name);
  return name || null;
}
const WORDS_BEFORE_NAME = /((?:\p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{L}+)*[ \t]+){1,5})$/u;

/**
 * The subject opening a sentence, when it is one person named by a noun: "A former soldier, who was at
 * the residence, published a video in which he said" — "he" is the soldier, not the last source before.
 */
const PERSON_SUBJECT = /^[\s"“]*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u;

function sentenceSubject(text: string, sentence: Sentence | undefined, before: number): string | null {
  if (!sentence || before - sentence.start > 400) return null;
  // "An older protester walked toward the troops, she said": a trailing cue reports the sentence; its subject is what was said.
  if (/[,”"’]\s*$/.test(text.slice(Math.max(sentence.start, before - 3), before))) return null;
  const m = PERSON_SUBJECT.exec(text.slice(sentence.start, before));
  if (!m) return null;
  // The phrase ends at its first noun for a person: "former soldier" in "A former soldier published ...".
  const words = m[1].split(/\s+/);
  const head = words.findIndex((w) => SOURCE_NOUNS.has(w));
  if (head < 0) return null;
  const phrase = words.slice(0, head + 1).join(' ');
  const shape = shapeOf(phrase);
  return shape.person && !shape.plural ? phrase : null;
}

/** A title and a name: "President Velsk", "Gen. Tomas Reyt". */
const TITLED_NAME = /(?<![\p{L}\p{M}'’-])(\p{L}\p{Ll}+\.?)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?![\p{L}\p{M}'’-]|[ \t]+\p{Lu})/gu;
/** A name set off after its role: "The president of the region, Dalia Ferrante, expressed". */
const NAME_AFTER_ROLE = /([\p{L}'’-]+)(?:[ \t]+of[ \t]+(?:the[ \t]+)?[\p{L}'’-]+)?,[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}),/gu;

/** How far back a pronoun looks for a person named by a title or a role. */
const NAMED_BEFORE_CHARS = 600;

/**
 * A person named by a title or a role in [from, to) (at most NAMED_BEFORE_CHARS back), outside
 * quotes: "President Velsk gave a speech in which he said" — "he" is Velsk, though another source
 * spoke before.
 */
function personNamedBefore(text: string, from: number, to: number): string | null {
  if (from >= to) return null;
  const window = text.slice(from, to);
  const found: { at: number; name: string }[] = [];
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(window); m; m = TITLED_NAME.exec(window)) {
    const title = m[1].toLowerCase();
    const isTitle = PERSON_TITLES.has(title) || ROLE_HEADS.has(title) || NAME_TITLES.has(m[1].replace(/\.$/, ''));
    if (isTitle && !m[2].split(/[ \t]+/).some((w) => TITLES.has(w.toLowerCase()))) found.push({ at: m.index, name: m[2] });
    // Not a title, or a title of several words: its next word may open the match ("shut. President
    // Oren Vell", "Prime Minister Dario Kest").
    else TITLED_NAME.lastIndex = m.index + m[1].length;
  }
  for (const m of window.matchAll(NAME_AFTER_ROLE)) {
    if (ROLE_HEADS.has(m[1].toLowerCase()) || PERSON_TITLES.has(m[1].toLowerCase())) found.push({ at: m.index, name: m[2] });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  // The nearest sentence naming someone, and in it the first named, its likely subject: "Mayor Ana
  // Ruiz met Governor Tomas Reyt. She said" is the mayor.
  const last = found[found.length - 1].at;
  let sentenceStart = 0;
  for (const m of window.slice(0, last).matchAll(/[.!?]["”’)]*\s/g)) sentenceStart = m.index + m[0].length;
  const best = found.find((f) => f.at >= sentenceStart)!;
  // A name inside a quote before the pronoun is someone the speaker names, not the speaker.
  if (insideQuote(window.slice(best.at)) || ORGANISATION.test(best.name)) return null;
  return best.name;
}

/** Does the text after a name close a quotation it did not open (the name was inside it)? */
function insideQuote(after: string): boolean {
  const close = after.indexOf('”');
  if (close >= 0 && !after.slice(0, close).includes('“')) return true;
  return (after.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Where the paragraph of sentence `i` starts, or `limit` if it starts before that. */
function paragraphStartAfter(sentences: Sentence[], i: number, limit: number): number {
  const s = sentences[i];
  if (!s) return Math.max(limit, 0);
  let j = i;
  while (j > 0 && sentences[j - 1].paragraph === s.paragraph && sentences[j].start > limit) j--;
  return Math.max(limit, sentences[j].start);
}

export function resolveSources(text: string, claims: AttributionClaim[], sentences: Sentence[] = []): void {
  const cache = new Map<string, string>();
  const institutions = new Map<string, string>(); // "union" → "Lorn Dockers' Union", or '' when none or several
  const roles = new Map<string, string>(); // "spokeswoman" → "Anna Velsk"
  const heads = new Map<string, string>(); // head noun → longest source with it
  let lastPerson: string | null = null;
  let lastPlural: string | null = null;
  let lastBody: string | null = null; // an organisation: what "it" says
  let lastAny: string | null = null;
  let named: string | null;
  const roleNames = new Map<string, string[]>();
  const titled: Titled[] = [];
  let lastPersonEnd = 0;
  let initials: Map<string, string> | undefined;
  /** The person a singular pronoun at `c` stands for: the sentence's subject, else someone named since the last person who spoke, in its paragraph. */
  const personMeant = (c: AttributionClaim): string | null => {
    const subject = sentenceSubject(text, sentences[c.sentence], c.start);
    if (subject !== null) return subject;
    const person = personNamedBefore(text, paragraphStartAfter(sentences, c.sentence, Math.max(lastPersonEnd, c.start - NAMED_BEFORE_CHARS)), c.start);
    return person === null ? null : fullName(text, person, cache);
  };
  // The issuer a statement's header names (see IssuerExtractor): the first attribution, with the kind of text as its cue.
  const issuerClaim = claims[0] && isIssuerCue(claims[0].cue) ? claims[0] : null;
  for (const c of claims) {
    named = null;
    // "The UN Office for the Coordination of Humanitarian Affairs (OCHA)": the name; "OCHA" later is that name too.
    const spelled = SPELLED_OUT.exec(c.source);
    if (spelled) {
      c.source = spelled[1];
      (initials ??= initialsIn(text)).set(spelled[2], spelled[1]);
    } else if (INITIALISM.test(c.source)) {
      const full = (initials ??= initialsIn(text)).get(c.source);
      if (full) c.source = full;
    }
    const { mention, lower, words, head, tail, startsLower, startsUpper } = parseMention(c.source);
    if (lower in PRONOUNS || lower in OBJECT_PRONOUNS) {
      const kind = PRONOUNS[lower] ?? OBJECT_PRONOUNS[lower];
      // "it said" is an organisation's, never a person's: without one before it, it says nothing.
      // "he" and "she" are people: with no person before them, they stay unresolved rather than name a body.
      c.source = kind === 'neuter' ? lastBody ?? '' : kind === 'singular' ? personMeant(c) ?? lastPerson ?? mention : lastPlural ?? lastAny ?? mention;
      if (kind === 'singular') lastPersonEnd = c.end;
      continue;
    }
    // "his office", "its spokesman": whose, as the pronoun alone would be read.
    const owned = OWNED.exec(c.text);
    const possessive = owned?.[1].toLowerCase();
    const owner = possessive === undefined ? null : possessive === 'its' ? lastBody : possessive === 'their' ? lastPlural ?? lastBody : personMeant(c) ?? lastPerson;
    if (owner) c.source = `${owner}${/s$/.test(owner) ? '’' : '’s'} ${owned![2]}`;
    else if (tail && tail !== mention && ((startsLower && !placeBefore(mention, tail)) || hasLowerWord(mention, tail))) {
      // "human rights spokeswoman Anna Velsk": the name, and remember the role. Not the body the role
      // is in: after "police spokesman Ivan Dorn", "the police" are the police.
      c.source = fullName(text, tail, cache);
      for (const w of words.slice(0, words.length - tail.split(/\s+/).length)) if (!ORGANISATION.test(w)) roles.set(w, c.source);
    } else if ((named = nameAfterRole(text, mention, roleNames)) !== null) {
      // "the police chief" where the text also says "Valmora police chief Tomas Reyt".
      c.source = named;
    } else if ((named = titledPerson(words, head, titled)) !== null) {
      // "the UN human rights chief" after "UN High Commissioner for Human Rights Mara Lind".
      c.source = named;
    } else if (startsUpper) {
      c.source = fullName(text, mention, cache);
      // "The League" after "the Selva Human Rights League": the longer name with that last word.
      const earlier = words.length === 1 && !SOURCE_NOUNS.has(head) ? heads.get(head) : undefined;
      if (c.source === mention && earlier && earlier.length > mention.length) c.source = earlier;
    } else if (words.length === 1 && roles.has(head)) {
      c.source = roles.get(head)!;
    } else {
      // "the experts": the longest earlier source with the same head noun, and every word of this one
      // ("the health ministry" is not "the interior ministry").
      const earlier = heads.get(head);
      if (earlier && earlier.length > mention.length && words.every((w) => earlier.toLowerCase().includes(w))) c.source = earlier;
      // "the union" where the text names one union: "Ada Kesh, head of the Lorn Dockers' Union".
      else {
        c.source = (words.length === 1 && INSTITUTION_HEADS.has(head) ? namedInstitution(text, head, institutions) : null)
          // "Amnesty International said ... The group said": an organisation's generic name is the last organisation that spoke.
          ?? (words.length === 1 && BODY_ANAPHORA.has(head) && /^the\s/i.test(c.text) ? lastBody : null)
          // "the statement said": the issuer's, or the body that last spoke ("In a statement, the army said ... The statement added").
          ?? (DOCUMENT_ANAPHORA.test(c.text) && c !== issuerClaim ? issuerClaim?.source ?? lastBody : null) ?? mention;
      }
    }
    const shape = shapeOf(c.source);
    if (shape.person && PERSON_NAME.test(c.source)) {
      // "Ana Tell, senior researcher at Rights Monitor, said": later, "the researcher" is Ana Tell.
      const role = APPOSITIVE_ROLE.exec(text.slice(c.end, c.end + 80))?.[1]?.toLowerCase();
      if (role !== undefined && (ROLE_HEADS.has(role) || SOURCE_NOUNS.has(role)) && !/s$/.test(role)) roles.set(role, c.source);
    }
    if (shape.person && c.source !== mention && lower.endsWith(c.source.toLowerCase()) && PERSON_NAME.test(c.source)) {
      // "United Nations (UN) High Commissioner for Human Rights Mara Lind": the initials are a word of the title too.
      titled.push({ words: new Set(lower.slice(0, lower.length - c.source.length).split(/[\s()]+/).filter(Boolean)), person: c.source });
    } else if (named !== null && c.source === named && ROLE_HEADS.has(head)) titled.push({ words: new Set(words), person: named });
    if ((heads.get(shape.head)?.length ?? 0) < c.source.length) heads.set(shape.head, c.source);
    lastAny = c.source;
    if (shape.plural) lastPlural = c.source;
    if (shape.person) {
      lastPerson = c.source;
      lastPersonEnd = c.end;
    }
    else if (!shape.plural) lastBody = c.source;
  }
}
