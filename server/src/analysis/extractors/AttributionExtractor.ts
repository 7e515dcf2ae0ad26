// Attributions: who says so. "X said", "said X", "X told ...", "according to X", "citing X", "X's office said",
// "X was quoted as saying". The claim's span is the source mention; the cue is the verb or phrase.
import {
  BETWEEN_SOURCE_AND_CUE, CAPITALISED_STOPWORDS, CUES_AFTER_SOURCE, CUES_BEFORE_SOURCE, DETERMINERS,
  NOT_SOURCES, OBJECT_PRONOUNS, PERSON_NAME, PRONOUNS, ROLE_HEADS, SOURCE_MODIFIERS, SOURCE_NOUNS, SPEAKER_PLACES,
} from '../lexicon/attribution.ts';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.ts';
import { HEDGES, SCALES, TENS, UNITS, VAGUE } from '../lexicon/numbers.ts';
import { alternation, escapeRegExp } from '../lexicon/pattern.ts';
import type { LexiconExtras } from '../lexicon/extras.ts';
import { firstIndex } from '../bisect.ts';
import { Pattern, type Starts } from './starts.ts';
import type { RawAttribution } from './types.ts';
import { LazyTokens, tokenize, type Token } from './tokens.ts';

const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PAST_PARTICIPLE = /(?:ed|said|told|wrote|heard)$/;
/** "told to disperse": an order received, not a telling ("told to the BBC" is one). */
const TOLD_TO = /^\s+to\s+(?!(?:the|a|an|his|her|their|our|its|this|that|these|those|reporters|journalists|media)\b)\p{Ll}/u;
/** The agent of a passive cue, perhaps after whom it was said to: "confirmed by", "confirmed to Reuters by". */
const BY_AFTER = /^\s+(?:to\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\s+)?by\s+/u;
const AS_BEFORE = /\bas\s+$/i;
const ANONYMITY_BEFORE = /\s(?:speaking\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity\s*$/i;
/** A participle of saying after a comma or a statement's noun: ", saying", "a statement saying" (not "adding to the chaos"). */
const PARTICIPLE_CUE = /,\s+(saying|adding|stating|insisting)\s(?!to\b|up\b)|\b(?:statement|report|communiqu[ée]|press\s+release|post|message)(?:\s+[\p{L}\d]+){0,3}?\s+(saying|stating)\s/gu;
/** Giving out a count: "gave new figures", "released its latest toll", "published a much lower death toll". */
const GAVE_FIGURES = /\b(?:gave|gives|released|releases|published|publishes|issued|issues|provided|provides)\s+(?:(?:a|an|the|its|their|new|updated|revised|fresh|official|much|far|lower|higher|different|first|latest|preliminary|final)\s+){0,3}(?:death\s+)?(?:toll|figures?|numbers|tally|estimate|count|breakdown)\b/gi;
/** A count opening a phrase: "Twelve people", "At least 40 protesters": the count words of lexicon/numbers.ts, and "most" (not "a few": "a" opens sources too). */
const COUNT_OPENER = new RegExp(`^(?:\\d|(?:${alternation([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), ...[...Object.keys(VAGUE), ...Object.keys(HEDGES)].filter((w) => !/^an?\s/.test(w)), 'most'])})\\b)`, 'i');
/** A fronted phrase before a sentence's subject: "By nightfall,", "On Friday,", "Late on Tuesday,". */
const LEAD_OPENER = /^\s*(?:by|on|in|at|late|early|earlier|later|after|before|overnight|meanwhile|separately)\b[^,;:.]{0,30}$/i;
const LEAD_OPENER_CHARS = 40;

/** What follows "quoted" up to "as saying". */
const QUOTED_AS = /^(\s+[^.;:“”"]{1,90}?)\s+as\s+(?:saying|telling)\b/;
/** "was cited as saying": the cited one speaks. */
const AS_SAYING_AFTER = /^\s+as\s+(?:saying|telling)\b/;
/** "quoted by local media as saying": the one who quotes, after "by". */
const QUOTED_BY_AS = /^\s+by\s+[^.;:“”"]{1,90}?\s+as\s+(?:saying|telling)\b/;
const NAME_AT_END = /(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})$/u;
const PAREN_AFTER = /^[ \t]*\(/;
/** Does `at` open its line, after at most a few marks ("- ", "> ", "**")? Looks back a bounded way. */
function opensLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 8 && ' \t>*_-'.includes(text[i])) i--;
  return i < 0 || text[i] === '\n';
}
/** Where a "Source"/"Sources" word begins, for a text scanned without start offsets. */
function labelsIn(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('ource'); at >= 0; at = text.indexOf('ource', at + 5)) if (at > 0) out.push(at - 1);
  return out;
}
/** The words a speaker's label in a transcript ends with, or opens with: "SPOKESPERSON:", "Deputy Minister Ana Ruiz:", "Mr. Dosk:". */
const SPEAKER_ROLES = ['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'president', 'governor', 'mayor', 'commissioner', 'coordinator', 'director', 'secretary', 'ambassador', 'chief', 'rapporteur', 'representative', 'envoy', 'official'];
const SPEAKER_TITLES = ['mr', 'ms', 'mrs', 'dr'];
/** A word in its three written cases: "minister", "Minister", "MINISTER". */
const cased = (w: string) => `(?:${w}|${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()})`;
/**
 * A transcript's speaker label opening a line, then what was said: "SPOKESPERSON: As of this morning ...",
 * "Mr. Dosk: We have detained ...". Not a fact sheet's label ("Deaths: 41") nor a title's ("Key official: who is ..."): the
 * speech opens with a capital or a quote.
 */
const SPEAKER_LINE = new RegExp(String.raw`[ \t>*_-]*((?:${SPEAKER_TITLES.map(cased).join('|')})\.?[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?|(?:\p{L}[\p{L}'’.-]*[ \t]+){0,4}?(?:${SPEAKER_ROLES.map(cased).join('|')})(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})[ \t*_]*:[ \t*_]*(?=[\p{Lu}"“‘'])`, 'uy');
/** A one-word label, a speaker's name once the transcript has given it in full ("HALIN:", "Dosk:"). */
const SURNAME_LINE = /[ \t>*_-]*(\p{Lu}[\p{L}'’-]+)[ \t*_]*:[ \t*_]*(?=[\p{Lu}"“‘'])/uy;
/** How far into its line a speaker label's word may stand. */
const SPEAKER_LABEL_CHARS = 48;
/** Where lines begin, for a text scanned without start offsets. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) out.push(at + 1);
  return out;
}
/** The words after a "Source:" label, up to its first stop: a few words of letters. */
const LABELLED_SOURCE = /^[ \t*_]*((?:the\s+)?\p{L}[\p{L}'’&-]*(?:[ \t]+[\p{L}'’&-]+){0,7})(?=[ \t*_]*(?:[.,;(]|$))/u;
/** A source's label: "Source:", "Sources:", in a parenthesis also "via". */
const SOURCE_LABEL = /^(?:[Ss]ources?[ \t]*:|via\b)[ \t]*/;
/** Participles of contact that may follow a source before its cue: "people interviewed separately told". */
const REDUCED_RELATIVE = /^(?:interviewed|contacted|reached|questioned|quoted|cited|surveyed|polled|posted|stationed|deployed|based|gathered)$/;
/** A participle of speaking between a source and its cue: "Officials speaking to reporters said", "a witness talking by phone told". */
const SPEAKING = new Set(['speaking', 'talking', 'writing', 'addressing', 'briefing', 'testifying', 'appearing']);
const MANNER = new Set(['separately', 'individually', 'independently', 'anonymously', 'later']);
/** Cues whose source follows them: "according to X", "the group said, citing X", "a report quoting X". */
const FORWARD_CUES = ['according to', 'citing', 'quoting', 'per'];
/** After a forward cue: "according to both the ministry and the Red Cross". */
const BOTH_AFTER = /^\s+(?:both|either)(?=\s)/i;
/** Between two sources after a forward cue: "according to police and hospital officials". */
const AND_AFTER = /^\s+(?:and|as\s+well\s+as)\s+/i;
/** "per" sources only after a comma, before an article or a name: "12 died, per the health ministry" (not "per cent", "per day"). */
const PER_AS_CUE = { before: /,\s*$/, after: /^\s+(?:the\s+|an?\s+|\p{Lu})/u };
/** After "Per" opening a sentence: a source phrase, then a comma ("Per hospital officials, 12 died"; not "Per capita, ..."). */
const PER_OPENING_AFTER = /^\s+(?!capita\b|cent\b|se\b|annum\b)[\p{L}'’ -]{2,60},/u;
/** What follows a cue used as a participle of a count: "reported missing", "confirmed dead". */
const STATE_AFTER = /^\s+(?:missing|dead|killed|injured|wounded|hurt|detained|arrested|abducted|kidnapped|disappeared|safe|alive)\b/i;
/** Words that open an aside between a source and its cue. */
const ASIDE_OPENERS = new Set(['who', 'whose', 'which', 'however', 'meanwhile', 'though', 'too', 'also', 'asked', 'reached', 'contacted', 'interviewed', 'in', 'on', 'at', 'citing', 'quoting']);
const isAsideOpener = (t: Token) => t.word && (ASIDE_OPENERS.has(t.lower) || (t.lower.length > 5 && t.lower.endsWith('ing') && !CUE_WORDS.has(t.lower)));
/** Document nouns whose maker speaks through them: "a statement from the presidency said". */
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'reports', 'letter', 'communique', 'communiqué', 'release', 'post', 'message', 'decree', 'notice']);
/** What can "show" a figure: records and tallies, not people ("Ana Ruiz showed reporters the damage"). */
const RECORD_NOUNS = new Set(['records', 'data', 'figures', 'statistics', 'tally', 'tallies', 'documents', 'estimates', 'report', 'reports', 'count', 'list', 'survey', 'study', 'analysis', 'database']);
const SHOW_CUES = new Set(['show', 'shows', 'showed']);
/** What follows a document's "read": the end of the clause, or "in part". */
const READ_AFTER = /^\s*(?:[.,;:]|in\s+part\b)/;
/** A study of other sources, which is the source of what it finds: "a review of media reports indicates". */
const FINDING_NOUNS = new Set(['review', 'analysis', 'study', 'examination', 'investigation', 'inquiry', 'survey', 'assessment', 'audit', 'comparison']);
/** Records too, though they "show" nothing: "according to official results". */
const RESULT_NOUNS = new Set(['results', 'information', 'accounts', 'testimony', 'footage', 'estimate']);
/** A document between a forward cue and its maker: "according to figures released by", "citing a report from". */
const DOCUMENT_BY = /^\s+(?:(?:a|an|the|its|their|his|her|new|latest|official|preliminary|final|separate|unofficial|own)\s+)*(?:report|reports|tally|count|figures|data|estimate|estimates|statement|survey|list|records|toll|analysis|study|investigation|database|information|evidence|testimony|testimonies|accounts|documentation|research|interviews|footage|results)\s+(?:(?:compiled|released|published|issued|gathered|collected|provided|kept|cited|seen)\s+)?(?:by|from)\s+/i;
/** Quantities before "of the" that keep a partitive in the source: "one of the officers said". */
const PARTITIVE_HEADS = new Set(['one', 'two', 'three', 'some', 'many', 'several', 'most', 'few', 'none', 'each', 'all']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'as', 'while', 'when', 'where', 'because', 'so', 'then', 'which', 'whom']);
/** One-word cues; not "cited", a cue only before "as saying" ("Eyewitnesses cited by the BBC said" is a participle). */
const CUE_WORDS = new Set(CUES_AFTER_SOURCE.filter((c) => !c.includes(' ') && c !== 'cited'));
const NOUN_LIKE_CUES = new Set(['reports', 'states', 'claims', 'notes', 'estimates', 'say', 'state', 'suggest', 'claim']);
/** After a cue word used as a noun: a verb, or a preposition ("reports indicate", "claims of"). */
const NOUN_CUE_THEN = /^\s+(?:put|puts|indicate|indicated|suggest|suggested|say|said|show|showed|shown|claim|claimed|have|had|are|were|emerged|state|stated|confirm|confirmed|describe|described|allege|alleged|of|from)\b/i;
/** Cues that are a noun only in the singular ("a say", "the claim"): after a plural source they are verbs. */
const PLURAL_VERB_CUES = new Set(['say', 'claim', 'suggest', 'state']);
const lastWord = (s: string) => s.slice(s.search(/\S+$/)).toLowerCase();
const CONNECTORS = new Set(['of', 'for', 'in', 'on', 'at']);
/** Between a speaker and the organisation it speaks for: "a spokesperson for", "an official at". */
const SPEAKS_FOR = new Set(['for', 'of', 'at', 'from', 'with']);
/** Two-word links: "sources close to", "people familiar with". */
const CLOSE_TO = new Set(['close to', 'familiar with', 'near to']);

