// Names the event a date is the time of: a subject ("protests", "state of emergency") and a phase
// ("began", "declared", "ended") in the same sentence, close to the date. One date per event and
// sentence: the one nearest the phase word.
import { EVENT_SUBJECTS, INCIDENTS, INCIDENT_NOUNS, NOT_THE_INCIDENT_BEFORE, STRUCTURE_NOUNS, STRUCTURE_VERBS, NOT_THE_SUBJECT_AFTER, NOT_THE_SUBJECT_BEFORE, PHASE_FOR_SUBJECT, PHASE_ONLY_FOR, PHASE_WORDS, STORY_ONLY_WORDS, type Phase } from '../lexicon/events.ts';
import { alternation } from '../lexicon/pattern.ts';
import { PLACE, PLACE_OPENER, isSubnational, placeName } from '../lexicon/places.ts';
import { firstIndex } from '../bisect.ts';
import type { DateClaim } from '../model.ts';
import type { Sentence } from '../segment.ts';

const WINDOW = 90;
/** Phases that say a measure is in force, not when it was declared. */
const EFFECT_WORDS = new Set(Object.keys(PHASE_WORDS).filter((w) => /effect|force/.test(w)));
const SINCE_BEFORE = /\bsince\s+$/i;
/** How near "since" and its date a subject must be to have begun then; a count in the clause before, which the date bounds instead. */
const SINCE_WINDOW = 60;
const COUNTED_SINCE = /\b(?:died|killed|dead|deaths|injured|wounded|hurt|arrested|detained)\b/i;
/** Between a phase and a date restated after a comma: " a day earlier, on ". */
const RESTATED = /^[^,;:()]{0,30},\s*(?:on|in)?\s*$/i;
/** A phase the text looks forward to ("will be lifted", "is due to end", "would begin"): a plan, which names no date. */
const FUTURE_BEFORE = /\b(?:will|would|shall|to|['’]ll)\s+(?:be\s+|have\s+been\s+)?$/i;
/** Between a subject and its verb: "The curfew started", "the ceasefire has officially begun". */
const SUBJECT_THEN_PHASE = /^\s+(?:(?:has|had|have|officially|formally|finally|only)\s+)*$/i;
/** A preposition before a subject makes it an object: "Talks on a ceasefire began". */
const OBJECT_OF_BEFORE = /\b(?:on|of|for|about|over|to|towards?|into|against|under|with)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const ANOTHER_YEARS = /\b(?:last|next)\s+year['’]s\b|\ba\s+year\s+(?:ago|earlier)\b/i;
const MAX_PHASE_LENGTH = Math.max(...Object.keys(PHASE_WORDS).map((w) => w.length));
/** How far before a date the semicolon of its clause may stand ("; on the night of", "; the previous day,"). */
const CLAUSE_OPENER_CHARS = 48;
/** A date that opens its sentence ("On Jan. 1, ...", a timeline's "- 5 March: ...") governs the whole clause after it. */
const FRONTED = /^[\s*•–-]*(?:(?:on|since|by|around|at|in|late|early|the|night|of|from|until|about|shortly|after|before|approximately)\s+)*$/i;
const SUBJECT_RE = new RegExp(`\\b(${alternation(EVENT_SUBJECTS.flatMap((s) => s.words))})\\b`, 'gi');
const PHASE_RE = new RegExp(`\\b(${alternation(Object.keys(PHASE_WORDS))})\\b`, 'gi');
const SUBJECT_OF = new Map(EVENT_SUBJECTS.flatMap((s) => s.words.map((w) => [w.toLowerCase(), s.name] as const)));

interface Hit {
  at: number;
  word: string;
}

function hits(re: RegExp, text: string, from: number, to: number): Hit[] {
  const out: Hit[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push({ at: from + m.index, word: m[1].toLowerCase().replace(/\s+/g, ' ') });
  return out;
}

/**
 * `dateline`: where the document's own date stands, if it has one ("LORN, 3 April 2033 — A car bomb
 * exploded ... on Saturday"): the day it was written, never an event's.
 */
export function nameEvents(text: string, dates: DateClaim[], sentences: Sentence[], dateline = -1): void {
  const bySentence = new Map<number, DateClaim[]>();
  // "a general strike would begin on January 14": a plan, not the event's date (nor is a time of that planned day).
  const isPlanned = (d: DateClaim) => (d.spec.form === 'day' && d.spec.future === true) || (d.spec.form === 'weekday' && d.spec.direction === 'future');
  const plannedDays = new Set<string>();
  for (const d of dates) if (isPlanned(d) && d.day) plannedDays.add(`${d.sentence}:${d.day}`);
  for (const d of dates) {
    d.event = null;
    if (d.start === dateline) continue;
    if (isPlanned(d) || (d.spec.form === 'time' && plannedDays.has(`${d.sentence}:${d.day}`))) continue;
    if (d.type === 'time' || (d.type === 'range' && d.spec.form === 'time')) {
      if (!d.day) continue; // a time names an event's day only when its day is known
    } else if (!d.value) continue;
    const list = bySentence.get(d.sentence) ?? [];
    list.push(d);
    bySentence.set(d.sentence, list);
  }
  let storySubjects: Set<string> | undefined;
  for (const [si, list] of bySentence) {
    const s = sentences[si];
    const taken = new Set<string>();
    // "Tuesday's collapse", "the 4 March blast", "the explosion of March 4": the date names the disaster itself.
    for (const d of list) {
      const event = incidentNamed(text, d);
      if (event && !taken.has(event)) {
        d.event = event;
        taken.add(event);
      }
    }
    // Phase words are the rarer: without one (or a "since" before a date) the sentence names no event.
    const phases = hits(PHASE_RE, text, s.start, s.end).filter((p) => !FUTURE_BEFORE.test(text.slice(Math.max(s.start, p.at - 20), p.at))
      && !(PHASE_WORDS[p.word] === 'began' && (AGAIN_AFTER.test(text.slice(p.at + p.word.length, p.at + p.word.length + 16)) || ALSO_BEFORE.test(text.slice(Math.max(s.start, p.at - 16), p.at)))));
    const since = new Set(list.filter((d) => SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start))));
    if (phases.length === 0 && since.size === 0) continue;
    const subjects = hits(SUBJECT_RE, text, s.start, s.end).filter((h) => isTheSubject(text, h) && (!STORY_ONLY_WORDS.has(h.word) || (storySubjects ??= leadSubjects(text, sentences)).has(SUBJECT_OF.get(h.word)!)));
    if (subjects.length === 0) continue;
    const candidates: { date: DateClaim; event: string; distance: number; effect?: boolean }[] = [];
    // A wire's lede opens after its dateline: "REVNA, 6 January 2034 (Wire) - In Revna, the capital, protests began ...".
    const opening = openingOf(text, s, dateline);
    const inTwoPlaces = subjectsInTwoPlaces(text, subjects);
    for (const d of list) {
      // "Last year's protests began on 20 August": an earlier event, not the story's.
      if (ANOTHER_YEARS.test(text.slice(Math.max(s.start, d.start - 120), d.start))) continue;
      // "clashes erupted after the October 18 election": the election's date, not the clashes'.
      if (!d.event && modifiesOtherNoun(text, d)) continue;
      const fronted = FRONTED.test(text.slice(d.start >= opening ? opening : s.start, d.start));
      // A date that opens a clause after a semicolon governs that clause: "...; the previous day, protests had begun".
      // (Only a few words may stand between them: the semicolon is looked for a bounded way back.)
      const semicolon = fronted ? -1 : text.slice(Math.max(s.start, d.start - CLAUSE_OPENER_CHARS), d.start).lastIndexOf(';');
      const clauseFronted = semicolon >= 0 && FRONTED.test(text.slice(Math.max(s.start, d.start - CLAUSE_OPENER_CHARS) + semicolon + 1, d.start));
      // Only phases within the window can name this date: start from the first that may (hits are in text order).
      for (let pi = firstAtOrAfter(phases, d.start - WINDOW - MAX_PHASE_LENGTH); pi < phases.length && phases[pi].at <= d.end + WINDOW; pi++) {
        const p = phases[pi];
        const phase: Phase = PHASE_WORDS[p.word];
        // A time takes the last day the text spoke of: too weak for the one day a disaster happened.
        if (phase === 'occurred' && d.type === 'time') continue;
        const pEnd = p.at + p.word.length;
        const dist = pEnd <= d.start ? d.start - pEnd : p.at - d.end;
        if (dist > WINDOW || dist < 0) continue;
        // Same clause: no comma between the date and the phase, unless the date opens the sentence.
        // A short aside in brackets, a time's colon are no clause break: "hit at 03:17 local time (0117 GMT) on March 7".
        const between = (pEnd <= d.start ? text.slice(pEnd, d.start) : text.slice(d.end, p.at)).replace(BRACKETED_ASIDE, ' ').replace(TIME_COLON, '');
        // ... except a date restated after a comma: "Protests began a day earlier, on January 4".
        if (/[,;:()]/.test(between) && !fronted && !(pEnd <= d.start && RESTATED.test(between)) && !(clauseFronted && p.at >= d.end && !/[;:()]/.test(between))) continue;
        // "declared a state of emergency on March 12 and imposed a curfew": a phase after "and" is the
        // next clause's.
        if (pEnd > d.start && /\band\b/i.test(between) && !fronted) continue;
        // "The strike began after two miners died in a gas explosion on March 1": the date of the clause after "after".
        if (pEnd <= d.start && SUBORDINATE_BETWEEN.test(between)) continue;
        const began = nearestSubjectHit(subjects, p.at, phase, PHASE_ONLY_FOR[p.word]);
        // A phase noun is of its subject: "the declaration of the outbreak", not "the beginning of March, protests".
        if (p.word.endsWith(' of') && !(began && ARTICLE_ONLY.test(text.slice(pEnd, began.hit.at)))) continue;
        const subject = began ?? (phase === 'began' ? tookEffect(text, subjects, p) : null);
        const named = began ? phase : 'declared';
        // "In Besk, protests began on March 11", "protests in Besk began": one place's start, not the event's.
        // "took effect", "came into force", a measure that "started": in force that day, perhaps declared the day before.
        const effect = named === 'declared' && (EFFECT_WORDS.has(p.word) || !began);
        if (subject && !inTwoPlaces.has(subject.name) && !local(text, subject.hit.at >= opening ? opening : s.start, subject.hit) && !(named === 'declared' && localDate(text, d))) candidates.push({ date: d, event: `${subject.name} ${named}`, distance: dist, effect });
      }
      if (since.has(d)) {
        // "protests since Monday": began; "a state of emergency has been in force since Thursday": declared.
        // The subject is close; and a count in the clause takes the date: "11 people had died during riots since March 4" counts deaths since then.
        const clause = text.slice(Math.max(s.start, d.start - 120), d.start);
        const counted = COUNTED_SINCE.test(clause.slice(clause.search(/[^,;:]*$/)));
        const near = counted ? [] : subjects.filter((h) => (h.at < d.start ? d.start - h.at : h.at - d.end) < SINCE_WINDOW);
        const began = nearestSubject(near, d.start, 'began');
        const declared = began ? null : nearestSubject(near, d.start, 'declared');
        if (began) candidates.push({ date: d, event: `${began} began`, distance: 0 });
        else if (declared) candidates.push({ date: d, event: `${declared} declared`, distance: 0 });
      }
    }
    // "took effect at midnight on 5/6 October": a day the clause states dates the event before a time on it does.
    const rank = (c: { date: DateClaim; distance: number }) => c.distance + (c.date.spec.form === 'time' ? WINDOW : 0);
    candidates.sort((a, b) => rank(a) - rank(b));
    for (const c of candidates) {
      if (c.date.event || taken.has(c.event)) continue;
      c.date.event = c.event;
      if (c.effect && c.date.reach === null && c.date.type !== 'time') c.date.reach = 'previous';
      taken.add(c.event);
    }
  }
}

/** A bracketed aside of a few words: "(0117 GMT)", "(local time)", "(according to police)". */
const BRACKETED_ASIDE = /\([^()]{1,30}\)/g;
/** The colon of a time ("at 03:17 on March 7"): no clause break either. */
const TIME_COLON = /(?<=\d):(?=\d)/g;

/** Between a phase noun's "of" and its subject: "the declaration of a state of emergency". */
const ARTICLE_ONLY = /^\s+(?:(?:the|a|an)\s+)?$/i;

/** The lead that tells what a story is about: its first two sentences (a headline and the first sentence), at most this long. */
const LEAD_SENTENCES = 2;
const LEAD_CHARS = 600;

/** The subjects the text's lead names (for STORY_ONLY_WORDS). */
function leadSubjects(text: string, sentences: Sentence[]): Set<string> {
  const end = Math.min(LEAD_CHARS, sentences[Math.min(sentences.length, LEAD_SENTENCES) - 1]?.end ?? text.length);
  return new Set(hits(SUBJECT_RE, text, 0, end).filter((h) => isTheSubject(text, h)).map((h) => SUBJECT_OF.get(h.word)!));
}

/** Before a subject that is a later round of it. */
const RENEWED_BEFORE = /\b(?:fresh|new|renewed|second|third|fourth|another|further|latest|more)\s+(?:(?:wave|round|day|night|week)s?\s+of\s+)?(?:[\p{L}-]+\s+)?$|\b(?:wave|round)s?\s+of\s+$/iu;
/** After a phase: a start that is not the first ("began again", "resumed in earnest"), or one among others ("also began"). */
const AGAIN_AFTER = /^\s+(?:again|anew|afresh|once\s+(?:more|again)|in\s+earnest)\b/i;
const ALSO_BEFORE = /\balso\s+(?:(?:have|has|had)\s+)?$/i;

/** Before a subject: "counter-protests" (a hyphen joins it to another word), "a hunger strike". */
const NOT_THE_SUBJECT = new Map(Object.entries(NOT_THE_SUBJECT_AFTER).map(([name, words]) => [name, new RegExp(`\\b(?:${alternation(words)})\\s+(?:the\\s+)?$`, 'i')]));
/** After a subject: "fire officials", "fire crews". */
const NOT_THE_SUBJECT_NEXT = new Map(Object.entries(NOT_THE_SUBJECT_BEFORE).map(([name, words]) => [name, new RegExp(`^\\s+(?:${alternation(words)})\\b`, 'i')]));

/** After an incident's noun, the same words: "the collapse of the talks", "the crash of the currency". */
const NOT_THE_INCIDENT_OF = new RegExp(`^\\s+of\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+)?(?:[\\p{L}'’-]+\\s+)?(?:${alternation(NOT_THE_INCIDENT_BEFORE)})\\b`, 'iu');
const NOT_THE_INCIDENT = new RegExp(`\\b(?:${alternation(NOT_THE_INCIDENT_BEFORE)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu');

/** A structure's noun, then up to three words ("the Orlan dam, built in 1974,", "was"), before its verb of failure. */
const STRUCTURE_BEFORE = new RegExp(`\\b(?:${alternation(STRUCTURE_NOUNS)})\\b(?:[\\s,]+[\\p{L}\\d'’-]+){0,4}[\\s,]+$`, 'iu');
/** "gave way to anger", "burst into flames", "burst out laughing", "burst of gunfire". */
const FIGURATIVE_AFTER = /^\s+(?:to|into|out|of|through|open|onto|in)\b/i;

function isTheSubject(text: string, h: Hit): boolean {
  if (text[h.at - 1] === '-') return false;
  const name = SUBJECT_OF.get(h.word)!;
  if (INCIDENTS.has(name)) {
    const end = h.at + h.word.length;
    if (STRUCTURE_VERBS.has(h.word) && (!STRUCTURE_BEFORE.test(text.slice(Math.max(0, h.at - 48), h.at)) || FIGURATIVE_AFTER.test(text.slice(end, end + 12)))) return false;
    return !NOT_THE_INCIDENT.test(text.slice(Math.max(0, h.at - 40), h.at)) && !NOT_THE_INCIDENT_OF.test(text.slice(end, end + 40));
  }
  const before = NOT_THE_SUBJECT.get(name);
  if (before?.test(text.slice(Math.max(0, h.at - 24), h.at))) return false;
  // "fresh protests", "a second wave of protests", "renewed clashes": not the first, whose date the story's event is.
  if (RENEWED_BEFORE.test(text.slice(Math.max(0, h.at - 32), h.at))) return false;
  const end = h.at + h.word.length;
  return !NOT_THE_SUBJECT_NEXT.get(name)?.test(text.slice(end, end + 24));
}

const NOUNS = alternation([...INCIDENT_NOUNS.keys()]);
/** Words that end a noun phrase: between a date and a disaster's noun, none of them ("Monday's visit to the collapse" is a visit). */
const NOT_A_MODIFIER = 'of|the|a|an|and|or|but|to|in|on|at|for|with|after|before|since|by|from|into|near|over|was|were|is|are|has|had|have|that|which|when|as|its|their|his|her';
/** Right after a date: "'s" or nothing, up to two modifiers, a disaster's noun ("Tuesday's deadly collapse", "4 March gas blast"). */
const NOUN_AFTER_DATE = new RegExp(`^(['’]s)?\\s+(?:(?!(?:${NOT_A_MODIFIER})\\s)[\\p{L}-]+\\s+){0,2}(${NOUNS})\\b`, 'iu');
/** A date used as a modifier follows an article: "the 4 March blast", "a March 4 crash" ("on 4 March blast" is no phrase). */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;
/**
 * The noun, then "of" and the date ("the explosion of March 4"), or "on" and the date after what it
 * befell ("the sinking of the Sea Lark on 13 August", "the blast at the Orto plant on Tuesday").
 */
const PLACE_WORD = `(?!(?:${NOT_A_MODIFIER})\\s)[\\p{L}'’-]+`;
const NOUN_OF_BEFORE = new RegExp(`\\b(${NOUNS})\\s+(?:(?:(?:of|at|in|near|off)\\s+(?:(?:the|a|an)\\s+)?(?:${PLACE_WORD}\\s+){1,4}){1,2}on\\s+(?:the\\s+(?:night|morning|evening|afternoon)\\s+of\\s+)?|of\\s+)$`, 'iu');

/** Up to two words right after a date that modifies them ("the October 18 election", "Monday's deadly vote"). */
const NOUN_AFTER = new RegExp(`^(['’]s)?\\s+(?!(?:${NOT_A_MODIFIER})\\b)([a-z][a-z-]+)(?:\\s+(?!(?:${NOT_A_MODIFIER})\\b)([a-z][a-z-]+))?`);
const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'nights', 'mornings']);
const isEventWord = (w: string | undefined) => w !== undefined && (SUBJECT_OF.has(w) || w in PHASE_WORDS || TIMES_OF_DAY.has(w));

/** Does the date modify a noun that names no event ("the October 18 election", "Monday's vote")? Then it is that thing's date. */
function modifiesOtherNoun(text: string, d: DateClaim): boolean {
  const m = NOUN_AFTER.exec(text.slice(d.end, d.end + 40));
  if (!m || (!m[1] && !ARTICLE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)))) return false;
  return !isEventWord(m[2]) && !isEventWord(m[3]);
}

/** The disaster a day's date names by its noun ("collapse occurred"), or null. */
function incidentNamed(text: string, d: DateClaim): string | null {
  if (d.type === 'time' || d.type === 'range' || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return null;
  if (ANOTHER_YEARS.test(text.slice(Math.max(0, d.start - 120), d.start))) return null;
  const after = NOUN_AFTER_DATE.exec(text.slice(d.end, d.end + 60));
  let hit: Hit | null = null;
  if (after && (after[1] || ARTICLE_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)))) {
    const word = after[2].toLowerCase();
    hit = { at: d.end + after.index + after[0].length - word.length, word };
  } else {
    const from = Math.max(0, d.start - 80);
    const before = NOUN_OF_BEFORE.exec(text.slice(from, d.start));
    if (before) hit = { at: from + before.index, word: before[1].toLowerCase() };
  }
  if (!hit || !isTheSubject(text, hit)) return null;
  return `${INCIDENT_NOUNS.get(hit.word)} occurred`;
}