const PREPOSITIONS = new Set(['to', 'with', 'by', 'from', 'at', 'of', 'for', 'on', 'in', 'about', 'against']);
const PROPER_NAME = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,3}[\p{Lu}][\p{L}\p{M}'’-]+$/u;
/** Is the phrase a proper name, its particles aside ("Ana de la Cruz", see NAME_PARTICLES)? */
const isProperName = (s: string) => PROPER_NAME.test(s.includes(' ') ? s.replace(PARTICLES_INSIDE, '') : s);

/** An acronym in capitals is a name even when it spells a common word ("WHO"): three to six capitals. */
const ACRONYM = /^[A-Z]{3,6}$/;
const isCapitalised = (t: Token) => t.capitalised && (!CAPITALISED_STOPWORDS.has(t.lower) || ACRONYM.test(t.text)) && !(t.lower in MONTHS) && !(t.lower in WEEKDAYS);
/** "Jan", "May", "June" before a capitalised word are a first name ("spokesperson Jan Ode"), not a month. */
const isNameLikeMonth = (t: Token, next: Token | undefined) => t.capitalised && t.lower in MONTHS && next !== undefined && next.capitalised && !(next.lower in MONTHS);
const isHead = (t: Token) => t.word && (isCapitalised(t) || SOURCE_NOUNS.has(t.lower) || t.lower in PRONOUNS);
/** Verbs of speech without an -ed ending, never a noun before a source's head: "the minister told state television". */
const SPEECH_VERBS = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'wrote', 'writes', 'spoke', 'gave', 'gives']);
/**
 * A lower-case word that may modify a source's head after a determiner or a name ("refugee" in "the UN
 * refugee agency", "the port authority"); a compound whatever its ending ("the state-run agency").
 */
const isNounModifier = (t: Token) => t.word && (/^[a-z]+(?:-[a-z]+)+$/.test(t.text) || (/^[a-z]{3,}$/.test(t.text) && !/(?:ly|ed)$/.test(t.text) && !SPEECH_VERBS.has(t.text)))
  && !CLAUSE_OPENERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower) && !CAPITALISED_STOPWORDS.has(t.lower) && !BETWEEN_SOURCE_AND_CUE.has(t.lower);
const isInner = (t: Token) => t.word && (isCapitalised(t) || SOURCE_MODIFIERS.has(t.lower) || SOURCE_NOUNS.has(t.lower) || /['’]s$/.test(t.lower));

export class AttributionExtractor {
  readonly name = 'AttributionExtractor';
  private readonly cueRe: Pattern;
  /** What the cue pattern can start with (see starts.ts). */
  readonly starts: string[];
  /** One-word cues a title-case headline capitalises ("UN Urges ..."); not those that are also nouns ("United States", "Police Reports"). */
  readonly headlineCues: ReadonlySet<string>;

  constructor(extras: LexiconExtras = {}) {
    const cues = [...CUES_AFTER_SOURCE, 'describe', ...FORWARD_CUES, 'According to', 'Per', ...(extras.attributionVerbs ?? []).map((w) => w.toLowerCase())];
    // Word edges that know letters beyond ASCII, so that an extra verb such as "declaró" is found.
    this.cueRe = new Pattern(new RegExp(`(?<![\\p{L}\\p{N}_])(${alternation(cues)})(?![\\p{L}\\p{N}_])`, 'gu'));
    this.starts = [...cues, 'source', 'sources', ...SPEAKER_ROLES, ...SPEAKER_TITLES]; // and the "Source:" label of a line, and a speaker's
    this.headlineCues = new Set(cues.filter((c) => /^[a-z]+$/.test(c) && (!NOUN_LIKE_CUES.has(c) || c === 'say')));
  }

  /**
   * `counts`: spans of casualty figures, whose parenthesised source counts too, as fact sheets and
   * tables write it: "Deaths: 41 (health ministry)", "more than 2,000 (OVD-Info, 16 March)".
   */
  extract(text: string, sentenceOf: (offset: number) => { start: number; end: number }, starts?: Starts, counts: { end: number }[] = []): RawAttribution[] {
    const out: RawAttribution[] = [];
    for (const c of counts) {
      const open = PAREN_AFTER.exec(text.slice(c.end, c.end + 4));
      if (!open) continue;
      const inside = c.end + open[0].length;
      const from = inside + (SOURCE_LABEL.exec(text.slice(inside, inside + 12))?.[0].length ?? 0); // "41 (Source: Ministry of Health)"
      const close = text.slice(from, from + 80).search(/[)\n]/);
      if (close < 0 || text[from + close] !== ')') continue;
      const np = forwardPhrase(new LazyTokens(text, from, from + close));
      if (np && /^\s*(?:[,;)]|$)/.test(text.slice(np.end, from + close + 1))) out.push(this.make(text, np, '(…)'));
    }
    // A line labelled "Source: Interior Ministry, 14 March" under a table or a fact sheet.
    for (const at of starts ? starts.cue : labelsIn(text)) {
      const c = text.charCodeAt(at);
      if (c !== 83 && c !== 115) continue; // S, s
      if (!opensLine(text, at)) continue;
      const label = SOURCE_LABEL.exec(text.slice(at, at + 12));
      if (!label || !label[0].includes(':')) continue;
      const from = at + label[0].length;
      const lineEnd = text.indexOf('\n', from);
      const to = Math.min(lineEnd < 0 ? text.length : lineEnd, from + 120);
      const np = forwardPhrase(new LazyTokens(text, from, to));
      if (np && /^\s*(?:[,;.)]|$)/.test(text.slice(np.end, np.end + 2))) out.push(this.make(text, np, 'Source:'));
      else {
        // The label names the source, whatever its grammar: "Source: provincial disaster management offices."
        const m = LABELLED_SOURCE.exec(text.slice(from, to));
        if (m) out.push(this.make(text, { start: from + m.index + m[0].length - m[1].length, end: from + m.index + m[0].length, first: 0 }, 'Source:'));
      }
    }
    // A transcript's speaker: "SPOKESPERSON: At least 12 are missing."
    const labelled = new Set<number>();
    const surnames = new Set<string>();
    for (const at of starts ? starts.cue : lineStarts(text)) {
      // The line's start, looked for a bounded way back (a long line has many words).
      let i = at - 1;
      while (i >= 0 && at - i <= SPEAKER_LABEL_CHARS && text.charCodeAt(i) !== 10) i--;
      if (i >= 0 && text.charCodeAt(i) !== 10) continue;
      const lineStart = i + 1;
      if (labelled.has(lineStart)) continue;
      SPEAKER_LINE.lastIndex = lineStart;
      let m = SPEAKER_LINE.exec(text);
      if (!m && surnames.size > 0) {
        // "HALIN: ..." after "SPOKESMAN PIOTR HALIN: ...": a speaker labelled before, by the last word of the name.
        SURNAME_LINE.lastIndex = lineStart;
        m = SURNAME_LINE.exec(text);
        if (m && !surnames.has(m[1].toUpperCase())) m = null;
      }
      // "The minister: a profile" is a title; a transcript names its speaker bare ("MINISTER:", "Minister Ruiz:").
      if (!m || /^(?:the|a|an)\s/i.test(m[1])) continue;
      labelled.add(lineStart);
      const words = m[1].split(/\s+/);
      if (words.length > 1) surnames.add(words[words.length - 1].toUpperCase());
      const start = lineStart + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length, mention: m[1], cue: ':', extractor: this.name });
    }
    const matches = this.cueRe.matches(text, starts?.cue);
    for (let m = matches.next(); m; m = matches.next()) {
      const cue = m[1];
      const sentence = sentenceOf(m.index);
      const cueEnd = m.index + cue.length;
      if (FORWARD_CUES.includes(cue.toLowerCase())) {
        if (cue === 'per' && !(PER_AS_CUE.before.test(text.slice(Math.max(0, m.index - 4), m.index)) && PER_AS_CUE.after.test(text.slice(cueEnd, cueEnd + 8)))) continue;
        // "Per hospital officials, 12 died": opening the sentence, before a phrase and a comma.
        if (cue === 'Per' && !(m.index === sentence.start && PER_OPENING_AFTER.test(text.slice(cueEnd, Math.min(sentence.end, cueEnd + 80))))) continue;
        // "according to a tally by local journalists": the source is whoever made the document.
        const doc = DOCUMENT_BY.exec(text.slice(cueEnd, Math.min(sentence.end, cueEnd + 100)));
        let from = doc ? cueEnd + doc[0].length : cueEnd;
        from += BOTH_AFTER.exec(text.slice(from, from + 12))?.[0].length ?? 0; // "according to both the ministry and ..."
        let np = forwardPhrase(new LazyTokens(text, from, Math.min(sentence.end, from + 160)));
        if (np) {
          np = nameClosing(text, np, sentence.end);
          out.push(this.make(text, np, cue));
          // "according to police and hospital officials": each is a source.
          const and = AND_AFTER.exec(text.slice(np.end, np.end + 16));
          const other = and ? forwardPhrase(new LazyTokens(text, np.end + and[0].length, Math.min(sentence.end, np.end + and[0].length + 160))) : null;
          // (Not a pronoun: "according to police and they said more" opens a clause.)
          if (other && !(text.slice(other.start, other.end).toLowerCase() in PRONOUNS)) out.push(this.make(text, other, cue));
        }
        continue;
      }
      // "40 people reported missing", "three confirmed dead": a participle of the count, not a source's verb.
      if (STATE_AFTER.test(text.slice(cueEnd, cueEnd + 16))) continue;
      // "Protesters told to disperse refused": the ones told, not a source.
      if (cue === 'told' && TOLD_TO.test(text.slice(cueEnd, cueEnd + 24))) continue;
      // Cues that state something only with what follows them (see STATEMENT_ONLY_BEFORE).
      const needs = STATEMENT_ONLY_BEFORE.get(cue.toLowerCase());
      if (needs && !needs.after.test(text.slice(cueEnd, needs.inSentence ? Math.min(sentence.end, cueEnd + needs.chars) : cueEnd + needs.chars))) continue;
      // "The agency quoted plant director Ilse Kahn as saying": the one quoted is the source.
      const quoted = cue === 'quoted' || cue === 'cited' ? QUOTED_AS.exec(text.slice(cueEnd, Math.min(sentence.end, cueEnd + 120))) : null;
      if (quoted) {
        // A name ends the span ("plant director Ilse Kahn"), or the span is a source phrase ("a police officer").
        const name = NAME_AT_END.exec(quoted[1]);
        const np = name
          ? { start: cueEnd + name.index, end: cueEnd + name.index + name[1].length, first: 0 }
          : forwardPhrase(new LazyTokens(text, cueEnd, cueEnd + quoted[1].length));
        if (np) {
          out.push(this.make(text, np, `${cue} as saying`));
          continue;
        }
      }
      // "the report cited poor maintenance": citing is sourcing only with "as saying".
      const quotedBy = (cue === 'quoted' || cue === 'cited') && QUOTED_BY_AS.test(text.slice(cueEnd, Math.min(sentence.end, cueEnd + 120)));
      if (cue === 'cited' && !quotedBy && !AS_SAYING_AFTER.test(text.slice(cueEnd, cueEnd + 16))) continue; // (but "the minister was cited as saying")
      // "was quoted (cited) by the UN office as saying": whoever quotes is a source too (the one quoted follows below).
      if (quotedBy) {
        const agent = agentAfter(text, cueEnd, sentence.end);
        if (agent) out.push(this.make(text, agent, cue));
      }
      // "as reported by the health department": the agent after "by".
      if (AS_BEFORE.test(text.slice(Math.max(sentence.start, m.index - 4), m.index)) && PAST_PARTICIPLE.test(cue)) {
        const np = agentAfter(text, cueEnd, sentence.end);
        if (np) {
          out.push(this.make(text, np, cue));
          continue;
        }
      }
      // "A senior official speaking on condition of anonymity said": the phrase stands between source and cue.
      const near = text.slice(Math.max(sentence.start, m.index - 60), m.index);
      const anonymous = near.includes('anonymity') ? ANONYMITY_BEFORE.exec(near) : null;
      const cueStart = anonymous ? m.index - anonymous[0].length : m.index;
      const before = tokenize(text, Math.max(sentence.start, m.index - 200), cueStart);
      for (const t of before) if (!t.word && (t.text === '—' || t.text === '–')) t.readAs(','); // "Kovalenko — the minister — said"
      let k = before.length - 1;
      while (k >= 0) {
        const t = before[k];
        if (t.lower in WEEKDAYS && before[k - 1]?.lower === 'on') k -= 2; // "Lind on Thursday urged"
        else if (!BETWEEN_SOURCE_AND_CUE.has(t.lower)) break;
        else if (PASSIVE_BE.has(t.lower) && PAST_PARTICIPLE.test(cue) && cue !== 'quoted' && cue !== 'cited') k = -2; // "are said to have"
        else k--;
      }
      if (k === -2) {
        // The passive with its agent: "it was first reported by media", "confirmed by the ministry".
        const np = agentAfter(text, cueEnd, sentence.end);
        if (np) out.push(this.make(text, np, cue));
        continue;
      }
      let np = k >= 0 && before[k].text === ',' ? appositive(text, before, k, sentence.start) : backwardPhrase(before, k);
      // "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said": the name, with its initials.
      if (!np && k >= 3 && before[k].text === ')' && before[k - 2].text === '(' && isCapitalised(before[k - 1])) {
        const named = backwardPhrase(before, k - 3);
        if (named) np = { ...named, end: before[k].end };
      }
      if (!np && k >= 1 && before[k].word && (REDUCED_RELATIVE.test(before[k].lower) || MANNER.has(before[k].lower))) {
        // "Three people interviewed separately told": a participle (and its manner) after the subject.
        let j = k - 1;
        if (MANNER.has(before[k].lower) && j >= 1 && REDUCED_RELATIVE.test(before[j].lower)) j--;
        if (REDUCED_RELATIVE.test(before[j + 1].lower)) np = clauseSubject(before, j);
      }
      // "a source close to the investigation said", whatever it is close to; "doctors in the capital said".
      if (!np && k >= 3) np = closeTo(before, k) ?? located(before, k);
      // "A review of media reports on police casualties indicates", "An investigation of the killings found".
      if (!np && k >= 2) np = finding(before, k);
      // "The minister visited the site and said", "Ruiz declined to give a figure but said": the subject of the first verb.
      if (!np && k >= 2 && (before[k].lower === 'and' || before[k].lower === 'but')) np = coordinatedSubject(text, before, k, sentence.start);
      // A speaker before what it speaks for: "a spokesperson for the regional fire service said", "the head
      // of the agency said", "sources close to the ministry told" (with it); "Dr. Ines Okafor of the
      // district hospital said" (the person alone).
      np = withSpeaker(before, np);
      // "Interior ministry data seen by this newspaper show": the document shows, not who saw it.
      if (k >= 3 && before[k].word) np = seenBy(before, np ? np.first : k + 1) ?? np;
      if (np && k >= 0 && before[k].text !== ',' && np.first > 0 && before[np.first - 1].word && !CLAUSE_OPENERS.has(before[np.first - 1].lower)) {
        // "Witnesses who spoke to the journalist said": the subject stands before "who".
        const from = Math.max(0, np.first - 14);
        const who = before.slice(from, np.first).map((t) => t.lower).lastIndexOf('who');
        if (who >= 0) np = backwardPhrase(before, from + who - 1);
        else if (((before[np.first - 1].lower === 'on' || before[np.first - 1].lower === 'in') && DOCUMENT_NOUNS.has(before[np.first - 2]?.lower ?? ''))
          || (before[np.first - 1].lower === 'of' && FINDING_NOUNS.has(before[np.first - 2]?.lower ?? ''))) {
          // "a report on a Telegram channel said", "a post on the ministry's website", "a review of media
          // reports on police casualties indicates": the document is the source.
          let doc = np.first - 2;
          while (doc >= 2 && ((before[doc - 1].lower === 'of' && FINDING_NOUNS.has(before[doc - 2].lower)) || ((before[doc - 1].lower === 'on' || before[doc - 1].lower === 'in') && DOCUMENT_NOUNS.has(before[doc - 2].lower)))) doc -= 2;
          const first = doc > 0 && DETERMINERS.has(before[doc - 1].lower) ? doc - 1 : doc;
          np = first === 0 || !before[first - 1].word || CLAUSE_OPENERS.has(before[first - 1].lower) ? { start: before[first].start, end: np.end, first } : null;
        } else if (PREPOSITIONS.has(before[np.first - 1].lower)
          && !documentBefore(before, np.first)) np = k >= 3 ? located(before, k) : null; // "a source in the ministry said": the speaker in the body
      }
      if (!np && k >= 0 && before[k].word) {
        // "A journalist who arrived at the square in the late afternoon told ...": the subject before "who";
        // likewise before a participle or "present" and what follows it ("A protester present at the time told").
        const from = Math.max(0, k - 16);
        const window = before.slice(from, k + 1);
        const who = window.findIndex((t) => t.lower === 'who' || t.lower === 'whose' || t.lower === 'present' || SPEAKING.has(t.lower) || (t.lower.endsWith('ed') && REDUCED_RELATIVE.test(t.lower)));
        if (who > 0 && !window.slice(who).some((t) => /^[,;:“”"]$/.test(t.text) || CUE_WORDS.has(t.lower))) np = clauseSubject(before, from + who - 1);
      }
      if (!np && k >= 3 && before[k].text === ',') {
        // "A police spokeswoman, who asked not to be named, said", "Local officials, speaking on condition
        // of anonymity, said", "Amnesty, in a statement, said": the subject before the aside.
        const from = Math.max(0, k - 16);
        let who = -1;
        for (let i = k - 1; i > from; i--) {
          if (before[i - 1].text === ',' && isAsideOpener(before[i])) who = i;
          if (/^[;:“”"]$/.test(before[i].text) || (before[i].text === ',' && who < 0 && i < k - 1)) break;
        }
        // "Ana Brel, 34, whose husband was rescued, said": the name before the age.
        const aged = who > 3 && AGE.test(before[who - 2].text) && before[who - 3].text === ',' ? who - 4 : who - 2;
        if (who > 1) np = clauseSubject(before, aged);
      }
      if (!np && CUES_BEFORE_SOURCE.includes(cue) && k >= 0 && /^[,”"’]$/.test(before[k].text)) {
        np = forwardPhrase(new LazyTokens(text, cueEnd, Math.min(sentence.end, cueEnd + 160)));
        // "..., said 45 people had died": the subject of what is said, not who says it.
        if (np && SUBJECT_OF_REPORTED.test(text.slice(np.end, np.end + 12))) np = null;
        if (np) np = speakerAfterCue(text, np, sentence.end);
      }
      // "media reports", "the state claims": plural nouns, unless a name or pronoun says them.
      // "Credible reports indicate", "Media claims of abuse": the cue is the subject's noun when a verb or "of" follows it.
      if (np && NOUN_LIKE_CUES.has(cue) && NOUN_CUE_THEN.test(text.slice(cueEnd, cueEnd + 16))) np = null;
      // A plural verb after a plural source noun is a verb all the same: "the authorities say", "officials claim".
      // "..., state television reports.": a reporting clause closing the sentence, whose cue is a verb.
      const closing = np !== null && np.first > 0 && before[np.first - 1].text === ',' && /^\s*[.;]/.test(text.slice(cueEnd, cueEnd + 3));
      if (np && !closing && NOUN_LIKE_CUES.has(cue) && !/^\p{Lu}|^(?:he|she|they)$/u.test(text.slice(np.start, np.end).replace(/^(?:the|a|an)\s+/i, ''))
        && !(PLURAL_VERB_CUES.has(cue) && SOURCE_NOUNS.has(lastWord(text.slice(np.start, np.end))))) np = null;
      // "Records show": a record shows, or its maker ("data from the ministry show").
      if (np && SHOW_CUES.has(cue) && !text.slice(np.start, np.end).toLowerCase().split(/\s+/).some((w) => RECORD_NOUNS.has(w)) && !documentBefore(before, np.first)) np = null;
      // '"...," the statement read': only a document reads, closing what it says.
      if (np && (cue === 'read' || cue === 'reads') && !(DOCUMENT_NOUNS.has(lastWord(text.slice(np.start, np.end)).toLowerCase()) && READ_AFTER.test(text.slice(cueEnd, cueEnd + 12)))) np = null;
      if (np) {
        const other = k >= 0 && before[k].text !== ',' ? conjunct(before, np) : null;
        if (other && endsInPlace(before, other, np.first - 1) && !SOURCE_NOUNS.has(lastWord(text.slice(np.start, np.end)).toLowerCase())) {
          // "Officials in Dorsk and Kalvin said": one source, in two places.
          out.push(this.make(text, { start: other.start, end: np.end, first: other.first }, cue));
          continue;
        }
        out.push(this.make(text, np, cue));
        if (other) out.push(this.make(text, other, cue));
      }
    }
    // "Police gave new figures on Tuesday: 12 died", "the ministry released its latest toll": a source's own count.
    GAVE_FIGURES.lastIndex = 0;
    for (let m = GAVE_FIGURES.exec(text); m; m = GAVE_FIGURES.exec(text)) {
      const sentence = sentenceOf(m.index);
      const before = tokenize(text, Math.max(sentence.start, m.index - 200), m.index);
      let k = before.length - 1;
      while (k >= 0 && BETWEEN_SOURCE_AND_CUE.has(before[k].lower)) k--;
      const np = backwardPhrase(before, k);
      if (np && !COUNT_OPENER.test(text.slice(np.start, np.end))) out.push(this.make(text, np, m[0].replace(/\s+/g, ' ')));
    }
    // "The ministry gave a much lower toll, saying nine people had died", "Police issued a statement
    // saying ...": the participle's source is the sentence's subject, unless a source before it in the
    // sentence already says it ("The ministry said ..., adding that ...").
    PARTICIPLE_CUE.lastIndex = 0;
    let sourced: number[] | null = null;
    for (let m = PARTICIPLE_CUE.exec(text); m; m = PARTICIPLE_CUE.exec(text)) {
      const sentence = sentenceOf(m.index);
      const begun = (sourced ??= out.map((a) => a.start).sort((a, b) => a - b));
      const first = firstIndex(begun.length, (i) => begun[i] >= sentence.start);
      if (first < begun.length && begun[first] < m.index) continue;
      const np = this.leadSubject(text, sentence.start, m.index);
      if (np) out.push(this.make(text, np, m[1] ?? m[2]));
    }
    return dedupe(out);
  }

  /** The subject opening a sentence, after a fronted phrase ("By nightfall, the government ..."), before `to`. */
  private leadSubject(text: string, from: number, to: number): Phrase | null {
    const end = Math.min(to, from + 160);
    let np = forwardPhrase(new LazyTokens(text, from, end));
    if (!np) {
      const comma = text.slice(from, Math.min(end, from + LEAD_OPENER_CHARS)).indexOf(',');
      if (comma > 0 && LEAD_OPENER.test(text.slice(from, from + comma))) np = forwardPhrase(new LazyTokens(text, from + comma + 1, end));
    }
    // Not a count ("Twelve people died, saying ..."), nor a phrase that runs on into its verb.
    if (!np || COUNT_OPENER.test(text.slice(np.start, np.end))) return null;
    return tokenize(text, np.start, np.end).some((t) => CUE_WORDS.has(t.lower)) ? null : np;
  }

  private make(text: string, np: Phrase, cue: string): RawAttribution {
    return { start: np.start, end: np.end, mention: text.slice(np.start, np.end), cue, extractor: this.name };
  }
}

/**
 * A document and "from" or "by" before the phrase at token `first`: its maker ("a statement from the
 * ministry", "data from the ministry", "figures compiled by the party").
 */
function documentBefore(tokens: Token[], first: number): boolean {
  if (first < 2) return false;
  const by = tokens[first - 1].lower;
  const made = MADE.has(tokens[first - 2].lower) ? 1 : 0;
  const doc = tokens[first - 2 - made]?.lower ?? '';
  return (by === 'from' || by === 'by') && (DOCUMENT_NOUNS.has(doc) || RECORD_NOUNS.has(doc));
}
/** The document before "seen by" (SEEN) and the phrase at token `first` (or the last few words when none was read), or null. */
function seenBy(tokens: Token[], first: number): Phrase | null {
  for (let i = first - 1; i >= Math.max(1, first - 4); i--) {
    if (tokens[i].lower === 'by' && SEEN.has(tokens[i - 1].lower)) return i >= 2 ? backwardPhrase(tokens, i - 2) : null;
    if (!tokens[i].word) return null;
  }
  return null;
}
/** How a document's maker made it: "figures compiled by", "data released by". */
const MADE = new Set(['compiled', 'released', 'published', 'issued', 'gathered', 'collected', 'provided', 'kept', 'prepared', 'produced', 'sent', 'shared']);
/** How a document reached someone else, who is not its maker: "ministry data seen by this newspaper". */
const SEEN = new Set(['seen', 'obtained', 'reviewed', 'examined', 'verified', 'leaked']);

/** Where a post is made: a named platform, a website, an account, social media. */
const PLATFORM_AFTER = /^\s+(?:\p{Lu}|(?:its|his|her|their|the|an?)\s+(?:official\s+|own\s+)?(?:website|account|channel|page|feed|blog)\b|social\s+media\b)/u;
/** What follows a cue that states something only with a clause or a quote after it: "pointed out that", "informed reporters that". */
const THAT_FOLLOWS = { after: /^\s+(?:[\p{L}'’-]+\s+){0,3}?that\b|^\s*[“"‘':,]/u, chars: 48 };
/** A change to a count, not to anything else: "revised the death toll", "raised its estimate of the dead" (not "raised concerns"). */
const TOLL_CHANGED = { after: /^\s+(?:(?:the|its|their|his|her|an?|official)\s+)+(?:[\p{L}-]+\s+){0,3}?(?:toll|figure|figures|count|number|tally|estimate|total)\b/u, chars: 60 };
/** What follows a declaration that is a statement: "declared that", a quote, a colon or comma, the sentence's end. */
const DECLARED_WHAT = { after: /^\s*(?:that\b|[“"‘'«:,.;]|$)/i, chars: 12 };
/**
 * Cues that are a source's statement only when the text after them says so, and what it must say:
 * "posted on Telegram", "wrote on its website" (not "soldiers posted on the border"); "referred to the
 * protesters as ..." (not "referred to the law"); "declared that", "declared: ..." (not "declared Dask the
 * winner" or "declared a state of emergency", which are acts); "verified the deaths of" (not "verified 80 videos");
 * "revised the death toll" (not "raised concerns"); "pointed out that" (not "pointed out the damage"); "found that" (not "found 12 bodies"). Looked for within `chars` of the cue (and
 * its sentence, with `inSentence`).
 */
const STATEMENT_ONLY_BEFORE = new Map<string, { after: RegExp; chars: number; inSentence?: boolean }>([
  ['posted on', { after: PLATFORM_AFTER, chars: 40 }],
  ['wrote on', { after: PLATFORM_AFTER, chars: 40 }],
  ['referred to', { after: /^\s+(?:[\p{L}'’-]+\s+){1,6}as\s+[“"‘'\p{L}]/u, chars: 80, inSentence: true }],
  ['declared', DECLARED_WHAT],
  ['declares', DECLARED_WHAT],
  // "The Commission verified the deaths of 27 people", "verified that": a finding; "verified 80 videos" is its method.
  ...['revised', 'revises', 'raised', 'raises', 'lowered', 'lowers', 'updated', 'updates'].map((cue) => [cue, TOLL_CHANGED] as const),
  // "pointed out that", "informed reporters that": a statement; "pointed out the damage" is a gesture.
  ...['informed', 'informs', 'pointed out', 'points out', 'underlined', 'underlines', 'clarified', 'specified'].map((cue) => [cue, THAT_FOLLOWS] as const),
  // "The inquiry found that police fired first": a finding; "rescuers found 12 bodies" is a discovery.
  ...['found', 'finds'].map((cue) => [cue, { after: /^\s+(?:[\p{L}'’-]+\s+){0,3}?that\b/u, chars: 48 }] as const),
  ['verified', { after: /^\s+(?:that\b|the\s+(?:deaths?|killings?|arrests?|detentions?|injuries|disappearances?|identities|cases)\b|(?:[\p{L}\d,]+\s+){0,3}(?:deaths|killings|cases\s+of)\b)/u, chars: 40 }],
  // "Her comments were endorsed by several other experts": a statement others put their name to; not "the council endorsed the plan".
  ...['endorsed', 'echoed'].map((cue) => [cue, { after: /^\s+by\s/u, chars: 8 }] as const),
  // "OHCHR recorded 1,119 civilian casualties", "has recorded the deaths of": a monitor's count; not "videos recorded by
  // journalists", nor "recorded around 2 a.m.".
  ['recorded', { after: /^\s+(?:that\b|(?:the\s+)?(?:deaths?|killings?|arrests?|detentions?|injuries|casualties|disappearances?)\b|(?:(?:at\s+least|more\s+than|over|some|nearly|almost|a\s+total\s+of)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands)\b))/u, chars: 40 }],
]);

interface Phrase {
  start: number;
  end: number;
  /** Index of the first token of the phrase in the token list it came from. */
  first: number;
}

/** The noun phrase that ends at token k: "the Estrian Interior Ministry", "Lind", "she". */
function backwardPhrase(tokens: Token[], k: number): Phrase | null {
  if (k < 0 || !isHead(tokens[k])) return null;
  if (tokens[k].lower in PRONOUNS) return { start: tokens[k].start, end: tokens[k].end, first: k };
  let first = k;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    if (isInner(t) || isNameLikeMonth(t, tokens[j + 1])) first = j;
    // "the UN refugee agency", "the civil protection agency": a noun modifying the head, after a determiner, a name or a modifier.
    // Two such nouns: "the national disaster management agency".
    else if (k - j <= 2 && isNounModifier(t) && j > 0 && (DETERMINERS.has(tokens[j - 1].lower) || isCapitalised(tokens[j - 1]) || SOURCE_MODIFIERS.has(tokens[j - 1].lower) || (k - j === 1 && isNounModifier(tokens[j - 1])))) first = j;
    else if ((t.lower === 'year-old' || t.lower === 'month-old') && j >= 2 && tokens[j - 1].text === '-' && /^\d+$/.test(tokens[j - 2].text)) {
      j -= 2; // "a 19-year-old student"
      first = j;
    } else if (t.text === ')' && j >= 2 && tokens[j - 2].text === '(' && isCapitalised(tokens[j - 1])) j -= 2;
    else if (isPluralPossessive(tokens[j - 1], t)) first = --j; // "the guards' union", "the journalists’ union"
    else if (CONNECTORS.has(t.lower) && j > 0 && (isCapitalised(tokens[j - 1]) || SOURCE_NOUNS.has(tokens[j - 1].lower)) && isCapitalised(tokens[j + 1])) continue;
    else if (NAME_PARTICLES.has(t.text) && inName(tokens, j)) continue; // "Ana de la Cruz", "Jan van der Berg"
    else if (t.lower === 'to' && j > 0 && isCapitalised(tokens[j - 1]) && isCapitalised(tokens[j + 1])) continue; // "the Committee to Protect Journalists"
    else if (t.text === '/' && j > 0 && isCapitalised(tokens[j - 1]) && isCapitalised(tokens[j + 1])) continue; // "Radio Free Europe/Radio Liberty"
    else if (t.lower === 'the' && j >= 2 && tokens[j - 1].lower === 'of' && (isCapitalised(tokens[j - 2]) || SOURCE_NOUNS.has(tokens[j - 2].lower)) && isCapitalised(tokens[j + 1])) {
      j--; // "the Ministry of the Interior", "Mara Lind of the Harbour Union"
      continue;
    } else if (DETERMINERS.has(t.lower) && t.lower !== 'that' && t.lower !== 'this') {
      first = j;
      break;
    } else break;
  }
  while (first < k && CONNECTORS.has(tokens[first].lower)) first++;
  if (first === k && !isCapitalised(tokens[k]) && !SOURCE_NOUNS.has(tokens[k].lower)) return null;
  if (tokens[first].lower === 'the' && tokens[first - 1]?.lower === 'of' && PARTITIVE_HEADS.has(tokens[first - 2]?.lower ?? '')) first -= 2;
  if (tokens.slice(first, k + 1).every((t) => DETERMINERS.has(t.lower) || (SOURCE_MODIFIERS.has(t.text) && !SOURCE_NOUNS.has(t.text)))) return null;
  // "Mara Lind of the Harbour Union said": the person speaks for the organisation.
  for (let j = first + 2; j < k; j++) {
    if (tokens[j].lower !== 'of' || tokens[j + 1].lower !== 'the') continue;
    const words = tokens.slice(first, j);
    if (words.every((t) => t.capitalised && !SOURCE_NOUNS.has(t.lower)) && PERSON_NAME.test(words.map((t) => t.text).join(' '))) {
      return { start: tokens[first].start, end: tokens[j - 1].end, first };
    }
    break;
  }
  return { start: tokens[first].start, end: tokens[k].end, first };
}

/** A plural's possessive mark right after it: "guards'", "journalists’". */
function isPluralPossessive(word: Token | undefined, mark: Token): boolean {
  return (mark.text === "'" || mark.text === '’') && word !== undefined && word.word && word.end === mark.start && /s$/i.test(word.text);
}

/** Lower-case words inside a person's name: "Ana de la Cruz", "Jan van der Berg", "Omar bin Said". */
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'des', 'bin', 'ibn', 'ben', 'ter', 'zu', 'af']);
/** Those particles inside a phrase, with the space before each. */
const PARTICLES_INSIDE = new RegExp(`\\s(?:${[...NAME_PARTICLES].join('|')})(?=\\s)`, 'g');

/** Does the run of particles around token j stand between two capitalised words? */
function inName(tokens: Token[], j: number): boolean {
  let a = j;
  while (a > 0 && NAME_PARTICLES.has(tokens[a - 1].text)) a--;
  let b = j;
  while (b + 1 < tokens.length && NAME_PARTICLES.has(tokens[b + 1].text)) b++;
  return a > 0 && isCapitalised(tokens[a - 1]) && b + 1 < tokens.length && isCapitalised(tokens[b + 1]);
}

/**
 * The first of two sources joined by "and" before one cue, when it opens its clause: "a rights group" in
 * "a rights group and hospital officials said" (not "fired at witnesses and officials said").
 */
function conjunct(tokens: Token[], np: Phrase): Phrase | null {
  if (np.first < 2 || tokens[np.first - 1].lower !== 'and') return null;
  // "Both the police and the army said".
  const both = withSpeaker(tokens, backwardPhrase(tokens, np.first - 2));
  const other = clauseSubject(tokens, np.first - 2)
    ?? (both && both.first >= 1 && tokens[both.first - 1].lower === 'both' && opensClause(tokens, both.first - 1) ? both : null);
  if (!other) return null;
  const head = tokens[np.first - 2];
  return SOURCE_NOUNS.has(head.lower) || isCapitalised(head) ? other : null;
}

/** Does a phrase end in a place after a preposition ("Officials in Dorsk")? Then "and Kalvin" is another place, not another source. */
function endsInPlace(tokens: Token[], p: Phrase, end: number): boolean {
  for (let j = Math.max(p.first + 1, end - 3); j < end; j++) if (PLACE_PREPOSITIONS.has(tokens[j].lower)) return true;
  return false;
}
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'outside']);

/** The noun phrase ending at token k, when it opens its clause (a subject, not an object): "Three people" in "Three people interviewed separately told". */
/** How far back from the cue a study's noun may open its subject ("A review of ... casualties indicates"). */
const FINDING_SUBJECT_TOKENS = 12;
/**
 * A study and what it is of, opening the clause right before the cue: "A review of media reports on
 * police casualties indicates", "An investigation into the killings found". Words only between them.
 */
function finding(tokens: Token[], k: number): Phrase | null {
  for (let j = k - 1; j >= Math.max(0, k - FINDING_SUBJECT_TOKENS); j--) {
    const t = tokens[j];
    if (!t.word) return null;
    if (!FINDING_NOUNS.has(t.lower) || !/^(?:of|on|into)$/.test(tokens[j + 1].lower)) continue;
    const first = j > 0 && DETERMINERS.has(tokens[j - 1].lower) ? j - 1 : j;
    return opensClause(tokens, first) ? { start: tokens[first].start, end: tokens[k].end, first } : null;
  }
  return null;
}

function clauseSubject(tokens: Token[], k: number): Phrase | null {
  const subject = withSpeaker(tokens, backwardPhrase(tokens, k));
  return subject && opensClause(tokens, subject.first) ? subject : null;
}

/** Does token i open its clause (the first, or after punctuation or a clause opener)? */
const opensClause = (tokens: Token[], i: number) => i === 0 || !tokens[i - 1].word || CLAUSE_OPENERS.has(tokens[i - 1].lower);

/** Is the lower-case word at i one of at most two nouns right before a source's head ("disaster management agency")? */
function modifiesHead(tokens: LazyTokens, i: number): boolean {
  for (let j = i + 1; j <= i + 2; j++) {
    const t = tokens.at(j);
    if (!t) return false;
    if (SOURCE_NOUNS.has(t.lower) && t.word) return true;
    if (!isNounModifier(t)) return false;
  }
  return false;
}

/** The phrase after a cue: "said Jonah Frey, ...", "according to the Interior Ministry". */
function forwardPhrase(tokens: LazyTokens): Phrase | null {
  let i = 0;
  const first = tokens.at(0);
  // "according to him", "according to her, ...": a pronoun, not a determiner.
  if (first && first.lower in OBJECT_PRONOUNS && !tokens.at(1)?.word) return { start: first.start, end: first.end, first: 0 };
  // A count is a determiner too: "according to 14 witnesses", as "according to three residents".
  if (first && ((DETERMINERS.has(first.lower) && first.lower !== 'that') || (/^\d{1,3}(?:,\d{3})*$/.test(first.text) && tokens.at(1)?.word))) i++;
  const begin = i;
  let last = -1;
  for (let t = tokens.at(i); t; t = tokens.at(++i)) {
    if (isInner(t) || (t.lower in PRONOUNS && i === begin)) last = i;
    // "said a 34-year-old farmer": an age before the head.
    else if (/^\d{1,3}$/.test(t.text) && tokens.at(i + 1)?.text === '-' && /^(?:year|month)-old$/.test(tokens.at(i + 2)?.lower ?? '')) i += 2;
    // "the provincial disaster agency", "the port authority": nouns modifying a source's head, no more than two before it.
    else if (isNounModifier(t) && modifiesHead(tokens, i)) continue;
    // (A link word only after a word of the phrase: "according to to the ministry" has none before its second "to".)
    else if (last >= 0 && (CONNECTORS.has(t.lower) || (t.lower === 'to' && isCapitalised(tokens.at(i - 1)!))) && tokens.at(i + 1) && isCapitalised(tokens.at(i + 1)!)) continue;
    else if (last === i - 1 && isPluralPossessive(tokens.at(i - 1), t)) continue; // "according to the teachers' union"
    // "the Ministry of the Interior": "of the" between capitals.
    else if (last === i - 1 && t.lower === 'of' && tokens.at(i + 1)?.lower === 'the' && isCapitalised(tokens.at(i - 1)!) && tokens.at(i + 2) && isCapitalised(tokens.at(i + 2)!)) i++;
    else break;
    if (t.lower in PRONOUNS) break;
  }
  if (last < begin) return null;
  const head = tokens.at(last)!;
  if (!isHead(head) || NOT_SOURCES.has(head.lower)) return null;
  // "according to official results", "according to local media reports": a record whose maker is not named.
  const next = tokens.at(last + 1);
  if (next?.word && (RECORD_NOUNS.has(next.lower) || RESULT_NOUNS.has(next.lower))) return null;
  for (let j = begin; j <= last; j++) if (NOT_SOURCES.has(tokens.at(j)!.lower)) return null;
  return { start: first!.start, end: head.end, first: 0 };
}

/** "a source close to the investigation", whatever it is close to: the phrase ending at token k, or null. */
function closeTo(tokens: Token[], k: number): Phrase | null {
  for (let j = k - 1; j >= Math.max(2, k - 4); j--) {
    if (!tokens[j + 1].word) return null;
    if (!CLOSE_TO.has(`${tokens[j - 1].lower} ${tokens[j].lower}`) || !SOURCE_NOUNS.has(tokens[j - 2].lower)) continue;
    const speaker = backwardPhrase(tokens, j - 2);
    return speaker ? { start: speaker.start, end: tokens[k].end, first: speaker.first } : null;
  }
  return null;
}

const LOCATED_BY = new Set(['in', 'at', 'near']);

/** Bodies a speaker may be in, as in a place: "a source in the ministry", "officials in the governor's office". */
const SPEAKER_BODIES = new Set(['ministry', 'ministries', 'office', 'service', 'services', 'department', 'agency', 'government', 'administration', 'army', 'military', 'police', 'presidency', 'cabinet', 'council', 'commission', 'committee', 'party', 'embassy', 'mission', 'directorate']);

/** A speaker and where they are: "doctors in the capital", "witnesses at the scene", "a source in the ministry" (a capitalised place joins by name). */
function located(tokens: Token[], k: number): Phrase | null {
  if (!SPEAKER_PLACES.has(tokens[k].text) && !SPEAKER_BODIES.has(tokens[k].lower)) return null;
  let j = k - 1;
  if (j >= 0 && tokens[j].word && !LOCATED_BY.has(tokens[j].lower) && !SOURCE_NOUNS.has(tokens[j].lower) && !DETERMINERS.has(tokens[j].lower)) j--; // "the main square"
  if (j >= 0 && (tokens[j].lower === 'the' || tokens[j].lower === 'that')) j--;
  if (j < 1 || !LOCATED_BY.has(tokens[j].lower) || !SOURCE_NOUNS.has(tokens[j - 1].lower)) return null;
  const speaker = backwardPhrase(tokens, j - 1);
  return speaker ? { start: speaker.start, end: tokens[k].end, first: speaker.first } : null;
}

/**
 * The number of link words between a phrase and the speaker before it (0: none): "a spokesperson
 * for" (1), "sources close to" (2), "Ines Okafor of" (1, a name); not a document ("a statement from").
 */
function speaksFor(tokens: Token[], np: Phrase | null): number {
  if (!np || np.first < 2) return 0;
  const w = tokens[np.first - 1].lower;
  let link = 0;
  if (SPEAKS_FOR.has(w)) link = 1;
  else if ((w === 'to' || w === 'with') && np.first >= 3 && CLOSE_TO.has(`${tokens[np.first - 2].lower} ${w}`)) link = 2;
  if (link === 0) return 0;
  const speaker = tokens[np.first - 1 - link];
  if (!speaker.word || DOCUMENT_NOUNS.has(speaker.lower)) return 0;
  const name = link === 1 && w === 'of' && isCapitalised(speaker) && !SOURCE_NOUNS.has(speaker.lower);
  return SOURCE_NOUNS.has(speaker.lower) || name ? link : 0;
}

/** A verb right after the phrase a cue is followed by: the phrase is the subject of what is said ("said 45 people had died"). */
const SUBJECT_OF_REPORTED = /^\s+(?:had|have|has|were|was|are|is|would|will|could|may|might|died|remain|remained)\b/i;
/** After "said": what the speaker speaks for, and a name that closes the sentence: '..., said a spokesman for the ministry, Ana Ruiz.' */
const FOR_AFTER = /^\s+(?:for|of)\s+/;
const NAME_CLOSES = /^,\s+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\s*[.!?]?["”’]?\s*$/u;
/** The subject opening the sentence, when the cue is its second verb, joined by "and" or "but" at token `and` with no comma before. */
function coordinatedSubject(text: string, tokens: Token[], and: number, sentenceStart: number): Phrase | null {
  const subject = forwardPhrase(new LazyTokens(text, sentenceStart, tokens[and].start));
  if (!subject || !/^[\s"“]*$/.test(text.slice(sentenceStart, subject.start))) return null;
  const between = tokens.filter((t) => t.start >= subject.end && t.end <= tokens[and].start);
  // A verb of its own after the subject ("visited", "declined"), and no clause break before "and".
  if (between.length < 1 || !between[0].word || between[0].lower === 'and' || between.some((t) => /^[,;:“”"()]$/.test(t.text))) return null;
  return { start: subject.start, end: subject.end, first: 0 };
}

/** A one-word phrase that is the last word of a full name the text gave before it: "Ruiz" after "Ana Ruiz". */
function surnameOfEarlierName(text: string, tokens: Token[], p: Phrase): boolean {
  const t = tokens[p.first];
  if (p.end !== t.end || !isCapitalised(t) || SOURCE_NOUNS.has(t.lower)) return false;
  return new RegExp(`\\p{Lu}[\\p{Ll}\\p{M}'’-]+\\s+${escapeRegExp(t.text)}(?![\\p{L}])`, 'u').test(text.slice(0, p.start));
}

/** A name set off after a description, closing the sentence: "according to the mine's operator, Kessel Mining.", "..., the Caldera Mineworkers' Federation." */
const ORGANISATION_CLOSES = /^,\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}\p{M}'’&.-]*){0,5})\s*[.!?]?["”’]?\s*$/u;
/** After a forward cue's description ("the mine's operator"), the name it goes by, when one closes the sentence. */
function nameClosing(text: string, np: Phrase, sentenceEnd: number): Phrase {
  const phrase = text.slice(np.start, np.end);
  if (isProperName(phrase.replace(/^(?:the|a|an)\s+/i, '')) || /^\p{Lu}/u.test(phrase)) return np;
  const m = ORGANISATION_CLOSES.exec(text.slice(np.end, Math.min(sentenceEnd + 2, np.end + 80)));
  const name = m?.[1].replace(/\.+$/, '');
  // One word only when it is an acronym ("the UN refugee agency, UNHCR.").
  if (!m || !name || (!/\s/.test(name) && !/^\p{Lu}{2,}$/u.test(name))) return np;
  const at = np.end + m[0].indexOf(m[1]);
  return { start: at, end: at + name.length, first: np.first };
}

function speakerAfterCue(text: string, np: Phrase, sentenceEnd: number): Phrase {
  const head = lastWord(text.slice(np.start, np.end)).toLowerCase();
  if (!ROLE_HEADS.has(head) && !SOURCE_NOUNS.has(head)) return np;
  const link = FOR_AFTER.exec(text.slice(np.end, np.end + 8));
  const of = link ? forwardPhrase(new LazyTokens(text, np.end + link[0].length, Math.min(sentenceEnd, np.end + 120))) : null;
  const whole = of ? { start: np.start, end: of.end, first: np.first } : np;
  const name = ROLE_HEADS.has(head) ? NAME_CLOSES.exec(text.slice(whole.end, Math.min(sentenceEnd + 2, whole.end + 60))) : null;
  if (!name) return whole;
  const at = whole.end + name[0].indexOf(name[1]);
  return { start: at, end: at + name[1].length, first: np.first };
}

/** The phrase with the speaker before what it speaks for (see speaksFor). */
function withSpeaker(tokens: Token[], np: Phrase | null): Phrase | null {
  for (let link = speaksFor(tokens, np); np && link > 0; link = speaksFor(tokens, np)) {
    const speaker = backwardPhrase(tokens, np.first - 1 - link);
    if (!speaker) break;
    const person = tokens[np.first - 1 - link].capitalised && !SOURCE_NOUNS.has(tokens[np.first - 1 - link].lower);
    np = person ? speaker : { start: speaker.start, end: np.end, first: speaker.first };
    if (person) break;
  }
  return np;
}

/** The agent after "by" that follows a cue: "confirmed by the ministry", "as reported by the department". */
function agentAfter(text: string, cueEnd: number, sentenceEnd: number): Phrase | null {
  const by = BY_AFTER.exec(text.slice(cueEnd, cueEnd + 48));
  return by ? forwardPhrase(new LazyTokens(text, cueEnd + by[0].length, Math.min(sentenceEnd, cueEnd + 160))) : null;
}

const AGE = /^(?:1[0-1]\d|[1-9]?\d)$/;
/** What a description says its subject does, up to the comma before its name: " representing the miners", " that runs the mine". */
const DESCRIBED_BY = /^\s+(?:\p{Ll}+ing|that|which|who)\s[^,;:“”"]{0,80}$/u;

/** Does a phrase end with a role ("The UN Secretary-General", "the Prime Minister")? */
const endsInRole = (phrase: string) => phrase.toLowerCase().split(/[\s-]+/).slice(-2).some((w) => ROLE_HEADS.has(w));

/** "Tomas Reyt, the deputy mayor of Valmora, told": prefer the proper name around the commas. */
function appositive(text: string, tokens: Token[], comma: number, sentenceStart: number): Phrase | null {
  // "Ruiz, 54, said", "Rina Voll, a 52-year-old teacher, told": an age set off after the name.
  if (comma >= 3 && AGE.test(tokens[comma - 1].text) && tokens[comma - 2].text === ',') {
    const named = backwardPhrase(tokens, comma - 3);
    if (named && isCapitalised(tokens[comma - 3])) return named;
  }
  // ", in a post on X," is an aside, not the speaker: the subject before it speaks (see the caller).
  let open = comma - 1;
  while (open > 0 && tokens[open - 1].text !== ',' && comma - open < 12) open--;
  if (open > 0 && tokens[open - 1].text === ',' && isAsideOpener(tokens[open])) return null;
  // "Radio Vesta, the local branch of Radio Free Europe/Radio Liberty, reported": the name the description is of.
  // Likewise a role without an article: '"...," Ada Kesh, head of the dockers' union, told reporters'.
  if (open > 1 && tokens[open - 1].text === ',' && (tokens[open].lower === 'the' || tokens[open].lower === 'a' || tokens[open].lower === 'an' || ROLE_HEADS.has(tokens[open].lower))) {
    const named = backwardPhrase(tokens, open - 2);
    if (named && (isProperName(text.slice(named.start, named.end)) || surnameOfEarlierName(text, tokens, named))) return named;
  }
  const inner = backwardPhrase(tokens, comma - 1);
  const outerComma = inner ? inner.first - 1 : -1;
  const outer = outerComma >= 0 && tokens[outerComma].text === ',' ? backwardPhrase(tokens, outerComma - 1) : null;
  // "The UN Secretary-General, Ana Ruiz, said": a title set off before a name is the name's.
  if (outer && inner && endsInRole(text.slice(outer.start, outer.end)) && isProperName(text.slice(inner.start, inner.end))) return inner;
  for (const p of [outer, inner]) if (p && isProperName(text.slice(p.start, p.end))) return p;
  // "Mara Lind, a spokesperson for the union, said"; "A police spokesperson in the main city, Valmora,
  // said": the sentence's subject, when it is a name or a source noun.
  const subject = forwardPhrase(new LazyTokens(text, sentenceStart, tokens[comma].start));
  if (subject && inner && subject.end < inner.start) {
    const s = text.slice(subject.start, subject.end);
    // "The UN refugee agency, UNHCR, said": a name right after the description is the description's name.
    const before = tokens[inner.first - 1];
    const bare = (p: Phrase) => text.slice(p.start, p.end).replace(/^(?:the|a|an)\s+/i, '');
    if (before?.text === ',' && !isProperName(bare(subject))) {
      if (before.start === subject.end && isCapitalised(tokens[inner.first])) return inner;
      // "The union representing the miners, the Caldera Mineworkers' Federation, said": a description with
      // what it does, then its name.
      if (DESCRIBED_BY.test(text.slice(subject.end, before.start)) && isProperName(bare(inner))) return inner;
    }
    if (isProperName(bare(subject)) || SOURCE_NOUNS.has(s.split(/\s+/).pop()!.toLowerCase())) return subject;
  }
  if (inner || outer) return inner ?? outer;
  // A long appositive: the first comma-separated segment of the sentence that is a proper name.
  let segStart = sentenceStart;
  for (const t of tokens) {
    if (t.text !== ',') continue;
    const seg = text.slice(segStart, t.start);
    const lead = seg.length - seg.trimStart().length;
    if (isProperName(seg.trim())) return { start: segStart + lead, end: segStart + lead + seg.trim().length, first: 0 };
    segStart = t.end;
  }
  return null;
}

function dedupe(list: RawAttribution[]): RawAttribution[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawAttribution[] = [];
  for (const a of list) {
    const prev = out[out.length - 1];
    if (prev && a.start < prev.end) continue;
    out.push(a);
  }
  return out;
}