/**
 * "The curfew started on March 5": a measure that starts (and has no phase 'began') has taken effect.
 * Only as the phase's own subject: not "Talks on a ceasefire began".
 */
function tookEffect(text: string, subjects: Hit[], phase: Hit): { name: string; hit: Hit } | null {
  const subject = nearestSubjectHit(subjects, phase.at, 'declared');
  if (!subject || PHASE_FOR_SUBJECT[subject.name].includes('began')) return null;
  const { at, word } = subject.hit;
  if (!SUBJECT_THEN_PHASE.test(text.slice(at + word.length, phase.at)) || OBJECT_OF_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return null;
  return subject;
}

/**
 * Subjects the sentence places in two places ("Demonstrations in Revna started on Wednesday, after
 * protests erupted in Zhelm on Monday"): each is one place's, whether or not the text says the places are towns.
 */
function subjectsInTwoPlaces(text: string, subjects: Hit[]): Set<string> {
  const places = new Map<string, string>();
  const out = new Set<string>();
  for (const h of subjects) {
    const end = h.at + h.word.length;
    const place = placeName(PLACE_AFTER_SUBJECT_OR_PHASE.exec(text.slice(end, end + 80)));
    if (place === null) continue;
    const name = SUBJECT_OF.get(h.word)!;
    const seen = places.get(name);
    if (seen === undefined) places.set(name, place);
    else if (seen !== place) out.add(name);
  }
  return out;
}

/** Right after the subject, or after its phase: "protests in Zhelm", "protests erupted in Zhelm". */
const PLACE_AFTER_SUBJECT_OR_PHASE = new RegExp(`^\\s+(?:${alternation(Object.keys(PHASE_WORDS))}\\s+)?(?:in|at)\\s+${PLACE}(?![\\p{L}'’])`, 'u');

/** A clause of its own between a phase and a date after it ("began after ... died on"); not a time ("shortly after midnight on"). */
const SUBORDINATE_BETWEEN = /\b(?:after|following|when|because|as|before|until|while)\s+(?!(?:midnight|noon|midday|dawn|dusk|sunrise|sunset|nightfall|daybreak)\b|\d)/i;

/** From a dateline's date to the dash that closes the dateline: "6 January 2034 (Wire) - ". */
const DATELINE_DASH = /^[^\n]{0,60}?\s[-–—]+\s+/;
/** Where the words of a sentence begin: after the dateline it opens with, if any. */
function openingOf(text: string, s: { start: number; end: number }, dateline: number): number {
  if (dateline < s.start || dateline >= s.end) return s.start;
  const m = DATELINE_DASH.exec(text.slice(dateline, Math.min(s.end, dateline + 80)));
  return m ? dateline + m[0].length : s.start;
}

/** Right after the subject: "protests in Besk", "the strike at the port of Lorn". */
const PLACE_AFTER_SUBJECT = new RegExp(`^\\s+(?:in|at)\\s+${PLACE}(?![\\p{L}'’])`, 'u');

/** Is the subject confined to a town or province, by the sentence's opening or right after it? */
function local(text: string, sentenceStart: number, subject: Hit): boolean {
  const end = subject.at + subject.word.length;
  return isLocalPlace(text, PLACE_AFTER_SUBJECT.exec(text.slice(end, end + 80)) ?? (subject.at - sentenceStart < 200 ? PLACE_OPENER.exec(text.slice(sentenceStart, subject.at)) : null));
}

/** A place phrase that names a town or province, not the country. */
function isLocalPlace(text: string, m: RegExpExecArray | null): boolean {
  return m !== null && placeName(m) !== null && isSubnational(text, m);
}

/**
 * A measure declared on a date in one town or province ("on Jan. 4 in the province of Besk and on Jan. 5
 * nationwide"): not the country's. (Protests that began in one town began there: that is their start.)
 */
function localDate(text: string, d: DateClaim): boolean {
  return isLocalPlace(text, PLACE_AFTER_SUBJECT.exec(text.slice(d.end, d.end + 80)));
}

/** The index of the first hit at or after `offset` (hits are in text order). */
const firstAtOrAfter = (hits: Hit[], offset: number) => firstIndex(hits.length, (i) => hits[i].at >= offset);

function nearestSubject(subjects: Hit[], at: number, phase: Phase): string | null {
  return nearestSubjectHit(subjects, at, phase)?.name ?? null;
}

function nearestSubjectHit(subjects: Hit[], at: number, phase: Phase, only?: string[]): { name: string; hit: Hit } | null {
  let best: { name: string; hit: Hit } | null = null;
  let bestDist = Infinity;
  for (let i = firstAtOrAfter(subjects, at - WINDOW); i < subjects.length && subjects[i].at <= at + WINDOW; i++) {
    const s = subjects[i];
    const name = SUBJECT_OF.get(s.word)!;
    if (!PHASE_FOR_SUBJECT[name]?.includes(phase) || (only && !only.includes(name))) continue;
    const dist = Math.abs(s.at - at);
    if (dist <= WINDOW && dist < bestDist) {
      bestDist = dist;
      best = { name, hit: s };
    }
  }
  return best;
}
