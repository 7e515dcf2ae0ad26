// Casualty figures: a count of people killed, injured, detained or missing.
// A number becomes a figure only when an outcome word is tied to it: after the counted noun
// ("12 officers were killed", "19 injured", "10 apparent killings") or before it ("killed dozens of
// protesters", "the deaths of 12 police officers"). Counts of videos, vehicles or metres never are.
import {
  ATTACKER_NOUNS, COUNTED_OUTCOMES, DEFENDED_IN_GENERAL, FOOTAGE_WORDS, GROUP_NOUNS, INCIDENT_AFTER_OUTCOME, NON_PERSON_NOUNS, OUTCOME_AFTER, OUTCOME_BEFORE,
  OUTCOME_NOUNS, TOLL_WORDS,
} from '../lexicon/casualties.ts';
import { HEDGES, SCALES, TENS, UNITS, VAGUE, parseNumberWords } from '../lexicon/numbers.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../lexicon/calendar.ts';
import { alternation } from '../lexicon/pattern.ts';
import { PLACE, PLACE_OPENER, placeName } from '../lexicon/places.ts';
import type { LexiconExtras } from '../lexicon/extras.ts';
import type { Group, Outcome } from '../model.ts';
import { countBounds } from './countBounds.ts';
import { Pattern, type Starts } from './starts.ts';
import { Occupied, type RawFigure } from './types.ts';
import { inTableRow, isTotalRow, tableCellAt } from './tableCells.ts';
import { LazyTokens, type Token } from './tokens.ts';

const NUMBER_WORDS = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand', 'million'];
const NUMBER_WORD = alternation(NUMBER_WORDS);
const VAGUE_WORDS = alternation(Object.keys(VAGUE).filter((w) => w !== 'many' && w !== 'numerous' && w !== 'few'));
// The count itself; a hedge before it ("nearly", "at least") is read backwards from its start.
const COUNT_RE = new Pattern(new RegExp(
  `\\b(?:(\\d{1,3}(?:[,\u00a0\u202f\u2009]\\d{3})+|(?<!\\b(?:${alternation(MONTH_WORDS)})\\.?\\s)\\d{1,3}(?: \\d{3})+(?= [A-Za-z])|\\d+(?:\\.\\d+)?)(?:\\s+(million|thousand))?|(${NUMBER_WORD}(?:(?:\\s+and\\s+|[\\s-]+)${NUMBER_WORD})*(?:\\s+dozen)?)|(${VAGUE_WORDS}))\\b(?![-–]\\d+[-/]|[-/](?!(?:odd|plus)\\b)[A-Za-z_]|\\/\\d|%|\\.\\d)`,
  'gi',
));
/** The second end of a range: "10 to 15", "10-15", "two or three", "between 10 and 15"; or a wider guess: "dozens, possibly hundreds". */
const SECOND_COUNT = `(\\d{1,3}(?:,\\d{3})+|\\d+|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*|${VAGUE_WORDS})\\b(?![-/]\\w|%|\\.\\d)`;
const RANGE_AFTER = new RegExp(`(?:\\s*[-–]\\s*|\\s+(?:to|or)\\s+)${SECOND_COUNT}`, 'iy');
const BETWEEN_AFTER = new RegExp(`\\s+and\\s+${SECOND_COUNT}`, 'iy');
const WIDER_AFTER = new RegExp(`,?\\s+(?:possibly|perhaps|maybe|or\\s+even|if\\s+not|and\\s+possibly|or\\s+possibly)\\s+${SECOND_COUNT}`, 'iy');
/** A sticky pattern's match at `at`, or null. */
function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
/** What the count pattern can start with besides digits (see starts.ts). */
export const COUNT_STARTS = [...NUMBER_WORDS, ...Object.keys(VAGUE)];
/** Taken to a hospital the text names or describes: "admitted to the district hospital", "taken to Varn General Hospital". */
const TO_HOSPITAL = String.raw`(?:admitted|taken|rushed)\s+to\s+(?:(?:the|a|an)\s+)?(?:[a-z'’.-]+\s+){0,3}?hospitals?`;
/** A count right after an outcome verb: its object ("killed 45", "injured at least 40"). */
const ACTIVE_WITH_COUNT_AFTER = /^\s+(?:(?:at\s+least|more\s+than|nearly|about|some|over|another|a\s+further)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\b)/i;
const WENT_UP_TO_BEFORE = /\b(?:gone|went|goes)\s+up\s+to\s+$/i;
const HEDGE_BEFORE = new RegExp(`(?:^|[^\\w])(${alternation(Object.keys(HEDGES))})\\s+$`, 'i');
const NOT_AFTER = /[\w.,\-/]$/;
const OUTCOME_BEFORE_RE = new RegExp(`\\b(${alternation(Object.keys(OUTCOME_BEFORE))})\\s+(?:(?:the|a|some|about|at least|nearly|almost|more than|over|up to|as many as|another|a further|a total of)\\s+)?$`, 'i');
/** A second verb shares the count: "arrested and charged 40 protesters", "detained, beat and questioned 12 students". */
// Only verbs done to the same people: "killed and displaced thousands" counts the displaced.
const SAME_PEOPLE_VERBS = String.raw`(?:charged|beat|beaten|questioned|interrogated|tortured|abused|handcuffed|searched|held|jailed|imprisoned|deported|expelled|prosecuted|fined|sentenced|convicted|released|freed|transferred|mutilated|buried)`;
const OUTCOME_AND_VERB_BEFORE = new RegExp(String.raw`\b(${alternation(Object.keys(OUTCOME_BEFORE).filter((k) => !k.includes(' ')))})(?:\s*,\s*${SAME_PEOPLE_VERBS})?\s+and\s+(?:later\s+)?${SAME_PEOPLE_VERBS}\s+(?:(?:the|some|about|at\s+least|nearly|almost|more\s+than|over|up\s+to|another|a\s+total\s+of)\s+)?$`, 'i');
const GROUP_OPENER = /^[\s*_•–-]*(?:Among|Of)\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*,\s*(?:(?:at\s+least|more\s+than|some|about|nearly|over|another)\s+)?$/iu;
/** The group a sentence's opener names: "Among civilians, 12 died", "Of the police, 19 were killed" (a group, not a subset of the dead). */
function openerGroup(text: string, sentenceStart: number, start: number, groups: Record<string, Group>): Group | undefined {
  // "1,119 civilian casualties: 412 killed and 707 injured": the group of a breakdown's heading (a colon first, by a plain search).
  const window = text.slice(Math.max(sentenceStart, start - 80), start);
  const heading = window.includes(':') ? BREAKDOWN_BEFORE.exec(window)?.[1].toLowerCase() : undefined;
  const ofHeading = heading === undefined ? undefined : groups[heading];
  if (ofHeading !== undefined && ofHeading !== 'people') return ofHeading;
  if (start - sentenceStart > 64) return undefined;
  const noun = GROUP_OPENER.exec(text.slice(sentenceStart, start))?.[1].toLowerCase().replace(/\s+/g, ' ');
  const group = noun === undefined ? undefined : groups[noun] ?? groups[noun.slice(noun.lastIndexOf(' ') + 1)];
  return group === 'people' ? undefined : group;
}
/** A breakdown's heading before its counts: "civilian casualties: 412 killed and 707 injured". */
const BREAKDOWN_BEFORE = /\b([\p{L}-]+)\s+(?:casualties|victims|deaths|losses)\s*:\s*(?:[\d,]+\s+[\p{L}-]+\s*(?:,|and)\s*){0,3}$/iu;
const AUXILIARY = new Set(['were', 'was', 'have', 'has', 'had', 'are', 'is', 'been', 'being', 'be', 'who', 'that', 'which', 'reportedly', 'allegedly', 'apparently', 'also', 'later', 'all', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'to', 'reported', 'confirmed', 'believed', 'said', 'feared', 'now', 'since', 'already', 'officially', 'severely', 'seriously', 'critically', 'fatally', 'badly', 'each', 'both', 'been', 'either', 'and', 'or', 'later', 'subsequently', 'eventually']);
/** Auxiliary-list words that start a relative clause or join another noun, not a count's own verb. */
const RELATIVE_OR_LINK = new Set(['who', 'that', 'which', 'and', 'or']);
/** After "of the": a toll, not a group ("a dozen of the injured remained in intensive care"). */
const OF_THE_COUNTED = new Set(['injured', 'wounded', 'dead', 'killed', 'detained', 'arrested', 'missing', 'victims', 'detainees', 'casualties', 'deceased', 'deaths', 'fatalities', 'killings', 'injuries', 'arrests', 'detentions']);
/** The last word of a count that can take "of the": "19", "Nineteen", "twenty-one", "dozens". */
const PARTITIVE_COUNT = /\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens?|scores|hundreds|thousands|many|several|some)(?:-[a-z]+)?$/i;
const PARTITIVE = new Set(['its', 'their', 'them', 'whom', 'those', 'these', 'our', 'his', 'her', 'the']);
const TREATED_BEFORE = /\b(?:treated|treating)\s+(?:(?:about|some|at\s+least|nearly|almost|more\s+than|over|up\s+to|around)\s+)?$/i;
const TREATED_FOR_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?for\s+(?:[\p{L}-]+\s+){0,3}?(?:wounds|injuries|burns|fractures|cuts|bruises|smoke\s+inhalation|hypothermia|trauma)\b/iu; // "for gunshot and pellet wounds"
/** Treated for something else: "Clinics treated 200 patients for flu". */
const TREATED_FOR_OTHER = /^\s+(?:[\p{L}-]+\s+){0,3}?for\b/iu;
/** Who treats the wounded, before "treated": "Hospitals in Lorn treated 57 people", "medics report treating 40". */
const TREATERS_BEFORE = /\b(hospitals?|clinics?|infirmar(?:y|ies)|doctors|medics|paramedics|surgeons|nurses)\b[^.;:“”"]{0,40}$/i;
/** Prepositions that end the counted noun and open a circumstance: "protesters in four days", "people over a week". */
const AFTER_HEAD = new Set(['in', 'within', 'over', 'during', 'across', 'for', 'on', 'at', 'from', 'since', 'throughout']);
/** Words that join a noun for people to more of its phrase: "members of the opposition", "police and soldiers". */
const NP_LINKS = new Set(['of', 'and', 'or', 'from', 'with', 'near', 'outside', 'inside', 'around', 'by']);
/** Words that open an aside with no comma before it: "Six people including two children died". */
const INLINE_ASIDE = new Set(['including', 'among']);
/** Words before a group's noun in such an aside ("two young children", "three police officers"). */
const GROUP_MODIFIER = /^(?:young|small|other|more|police|army|security|local|foreign)$/;
const STOP_WORDS = new Set(['said', 'says', 'told', 'when', 'because', 'after', 'before', 'while', 'but', 'if', 'as', 'than']);
/** Defending something in general, no one place: "lost their lives defending public order", "died protecting the country". */
const DEFENDING_IN_GENERAL = String.raw`(?:defending|protecting|guarding)\s+(?:(?:the|their|our|his|her)\s+)?${alternation(DEFENDED_IN_GENERAL)}\b`;
/** ", while" after the outcome sets another clause against it ("5 soldiers died, while rebels claimed 40"); "died while fleeing" is an occasion. */
const INCIDENT_AFTER_RE = new RegExp(`^(?!\\s*,\\s*while\\b)(?![\\s,]*${DEFENDING_IN_GENERAL})[\\s,]*(?:${alternation(INCIDENT_AFTER_OUTCOME)})\\b`, 'i');
/** Footage, and one incident among others ("in one incident", "in a separate incident"; "the incident" is the story's own). */
const FOOTAGE_RE = new RegExp(`\\b${alternation(FOOTAGE_WORDS)}\\b|\\b(?:an?|one|another|separate|each|other|similar)\\s+(?:[\\p{L}-]+\\s+)?incident\\b`, 'iu');
const ATTACK_RE = /\b(?:during|in)\s+(?:an?|the)\s+(attack|assault|raid|incident|clash|ambush|stampede|blast|explosion|shooting|shootout|bombing)\b|\bin\s+(?:a\s+single|one)\s+(?:night|day|morning|evening|incident|attack)\b|\bwhen\s+((?:\S+\s+){0,3}?)(?:opened\s+fire|fired|cleared|stormed|attacked|raided|dispersed|shot|charged|hit|struck|exploded|landed|capsized|sank|collapsed|derailed|crashed|overturned|caught\s+fire|gave\s+way)\b/i;
/** One incident (a singular noun) as the subject of the count, or of the count before it joined by "and": "a strike on a market in Kerrow killed 21 people", "the attack left 12 dead and dozens wounded". */
const INCIDENT_SUBJECT = /\b(strike|airstrike|attack|explosion|blast|bombing|bomb|raid|missile|shell|rocket|shooting|ambush|stampede|crash|collapse)\b[^.;]{0,60}?\b(?:killed|kills|killing|left|wounded|wounds|wounding|injured|injures|injuring)\s+(?:[^.;,]{1,40}\band\s+)?$/i;
/**
 * A story about one incident names it, singular, in its headline or lead ("Stampede at temple
 * festival kills 31", "A tunnel collapsed ..."): then "killed in the stampede" is the story's toll,
 * not one scene of many. A plural in the lead ("attacks killed ...") says there were several; after
 * the lead, "a drone strike" (indefinite) is another incident than the story's.
 */
const LEAD_CHARS = 600;
const INCIDENT_NOUNS = /\b(strike|airstrike|attack|assault|raid|incident|clash|ambush|stampede|crush|blast|explosion|shooting|shootout|bombing|bomb|missile|shell|rocket|crash|collapse|earthquake|quake|tsunami|storm|cyclone|hurricane|typhoon|landslide|avalanche|fire|blaze)(s|es)?\b/gi;
/** The incident a "when" clause names: "when a powerful earthquake struck". */
const INCIDENT_IN_CLAUSE = /\b(earthquake|quake|tsunami|storm|cyclone|hurricane|typhoon|landslide|avalanche|fire|blaze|explosion|blast|bomb|missile|shell|rocket|strike|airstrike)\b/i;
interface Lead {
  /** Where the lead ends: the end of its first paragraph of prose. */
  end: number;
  /** The incidents it names in the singular only. */
  incidents: Set<string>;
  /** Where the first sentence of its prose ends. */
  firstSentenceEnd: number;
}
/** The end of a sentence (a rough cut: the lead's first sentence only). */
const FIRST_STOP = /[.!?](?=["”’)]?(?:\s|$))/;
/** A line of prose: it ends a sentence, or runs long. Headlines, datelines and bylines do neither. */
const PROSE_END = /[.!?"”’)][ \t]*$/;
/** The headline and lead of a text: up to the end of its first line of prose. */
function leadOf(text: string): Lead {
  let end = 0;
  let proseStart = 0;
  while (end < LEAD_CHARS) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl;
    const prose = lineEnd - end >= 100 || PROSE_END.test(text.slice(Math.max(end, lineEnd - 8), lineEnd).replace(/\r$/, ''));
    proseStart = end;
    end = Math.min(text.length, lineEnd + 1);
    if (prose || nl < 0) break;
  }
  end = Math.min(end, LEAD_CHARS);
  const stop = FIRST_STOP.exec(text.slice(proseStart, end));
  const firstSentenceEnd = stop ? proseStart + stop.index + 1 : end;
  const singular = new Set<string>();
  const plural = new Set<string>();
  const lead = text.slice(0, end);
  INCIDENT_NOUNS.lastIndex = 0;
  for (let m = INCIDENT_NOUNS.exec(lead); m; m = INCIDENT_NOUNS.exec(lead)) (m[2] ? plural : singular).add(m[1].toLowerCase());
  for (const p of plural) singular.delete(p);
  // "troops stormed the town": the assault, later in the text, is the story's own.
  LEAD_VERBS.lastIndex = 0;
  for (let m = LEAD_VERBS.exec(lead); m; m = LEAD_VERBS.exec(lead)) for (const noun of VERB_INCIDENTS[m[1].toLowerCase()]) if (!plural.has(noun)) singular.add(noun);
  return { end, incidents: singular, firstSentenceEnd };
}
/** The incidents a lead's verb names: "troops stormed the town" tells of an assault. */
const VERB_INCIDENTS: Record<string, string[]> = {
  stormed: ['assault', 'raid', 'attack'], storming: ['assault', 'raid', 'attack'],
  raided: ['raid', 'assault'], raiding: ['raid', 'assault'],
  attacked: ['attack', 'assault'], attacking: ['attack', 'assault'],
  bombed: ['bombing', 'bomb', 'blast', 'explosion', 'attack'],
  shelled: ['shell', 'attack'],
  ambushed: ['ambush', 'attack'],
  exploded: ['explosion', 'blast'],
  collapsed: ['collapse'],
  crashed: ['crash'],
};
const LEAD_VERBS = new RegExp(`\\b(${alternation(Object.keys(VERB_INCIDENTS))})\\b`, 'gi');
/** Words before an incident noun that make it another one: "a drone strike", "another attack", "a separate raid". */
const ANOTHER_BEFORE = /(?:^|[^\p{L}])(?:an?|another|separate|second|third|earlier|previous|similar|other)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** An edit before this offset may change how the rest of the text's figures read (see extractEdited). */
export const FIGURE_LEAD_CHARS = LEAD_CHARS;
/** A figure the text refutes or replaces: "12, not 21", "rather than 20", "denied reports that 100 died", "rumours of 50 dead". */
const REFUTED_BEFORE = /(?:\bnot|\brather\s+than|\binstead\s+of|\bdenied\s+(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?)\s+)?(?:that|of)|\brumou?rs?\s+(?:of|that)|\bfalse\s+(?:reports?|claims?)\s+(?:of|that))\s+(?:(?:some|about|at\s+least|the|as\s+many\s+as)\s+)?$/i;
/** "... that 300 were killed are false". */
const REFUTED_AFTER = /^[^.;]{0,40}\b(?:are|were|is|was)\s+(?:false|untrue|baseless|unfounded)\b/i;
/** A list item labelled before its count: "- Coastal Province: 41 dead, 210 injured". */
const ROW_LABEL = /(?:^|\n)[ \t]*[-*•][ \t]*([^\n:|]{2,40}?):[ \t]*$/;
/** Labels of a whole: the toll itself, a total, or a day ("As of 10 May"). */
const WHOLE_LABEL = new RegExp(`\\d|\\b(?:total|overall|toll|dead|deaths?|killed|injured|wounded|missing|detained|arrested|arrests|casualties|fatalities|victims|nationwide|national|country|${MONTH_WORDS.join('|')})\\b`, 'i');
/** A count in a list row labelled with something other than a whole, or the next count of that row: one place of a breakdown. */
function isPlaceRow(text: string, start: number, previous: RawFigure | undefined): boolean {
  if (previous && SAME_ROW_NEXT.test(text.slice(previous.end, start)) && isPlaceRow(text, previous.start, undefined)) return true;
  const before = text.slice(Math.max(0, start - 48), start);
  if (!before.includes(':')) return false;
  const label = ROW_LABEL.exec(before);
  return label !== null && !WHOLE_LABEL.test(label[1]);
}
/** Between two counts of one row: "41 dead, 210 injured". */
const SAME_ROW_NEXT = /^[^\n,;.]{0,16},[ \t]*$/;

/** Another incident than the story's: "in another bombing", "a separate attack", "an earlier explosion". */
const OTHER_INCIDENT = /\b(?:another|a\s+separate|separate|a\s+previous|an\s+earlier|a\s+similar|an\s+unrelated)\s+(?:[\p{L}-]+\s+){0,2}?(?:attack|bombing|blast|explosion|strike|airstrike|raid|incident|shooting|clash|stampede|crush|crash|fire|flood|earthquake|collapse|ambush)s?\b/iu;
/** A sentence about an earlier, superseded figure: "Earlier it had given a toll of 97", "Initially, officials said 40 died". */
const SUPERSEDED_OPENER = /^\s*(?:earlier|previously|initially|at\s+first)\b/i;
/** "raising its earlier toll of 40", "up from a previous figure of 23": the count a newer one replaced. */
const EARLIER_TOLL_BEFORE = /\b(?:earlier|previous|initial|prior|preliminary|first)\s+(?:death\s+)?(?:toll|figure|count|tally|estimate)\s+(?:of\s+)?$/i;
/** Between a count and "hospitalised" or "in detention": "3 people remain hospitalised", "12 are still held". */
const STILL_BETWEEN = /\b(?:remain|remains|remained|still)\b/i;
/** People a court or prosecutor acts on are no casualty count: "charged 40 people over the deaths". */
/** A hedge or article between a verb and its count, in the text before a count's hedge is taken in. */
const HEDGE_OR_THE = String.raw`(?:(?:at\s+least|more\s+than|some|about|nearly|over|the|another)\s+)?$`;
const LEGAL_BEFORE = new RegExp(String.raw`\b(?:charged|convicted|sentenced|prosecuted|indicted|accused|fined|tried|acquitted)\s+` + HEDGE_OR_THE, 'i');
const ARRESTED_AND = new RegExp(String.raw`\b(?:arrested|detained|held)\s+and\s+\w+\s+` + HEDGE_OR_THE, 'i');
/** Those let go are some of the detained, not their count: "released 200 detainees", "freed 30 protesters". */
/** "30 detainees were released on bail", "the 12 arrested have since been freed". */
const RELEASED = String.raw`released|freed|pardoned|amnestied`;
const RELEASED_AFTER = new RegExp(String.raw`^\s+(?:(?:were|was|have|has|had|been|since|later|all|now|already|subsequently)\s+)*(?:${RELEASED}|let\s+go)\b`, 'i');
const RELEASED_BEFORE = new RegExp(String.raw`\b(?:${RELEASED}|releasing|freeing)\s+` + HEDGE_OR_THE, 'i');
/** Kin of the victims, counted for themselves: "relatives of people killed", "families of the missing". */
const KIN_NOUNS = new Set(['relatives', 'families', 'parents', 'mothers', 'fathers', 'widows', 'widowers', 'orphans', 'siblings', 'sons', 'daughters', 'wives', 'husbands']);
/** A count rejected right after a figure: "19 of our members, not 17 as the authorities claim", "The toll is 19, not 17". */
const NOT_THEN_COUNT = new RegExp(String.raw`^[^.;:!?]{0,40}?,\s*(?:and\s+)?not\s+(?:the\s+)?(?:(?:official|reported|claimed)\s+)?(\d{1,3}(?:,\d{3})+|\d+|${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})*)\b`, 'i');
/** The value of the count a figure's text rejects right after it ("..., not 17"), or null. */
function rejectedAfter(text: string, end: number, sentenceEnd: number): number | null {
  const m = NOT_THEN_COUNT.exec(text.slice(end, Math.min(sentenceEnd, end + 80)));
  if (!m) return null;
  const n = numberOf(m[1]);
  return Number.isFinite(n) ? n : null;
}
/** A capitalised label right before a number makes it part of a name: "Unit 731", "Article 19", "Flight 370", "Resolution 2231". */
const LABEL_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:Unit|Article|Flight|Route|Resolution|Law|Decree|Room|Block|Gate|Brigade|Battalion|Division|Regiment|Highway|Road|Platform|Terminal|Ward|Zone|Sector|Camp|Precinct|Section|Paragraph|Chapter|Bus|Train|Line|Channel|Radio|No\.|Number|Level|Grade|Phase|Stage|Category|Cell|Wing|Building|Pier|Berth|Kilometre|Km|Mile|Exit|Junction|Lot|Plot|Apartment|Apt\.|Floor|Hall|District)[ \t]+$/u;
/** Before a verb of an outcome: an intent or a future, which counts no one ("vowed to kill", "ordered to arrest", "will detain"). */
const INTENT_BEFORE = /\b(?:(?:threaten|vow|pledge|promise|plan|intend|want|tr(?:y|ie)|attempt|seek|order|prepare|vote|decide|agree|refuse|hope|aim|expect)(?:s|d|ed|ing)?|sought|going|about|set|poised|ready|able)\s+to\s+$|\b(?:will|would|could|may|might|shall|can|must)\s+(?:not\s+|also\s+|soon\s+)?$/i;
/** What befell or was done by some detainees, not their detention: "40 detainees were beaten", "300 prisoners escaped". */
const DETAINEES_DID_AFTER = /^\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?(?:beaten|tortured|abused|mistreated|ill-treated|sentenced|charged|convicted|tried|transferred|deported|freed|released|pardoned|escaped|fled|staged|rioted|refused|went\s+on)\b/i;
/** "a family of five": one household, not a toll. */
const FAMILY_OF_BEFORE = /\bfamily\s+of\s+$/i;
/**
 * One facility's own count: "the hospital had received 11 bodies", "Her clinic has treated 120" (not
 * "hospitals"), and a count coordinated after one: "received 51 wounded and 19 bodies".
 */
const FACILITY_BEFORE = /\b(?:hospital|clinic|morgue|mortuary|infirmary)(?![\w-])[^.;,:“”"]{0,30}?\b(?:received|treated|admitted|registered|took\s+in|taken\s+in|recorded|counted|saw|seen)\s+(?:[\d,]+\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+and\s+)?$/iu;
/** Between a count and its outcome word, only nouns and adjectives: "Several detainees", "two wounded protesters". */
const NOUN_ONLY = /^(?:\s+(?:of\s+the\s+|of\s+)?(?!(?:were|was|have|has|had|been|are|is|who|that)\b)[\p{L}-]+)*?$/iu;
/** A speech verb right after the outcome word: the count's people are the speakers. */
const SPEAKERS_AFTER = /^(?:\s+[\p{Ll}-]+)?\s+(?:(?:later|also|separately)\s+)?(?:told|said|say|says|tell|described|recounted|recalled|testified)\b/u;
/** A correction note: "An earlier version of this article said 72 people were injured." */
const EARLIER_VERSION = /\b(?:earlier|previous|original)\s+versions?\s+of\s+this\b/i;
/** The cause of a rise in a toll: "the toll has risen to 14 after two more died". */
const AFTER_BEFORE = /\bafter\s+(?:another\s+|a\s+further\s+)?$/i;
/** What set the story off, not its toll: "protests began after the arrest of four student leaders". */
const TRIGGER_HEDGE = String.raw`(?:(?:at\s+least|some|about|nearly|more\s+than)\s+)?$`;
const TRIGGER_NOUN_BEFORE = new RegExp(String.raw`\b(?:after|following|over)\s+(?:the\s+)?(?:arrests?|detentions?|killings?|deaths?|shootings?|abductions?|disappearances?|jailing|imprisonment)\s+of\s+` + TRIGGER_HEDGE, 'i');
/** "... started on May 4, a day after four student leaders were detained": a count the clause of a start follows. */
const TRIGGER_CLAUSE_BEFORE = new RegExp(String.raw`\b(?:after|following)\s+` + TRIGGER_HEDGE, 'i');
const STARTED = /\b(?:began|begun|begin|begins|started|starts|erupted|erupts|broke\s+out|flared|sparked|triggered|spread)\b/i;
/** `started`: does the sentence tell of a start (asked once per sentence: a sentence may be long)? */
const isTrigger = (before: string, started: () => boolean) => TRIGGER_NOUN_BEFORE.test(before) || (TRIGGER_CLAUSE_BEFORE.test(before) && started());
/** A part of the dead or hurt: "Two police officers are among the dead", "Three police officers and a firefighter were among the dead". */
const AMONG_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:and\s+an?\s+[\p{L}-]+\s+(?=are\b|were\b))?(?:are|were|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:dead|killed|victims|injured|wounded|missing|detained|arrested)\b/iu;
/** The gap between two counts: "The difference is three people who died in hospital". */
const DIFFERENCE_BEFORE = /\b(?:difference|gap|discrepancy)\s+(?:is|was|of)\s+$/i;
/** Those who died in hospital or at the scene are some of the dead: "two died of their wounds in hospital", "seven died at the scene". */
const DIED_WHERE_AFTER = /^[^.;,]{0,30}?\b(?:died|killed|dead|perished|succumbed)(?:\s+(?:of|from|to)\s+(?:their|his|her)\s+(?:wounds|injuries))?\s+(?:in\s+(?:a\s+|the\s+)?hospitals?|at\s+the\s+scene|on\s+the\s+spot|on\s+(?:the\s+)?way\s+to\s+hospital)\b/i;
/** A count that takes in the attackers, where others count the victims: "Dead: 10, including the gunman", "26, including the three gunmen". */
const WITH_ATTACKER_AFTER = /^[^.;]{0,30}?,?\s+including\s+(?:the|an?)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:gunman|gunmen|attacker|attackers|shooter|bomber|bombers|perpetrator|assailant|suspect|hijacker)\b/i;
/** Someone's own count of what they saw: "We counted 23 bodies", "reporters counted 36 bodies at two hospitals". */
const TALLIED_BEFORE = /\bcounted\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** What one witness saw: "I saw at least five bodies", "they had seen 12 dead" (not "the city saw 12 deaths"). */
const SEEN_BEFORE = /\b(?:I|we|he|she|they|witness(?:es)?|reporters?|journalists?|correspondents?|residents?|observers|monitors)\s+(?:had\s+|have\s+|also\s+)?(?:saw|seen|witnessed)\s+(?:(?:the\s+)?bodies\s+of\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** "three more protesters", "another 5 people", "of whom 400": an increment or a subset, not a toll. */
const INCREMENT_AFTER = /^\s+(?:more|additional|further|new)\b/i;
const INCREMENT_BEFORE = /\b(?:another|an additional|a further|(?:of|among)\s+(?:whom|them|those|these))\s+$/i;
/**
 * Is a count an increment or a subset: "five more", "another 12" (INCREMENT_AFTER, INCREMENT_BEFORE),
 * "of whom 400"? Not an increment right after a count of another outcome: "27 people died. Another 64
 * were injured", "37 died and dozens more were missing" each count a toll of their own.
 */
function isIncrement(text: string, start: number, end: number, out: RawFigure[], outcome: Outcome): boolean {
  const m = INCREMENT_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (m && /\b(?:of|among)\s/i.test(m[0])) return true; // "of whom 400": a subset
  if (!m && !INCREMENT_AFTER.test(text.slice(end, end + 12))) return false;
  const previous = out[out.length - 1];
  return !(previous !== undefined && start - previous.end < 240 && previous.outcome !== outcome);
}

const TOLL_RE = new RegExp(`\\b${alternation(TOLL_WORDS)}\\b`, 'i');
const AMBIGUOUS_OUTCOMES = new Set(['hit', 'shot', 'held', 'captured']);
const PEOPLE_ONLY_OUTCOMES = new Set(['eliminated', 'liquidated']);
const PRESENT_DIE = new Set(['die', 'dies']);
const HABITUAL_AFTER = /^\s+(?:each|every|a\s+(?:year|day|week|month)|annually|yearly|if|unless|without|of\s+(?:hunger|cancer|old\s+age|disease|malnutrition))\b/i;
const BE = new Set(['was', 'were', 'be', 'been', 'being', 'is', 'are']);
/** "the death toll rose to", "bringing the death toll to", "a death toll of". */
// The last alternative: the toll's verb is the count's hedge ("the toll has topped 100", see HEDGES), which the count's start takes in.
const DEATH_TOLL_BEFORE = /\b(?:death\s+)?toll\b(?:(?:[^.;:]{0,40}?\b(?:to|at|of|reached|reaches|hit|hits|is|was))\s+|[ \t]*:[ \t]*|\s+(?:(?:has|had|have|now|already)\s+)*)$/i;
/** A count a toll rose to: "has climbed to 37", "rose to at least 41", "bringing the death toll to 167". */
const RISEN_TO_BEFORE = /\b(?:(?:risen|rose|rises|climbed|climbs|increased|increases|jumped|jumps|mounted|soared|grown|grew|(?:gone|went|goes)\s+up)\s+to|(?:bringing|taking|pushing|raising)\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?to)\s+$/iu;
/** "revised the death toll ... down to 31", "lowered its count to 31", "the toll fell to 31": a correction, in either direction. */
const REVISED_TO_BEFORE = /\b(?:(?:revised|revises|revising|corrected|corrects|correcting|lowered|lowers|lowering|adjusted|adjusts|adjusting|reduced|reduces|reducing)\b[^.;:!?]{0,60}?\bto|(?:down|downwards?|upwards?)\s+to|(?:fell|fallen|falls|dropped|drops|decreased|decreases)\s+to)\s+$/i;
/** After the counted: "had been counted twice", "were double-counted", "had been registered more than once". */
const COUNTED_TWICE_AFTER = /^\s+(?:(?:had|have|has)\s+been|were|was|being)\s+(?:(?:counted|listed|recorded|registered|included|reported)\s+(?:twice|two\s+times|more\s+than\s+once|in\s+error|by\s+mistake)|double[-\s]?counted)\b/i;
/** "31, down from 35". */
const CORRECTED_FROM_AFTER = /^\s*,?\s*down\s+from\b/i;
/** "41, up from 23". */
const UP_FROM_AFTER = /^\s*,?\s*up\s+from\b/i;
/** A toll named further back: "The death toll from Monday's fire at the chemical plant has risen to 14". */
/** A new total after an increment, with no outcome word of its own: "bringing the total to 20", "taking the tally to 31". */
const TOTAL_TO_BEFORE = /\b(?:bringing|taking|pushing|raising)\s+(?:the|its|their)\s+(?:overall\s+|official\s+|total\s+)?(?:total|tally|count|number|figure)\s+to\s+$/i;
const DEATH_TOLL_ROSE = /\b(?:death\s+)?toll\b[^.;:!?]{0,100}?\b(?:has\s+|had\s+)?(?:risen|rose|rises|climbed|climbs|increased|jumped|reached|stood\s+at|stands\s+at|(?:gone|went|goes)\s+up)(?:\s+to)?\s+$/i;
/** "the number of wounded at 1,300", "the tally of arrests rose to 900". */
/** "the number of wounded at 1,300", "the number of people killed in this week's floods has reached 41": who was counted (group 1), and how (group 2). */
const COUNTED_BEFORE = new RegExp(`\\b(?:number|tally|count|figure)\\s+of\\s+(?:([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+)??(${alternation(Object.keys(COUNTED_OUTCOMES))})\\b(?:[^.;:!?]{0,40}?|[^.;:!?,]{41,140}?)\\b(?:at|to|reached|was|is|stood\\s+at)\\s+$`, 'iu');
/** An outcome noun as the subject of the count: "fatalities reached 17", "deaths have risen to 40". */
// No verb: it is the count's hedge ("deaths have topped 100", see HEDGES).
const OUTCOME_SUBJECT_BEFORE = new RegExp(`\\b(${alternation(Object.keys(COUNTED_OUTCOMES))})\\s+(?:(?:have|has|had)\\s+)?(?:(?:reached|rose\\s+to|risen\\s+to|climbed\\s+to|stood\\s+at|stand\\s+at|stands\\s+at|totall?ed|numbered)\\s+)?$`, 'i');
/** "The dead include ...", "Among the victims were ...", and the counts listed after it in the clause. */
const TOLL_INCLUDES_BEFORE = new RegExp(`\\b(?:the|those)\\s+(${alternation([...Object.keys(COUNTED_OUTCOMES), 'toll', 'death toll'])})\\s+(?:include[sd]?|including|are|were|comprised?)\\s+(?:[^.;:!?]{0,120}?(?:,|\\band)\\s+)?(?:(?:at\\s+least|some|about|nearly|more\\s+than)\\s+)?$`, 'i');
/** A label before the count, in lists and tables: "- Deaths: 41", "| Injured: about 1,300", "| Killed | 27 |". */
const LABEL_BEFORE = new RegExp(`(?:^|[\\n|])[ \\t]*(?:[-*•][ \\t]*)?(?:(?:people|persons)[ \\t]+)?(${alternation(Object.keys(COUNTED_OUTCOMES))})[ \\t]*[:|][ \\t]*$`, 'i');
/** Words that are counts on their own: "hundreds", "twelve". */
const COUNT_WORDS = new Set([...NUMBER_WORDS, ...Object.keys(VAGUE).filter((w) => !w.includes(' '))]);
/** Quotation marks around a word of the phrase: 11 “rioters” were killed. */
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’']);
/** Asides after the counted noun that the verb chain steps over: ", including two children,". */
const ASIDES = new Set(['including', 'among', 'mostly', 'mainly', 'many', 'most', 'some', 'aged', 'both', 'all']);
/** Is the token a count: digits or a number word? */
const isCountToken = (text: string, t: { start: number; lower: string } | undefined) => !!t && (isDigitCode(text.charCodeAt(t.start)) || COUNT_WORDS.has(t.lower));
/**
 * Does an aside about other counts open at token `i`: one that counts a part of the count before it
 * ("45 people, 12 of them children, were killed"), or one that rejects another ("Police said 12, not 21, died")?
 */
function countAside(text: string, tokens: LazyTokens, i: number): boolean {
  const t = tokens.at(i);
  if (t?.lower === 'not') return isCountToken(text, tokens.at(i + 1));
  return isCountToken(text, t) && tokens.at(i + 1)?.lower === 'of' && /^(?:them|whom)$/.test(tokens.at(i + 2)?.lower ?? '');
}
/** An earlier event recalled in the sentence: "a decade ago", "three years earlier", "last year". */
/** A time longer than a story's, which a count may run over: "since the start of the year", "so far this year", "in the past two years", "since 2019". */
const LONGER_PERIOD = /\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year\b|\b(?:so\s+far\s+this|this\s+year\s+so\s+far|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+)?(?:years?|decades?))\b|\bsince\s+(?:19|20)\d\d\b/i;
/** A war's time, longer than one attack's: "since the war began", "since hostilities began on 12 February", "since the start of the offensive". */
const WAR = String.raw`(?:war|conflict|fighting|hostilities|offensive|invasion|insurgency|occupation|siege|shelling|bombardment|bombings?|(?:air\s*)?strikes|airstrikes|attacks|raids)`;
const SINCE_WAR_BEGAN = new RegExp(String.raw`\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?${WAR}\b|(?:[\p{L}-]+\s+)?${WAR}\s+(?:began|started|erupted|broke\s+out)\b)`, 'iu');
/**
 * Since a month, not a day of it, or this year, opening the sentence or right after the outcome:
 * "Since January, 48 people have been killed", "60 have been killed in the province this year" (not
 * "Protests have continued since March, and 12 died on Friday": the clause of another verb).
 */
const PERIOD_NEAR = /(?:^[\s"“*_-]*|\b(?:killed|died|dead|deaths|injured|wounded|hurt|detained|arrested|missing|disappeared)\s+(?:[\p{L}-]+\s+){0,5}?)(?:since\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\.?\s*\d)|(?:so\s+far\s+)?this\s+year\b(?!['’]))/iu;
/** Does the sentence set its counts over a longer time (LONGER_PERIOD, a war's), not compare with one ("the deadliest since 1999")? */
function longerPeriod(sentence: string, years: boolean): boolean {
  const m = ((mayRecallPast(sentence) || years) && LONGER_PERIOD.exec(sentence)) || (sentence.includes('ince') && SINCE_WAR_BEGAN.exec(sentence)) || ((sentence.includes('ince') || sentence.includes('ear')) && PERIOD_NEAR.exec(sentence));
  return !!m && !SUPERLATIVE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index));
}
/** A superlative and its noun before a "since" ('the deadliest day for the city since'): a comparison, not the count's time. An '-est' word after a determiner, not a noun ("the unrest since"). */
const SUPERLATIVE_BEFORE = /\b(?:(?:the|its|their|this|that|\p{L}+['’]s)\s+(?:(?!(?:protest|arrest|unrest|interest|request|contest|conquest|inquest|harvest|forest|west|rest|test|guest|suggest|manifest|digest|behest)\b)[a-z]+est|most\s+[a-z]+)|worst|first|largest|biggest|highest)\s+(?:[\p{L}-]+\s+){0,5}$/iu;
const PAST_RELATIVE = /\b(?:(?:years?|decades?)\s+(?:ago|earlier|before)|last\s+year|the\s+(?:previous|preceding)\s+year)\b/i;
/** "in 2019", "during March 2015", "on 14th Jan 2011", "on March 3, 2015": a year the sentence places its events in. */
const DAY_NUMBER = '\\d{1,2}(?:st|nd|rd|th)?';
const IN_YEAR = new RegExp(`\\b(?:in|during|on)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:${DAY_NUMBER}\\s+(?:of\\s+)?)?${alternation(MONTH_WORDS)}\\.?\\s+(?:${DAY_NUMBER},?\\s+)?)?((?:1[89]|20)\\d\\d)\\b(?![-–/]\\d)`, 'gi');
/** A comparison, not a time: "the worst since independence in 1991", "more than in 2019". */
const COMPARISON_BEFORE = /\b(?:since|than|as)\b[^,;.]{0,30}$/i;
const ANY_YEAR = /\b(?:1[89]|20)\d\d\b/;
/** Most sentences name no year or decade: a plain search says so before the pattern runs. */
const mayRecallPast = (sentence: string) => sentence.includes('ear') || sentence.includes('ecade');
/** "... the deadliest since 1999, when 2,300 people died": the count belongs to the year before it. */
const WHEN_YEAR = /\b((?:1[89]|20)\d\d)(?:\s+[a-z-]+){0,2}\s*,?\s+when\b(?:[^.;]|\.(?=\d))*$/; // (a decimal's point is no sentence end: "a 7.1-magnitude tremor")
/** After a compared year, a clause of its own that the count is in: "since an earthquake in 2011 that killed 400". */
const CLAUSE_OF_YEAR = /^\d{4}(?:\s+[a-z-]+){0,2}\s*,?\s+(?:that|which|when|in\s+which)\b(?:[^.;]|\.(?=\d))*$/;
/** "Hospitals in Brenna alone treated 600", "on Tuesday alone": one place or day of many. */
const ALONE_RE = /\b(?:(?:in|at|from)\s+(?:\S+\s+){1,3}?|(?:on|during|over)\s+(?:\S+\s+){1,8}?|(?:yesterday|today|\w+day|night|week|weekend|month)\s+)alone\b/i;
/** Between two counts of one sentence, a bare second count shares the first one's noun: "9 servicemen died and 31 were wounded". */
const PARTICIPLE_HEADS = new Set(['injured', 'wounded', 'dead']);
/** Between two counts of one clause: the first's noun, then "and" ("19 inmates and three guards"). */
const COORDINATED_BETWEEN = /^\s+(?:[\p{L}'’-]+\s+){1,2}and\s+$/u;
const ELLIPSIS_BETWEEN = /^[^.;]{0,80}?\band\s+$/;
const INCLUDING_BEFORE = /\bincluding\s+$/i;
/** A count of people that is no figure, then "including": "We interviewed 64 people, including 23 who had been detained". */
const COUNT_THEN_INCLUDING = new RegExp(String.raw`\b(?:\d[\d,]*|${NUMBER_WORD}|${VAGUE_WORDS})\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,?\s*including\s+$`, 'iu');
/** An aside that counts part of the figure before it: ", among them two officers,", ", including 12 children,". */
/** Between an aside's count and the next: its noun, then "and" ("23 protesters and six ..."). */
const AND_AFTER_GROUP = /^\s+(?:[\p{L}-]+\s+){1,5}?and\s+$/u;
const ASIDE_INTRO = /,\s*(?:including|among\s+(?:them|whom|those)|of\s+(?:whom|them))\s+$/i;
/** A day's count: "were killed on Thursday", "died overnight on 5 March", "killed in Monday's clashes" (a toll word or "since" makes it a total). */
const ON_A_DAY_AFTER = new RegExp(`^[^.;,]{0,40}?\\b(?:killed|died|dead|injured|wounded|hurt|arrested|detained)\\s+(?:(?:(?:late|early|overnight)\\s+)?on\\s+(?:the\\s+night\\s+of\\s+)?(?:${alternation([...WEEKDAY_WORDS, ...MONTH_WORDS])}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[A-Z][a-z]+)\\b|in\\s+(?:${alternation(WEEKDAY_WORDS)})['’]s\\s)`);
/** "killed on Thursday", "killed in Monday's clashes". */
const onADay = (after: string) => (after.includes(' on ') || after.includes(' in ')) && ON_A_DAY_AFTER.test(after);
/**
 * Does a day open the count's sentence, as "on Thursday" after the outcome would close it: "On 19 May,
 * shelling in Dasso killed at least 9 civilians"? Not the day something was said: "On Monday, police said
 * 40 people had been killed since the protests began".
 */
function dayOpens(text: string, sentenceStart: number, start: number): boolean {
  const m = DAY_OPENER.exec(text.slice(sentenceStart, Math.min(start, sentenceStart + 80)));
  return m !== null && !SAID_BETWEEN.test(text.slice(sentenceStart + m[0].length, start)) && !/\bsince\b/i.test(text.slice(start, start + 80).split(/[.;]/)[0]);
}
const SAID_BETWEEN = /\b(?:said|says|told|tells|reported|reports|announced|stated|confirmed|according|added|put|gave|released|published)\b/i;
/** A day opening the sentence, as "on Thursday" after the outcome: "On 19 May, shelling in Dasso killed at least 9 civilians". */
const DAY_OPENER = new RegExp(`^[\\s"“*_•–-]*(?:(?:late|early)\\s+)?on\\s+(?:the\\s+night\\s+of\\s+)?(?:${alternation([...WEEKDAY_WORDS, ...MONTH_WORDS])}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?[A-Z][a-z]+)\\b[^,;.]{0,24},`, 'i');
/** "Of those killed, 19 died ...": a subset of a count given before. */
const SUBSET_OPENER = /^\s*(?:of|among)\s+(?:those|the|these|them)\b(?:[^,.;]{0,40},|\s+(?:dead|killed|victims|injured|wounded|missing|detained|arrested)\s+(?:are|were|was|is))\s*(?:\S+\s+){0,2}$/i;
/** A sentence opening with those a count is a part of: "Of the injured, ", "Among the deceased were ". */
const OUTCOME_OPENER = new RegExp(`^[\\s"“]*(?:of|among)\\s+(?:the|those)\\s+(${alternation(Object.keys(COUNTED_OUTCOMES))})(?:\\s*,|\\s+(?:are|were|was|is))\\s*(?:(?:at\\s+least|some|about|nearly|more\\s+than)\\s+)?$`, 'i');
/** Heads that count members of one body ("five crew members"): a part of those counted. */
const MEMBER_HEADS = new Set(['member', 'members']);
/** Whom a search hunts, not rescues: "police are searching for 3 suspects". */
const WANTED_NOUNS = new Set(['suspect', 'suspects', 'fugitive', 'fugitives', 'escapee', 'escapees', 'inmates', 'prisoners', 'killers', 'robbers', 'thieves', 'culprits', 'looters', 'smugglers', 'members']);
/** Some of a group: "two of the 12 miners", "most of the 40 passengers" (not "all of the 40"). */
const SOME_OF_BEFORE = /(?:^|[^\p{L}\d])(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|many|several|half|few|a\s+few|a\s+third|a\s+quarter)\s+(?:of|among)\s+(?:the|its|their|those|these)\s+$/iu;
/** Nobody of a group: "none of the 40 passengers", "not one of the 12 miners". */
const NONE_OF_BEFORE = /\b(?:none|not\s+(?:a\s+single\s+)?one|neither|no\s+one|nobody)\s+(?:of|among)\s+(?:the\s+|its\s+|their\s+|those\s+|these\s+)?$/i;
/** "45 lives were lost", "45 lives have been lost". */
const LIVES_LOST_AFTER = /^\s+lives\s+(?:(?:were|have\s+been|had\s+been|was|been)\s+)?(?:lost|taken|claimed)\b/i;
/** "took the lives of 12 people", "claimed the lives of 40". */
const LIVES_OF_BEFORE = /\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|taken|took|taking|takes)\s+the\s+lives\s+of\s+$/i;
/** "claimed 25 lives", "cost at least 40 lives". */
const LIVES_BEFORE = /\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|taken|took|(?:the\s+)?loss\s+of)\s+(?:the\s+)?$/i;
/** A ratio, not a count: "one in five of the injured", "1 in 10 detainees". */
/** A sum of money, not a count of people: a currency before it ("$5,000", "Rs 50,000", "US$ 2,000") or after it ("200,000 rupees", "5 million euros"). */
const MONEY_BEFORE = /(?:[$€£¥₹₦]|\b(?:Rs|INR|USD|EUR|GBP|KES|NGN|ZAR|US\$|A\$|C\$))\.?\s?$/;
const MONEY_AFTER = /^\s*(?:(?:million|billion|thousand|lakh|lakhs|crore|crores|m|bn|k)\s+)?(?:rupees?|dollars?|euros?|pounds?|francs?|yuan|naira|shillings?|pesos?|rand|dinars?|lira|liras|roubles?|rubles?|yen|cedis?|kwacha|birr|taka|riyals?|dirhams?|hryvnias?|tenge|som|lari|leva?|zloty|forint|krona|kronor|kroner)\b/i;
function isMoney(text: string, before: string, end: number): boolean {
  return MONEY_BEFORE.test(before) || MONEY_AFTER.test(text.slice(end, end + 24));
}
const RATIO_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;
const RATIO_AFTER = /^\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b/i;
/** "two in every three": a ratio whatever the first number ("killed 12 in three days" is a count). */
const EVERY_AFTER = /^\s+(?:in|out\s+of)\s+every\b/i;
const OR_MORE_AFTER = /^-(?:odd|plus)\b/i;
const A_BEFORE = /\b(half\s+)?a\s+$/i;
/** A capitalised name and a comma right before a count: "Lars Eng, 61," is an age. */
const NAME_COMMA_BEFORE = /\p{Lu}[\p{Ll}\p{M}'’-]+,\s*$/u;
/** Bodies recovered are one search's count, not the toll: "recovered the bodies of the four miners", "pulled 30 bodies from the rubble", "12 bodies were found". */
const RECOVERED = '(?:recover|retriev|found|find|pull|exhum|discover|locat|dug|identifi|receiv)\\w*';
const BODIES_OF_RECOVERED = new RegExp(`\\b${RECOVERED}\\s+(?:the\\s+)?bodies\\s+of\\s+(?:(?:the|some|at\\s+least|another)\\s+)?$`, 'i');
const BODIES_OF_BEFORE = /\bbodies\s+of\s+(?:(?:the|some|at\s+least|another)\s+)?$/i;
const RECOVERED_BEFORE = new RegExp(`\\b${RECOVERED}\\s+(?:(?:the|another|a\\s+further|more\\s+than|at\\s+least|some|over)\\s+)*$`, 'i');
const RECOVERED_AFTER = new RegExp(`^[^.;]{0,40}?\\b(?:were|was|have\\s+been|had\\s+been|been)\\s+${RECOVERED}`, 'i');
const AGE_BEFORE = /\b(?:aged?|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:and|to|-|–)\s*)?$/i;

export class CasualtyFigureExtractor {
  readonly name = 'CasualtyFigureExtractor';
  private readonly outcomeAfter: Record<string, Outcome>;
  private readonly groups: Record<string, Group>;
  private readonly outcomeAfterRe: RegExp;
  /** Stems of every outcome word, for a quick first test. */
  private readonly stemRe: RegExp;

  constructor(extras: LexiconExtras = {}) {
    this.outcomeAfter = { ...OUTCOME_AFTER };
    for (const [outcome, words] of Object.entries(extras.outcomes ?? {})) for (const w of words ?? []) this.outcomeAfter[w.toLowerCase()] = outcome as Outcome;
    this.groups = { ...GROUP_NOUNS };
    for (const w of extras.securityGroups ?? []) this.groups[w.toLowerCase()] = 'security';
    this.outcomeAfterRe = new RegExp(`(?:${TO_HOSPITAL}|${alternation(Object.keys(this.outcomeAfter))})\\b`, 'iy');
    this.stemRe = new RegExp(`\\b${alternation([...Object.keys(this.outcomeAfter), ...Object.keys(OUTCOME_NOUNS), ...Object.keys(OUTCOME_BEFORE), ...Object.keys(COUNTED_OUTCOMES), 'lives', 'toll'].map((w) => w.split(' ')[0].slice(0, 5)))}`, 'i');
  }

  /** `sentenceOf(offset)` gives the sentence span around an offset; `taken` holds dates and times. */
  extract(text: string, taken: Occupied, sentenceOf: (offset: number) => { start: number; end: number }, starts?: Starts): RawFigure[] {
    const out: RawFigure[] = [];
    // Whether a sentence has any outcome word at all, tested once per sentence.
    let stemSentence = -1;
    let stemHit = false;
    // What the sentence of the last figure says about every count in it, worked out once.
    let facts = NO_SENTENCE;
    let lead: Lead | null = null;
    /** Is the incident noun at `at` the story's own incident (see leadOf)? */
    const isStory = (noun: string | undefined, at: number) => {
      lead ??= leadOf(text);
      if (noun === undefined) return at < lead.firstSentenceEnd; // "killed when police opened fire", told by the lead itself: the story
      if (!lead.incidents.has(noun.toLowerCase())) return false;
      return at < lead.end || !ANOTHER_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    };
    const matches = COUNT_RE.matches(text, starts?.count);
    for (let m = matches.next(); m; m = matches.next()) {
      let start = m.index;
      if (start > 0 && NOT_AFTER.test(text[start - 1])) continue; // "BPM-97", "3.5", "COVID-19"
      if (taken.overlaps(start, m.index + m[0].length)) continue;
      const countSentence = sentenceOf(start);
      if (countSentence.start !== stemSentence) {
        stemSentence = countSentence.start;
        stemHit = this.stemRe.test(text.slice(countSentence.start, countSentence.end));
      }
      if (!stemHit && !inTableRow(text, start)) continue;
      let value = m[1] !== undefined ? numberOf(m[1]) * (m[2] ? SCALES[m[2].toLowerCase()] : 1) : m[3] !== undefined ? numberOf(m[3]) : NaN;
      const vague = m[4] ? VAGUE[m[4].toLowerCase().replace(/\s+/g, ' ')] : undefined;
      if (!vague && !Number.isFinite(value)) continue;
      if (m[1] && /^(?:19|20)\d\d$/.test(m[1])) continue; // a year
      // A range or a wider guess takes in the second count: its end is the claim's.
      let end = m.index + m[0].length;
      let upper: { max: number | null; ceiling: number | null } | null = null;
      const between = /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 8), start));
      const next = text.charCodeAt(end);
      const second = next === 32 || next === 44 || next === 45 || next === 0x2013
        ? stickyAt(between ? BETWEEN_AFTER : RANGE_AFTER, text, end) ?? stickyAt(WIDER_AFTER, text, end)
        : null;
      if (second) {
        const bound = countOf(second[1]);
        if (bound && bound.min > (vague ? vague.min : value) && !taken.overlaps(end, end + second[0].length)) {
          upper = { max: bound.max, ceiling: bound.ceiling };
          end += second[0].length;
          matches.skipTo(end);
          if (between) start = Math.max(0, start - 8) + /between\s+$/i.exec(text.slice(Math.max(0, start - 8), start))!.index;
        }
      }
      if (!upper && (next === 45 || next === 0x2013) && isDigitCode(text.charCodeAt(end + 1))) continue; // "24-7", "a 3-1 vote": no range, no count
      if (!upper && next === 43 && !vague) { // "120+": that many or more
        upper = { max: null, ceiling: null };
        end++;
      }
      const more = !upper && !vague && next === 45 ? OR_MORE_AFTER.exec(text.slice(end, end + 6)) : null;
      if (more) { // "50-odd", "1,000-plus": that many or more
        upper = { max: null, ceiling: null };
        end += more[0].length;
      }
      // "over a hundred", "nearly a thousand": the article belongs to the count, and the hedge is before it.
      if (m[3] !== undefined && /^(?:hundred|thousand|million)/i.test(m[3])) {
        const article = A_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
        if (article) {
          start -= article[0].length;
          if (article[1]) value /= 2; // "half a million"
        }
      }
      const before = text.slice(Math.max(0, start - 24), start);
      if (AGE_BEFORE.test(before)) continue;
      if (!vague && LABEL_NUMBER_BEFORE.test(before)) continue; // "Unit 731", "Article 19", "Flight 370": a name's number
      if (m[0].length === 3 && m[0].toLowerCase() === 'one' && /\bno\s+$/i.test(before)) continue; // "no one was killed"
      if (NONE_OF_BEFORE.test(before)) continue; // "None of the 40 passengers were hurt": nobody of them
      // "Two of the 12 miners were injured": 12 is how many there were, not how many were hurt (but "most of the 300 detainees" counts detainees).
      if (SOME_OF_BEFORE.test(before) && !Object.hasOwn(OUTCOME_NOUNS, /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 24))?.[1].toLowerCase() ?? '')) continue;

      if (LEGAL_BEFORE.test(before) && !ARRESTED_AND.test(before)) continue; // "The court charged 40 people over the deaths of 12 officers"
      if (isMoney(text, before, end)) continue; // "Rs 50,000 each to the injured", "200,000 rupees to the families of those killed"
      if (RATIO_BEFORE.test(before) || (value === 1 && RATIO_AFTER.test(text.slice(end, end + 16))) || EVERY_AFTER.test(text.slice(end, end + 12))) continue; // "one in five of the injured"
      // "Its captain, Lars Eng, 61, was among the dead": an age in apposition to a name.
      if (!vague && value < 120 && before.trimEnd().endsWith(',') && NAME_COMMA_BEFORE.test(before) && /^\s*[,.;)]/.test(text.slice(end, end + 3))) continue;
      // "has gone up to 15": the toll's verb, not a bound.
      const hedgeMatch = WENT_UP_TO_BEFORE.test(before) ? null : HEDGE_BEFORE.exec(before);
      const hedge = hedgeMatch?.[1];
      if (hedge) start -= /\s+$/.exec(hedgeMatch![0])![0].length + hedge.length;
      const sentence = sentenceOf(start);
      // A count alone in a table cell under an outcome's header ("| Dead |"): its row says whose.
      const tabled = this.tableOutcome(text, start, end);
      // Cheap test first: no outcome word near the count, no figure.
      if (!tabled && !this.stemRe.test(text.slice(Math.max(sentence.start, start - 48), Math.min(sentence.end, end + 220)))
        && !text.slice(Math.max(sentence.start, start - 140), start).includes('toll') // "the toll from ... has risen to 38"
        && !TOTAL_TO_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
      const found = tabled ?? this.outcome(text, start, end, sentence, out);
      if (!found) continue;
      // "four victims had been counted twice": the size of a correction, not a count of casualties.
      if (found.outcomeEnd > 0 && COUNTED_TWICE_AFTER.test(text.slice(found.outcomeEnd, found.outcomeEnd + 48))) continue;
      // "Several detainees told relatives they were beaten", "Two wounded protesters said": the ones who speak, not a count.
      if (found.outcomeEnd > end && found.outcomeEnd - end < 40 && NOUN_ONLY.test(text.slice(end, found.outcomeEnd)) && SPEAKERS_AFTER.test(text.slice(found.outcomeEnd, found.outcomeEnd + 24))) continue;
      const bounds = countBounds(hedge?.toLowerCase().replace(/\s+/g, ' '), value, vague);
      if (upper) {
        bounds.max = upper.max;
        bounds.ceiling = upper.ceiling === null ? null : Math.max(bounds.ceiling ?? 0, upper.ceiling);
      }
      if (facts.start !== sentence.start) facts = sentenceFacts(text, sentence);
      // The figure before it in the same sentence, if any: "9 servicemen died and 31 were wounded".
      const previous = lastIn(out, sentence.start, true);
      let group = found.group;
      // The nearest count gives its group unless an aside stands between: "two officers were killed and 146
      // injured" (146 officers), but "23 people, including four children, and 30 injured" (30 people).
      const nearest = lastIn(out, sentence.start);
      const elided = nearest && (nearest.scope !== 'partial' || !text.slice(nearest.end, start).includes(',')) ? nearest : previous;
      if (elided && found.bare && group === 'people' && ELLIPSIS_BETWEEN.test(text.slice(elided.end, start))) group = elided.group;
      let scope: RawFigure['scope'] = found.partial ? 'partial' : 'total';
      // "killed when a powerful earthquake struck", "killed in the stampede": the story's own incident is its toll.
      let incident = found.incident && isStoryClause(ATTACK_RE.exec(text.slice(found.outcomeEnd, Math.min(sentence.end, found.outcomeEnd + 120))), found.outcomeEnd, isStory);
      if (incident) scope = 'total';
      const attackAfter = ATTACK_RE.exec(text.slice(end, Math.min(sentence.end, end + 240)));
      const subjectFrom = Math.max(sentence.start, start - 120);
      const incidentSubject = INCIDENT_SUBJECT.exec(text.slice(subjectFrom, start));
      incident ||= (attackAfter !== null && !isScene(attackAfter, end, isStory)) || (incidentSubject !== null && !isScene(incidentSubject, subjectFrom, isStory));
      // "killing three hostage-takers": the attackers are not the victims' toll.
      // "five crew members died": members of one body, a part of those counted.
      if (found.head !== null && (ATTACKER_NOUNS.has(found.head) || MEMBER_HEADS.has(found.head))) scope = 'partial';
      if (facts.past) scope = 'past';
      // "41 journalists have been detained since the start of the year": a count over a longer time than the story's.
      else if (facts.period ??= longerPeriod(facts.text, facts.years)) scope = 'period';
      // Rare words first (a plain search of the sentence), then their pattern.
      else if (hasAny(facts, COUNTED) && TALLIED_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) scope = 'partial';
      else if (hasAny(facts, SEEN) && SEEN_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start))) scope = 'partial';
      else if (hasAny(facts, DIFFERENCE) && DIFFERENCE_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start))) scope = 'partial';
      else if (hasAny(facts, WHERE_DIED) && DIED_WHERE_AFTER.test(text.slice(end, end + 90))) scope = 'partial';
      else if (hasAny(facts, AMONG) && AMONG_AFTER.test(text.slice(end, end + 80))) scope = 'partial'; // "Two police officers are among the dead"
      else if (hasAny(facts, INCLUDING) && WITH_ATTACKER_AFTER.test(text.slice(end, end + 60))) scope = 'partial';
      else if (facts.toll && hasAny(facts, AFTER) && AFTER_BEFORE.test(text.slice(Math.max(sentence.start, start - 16), start))) scope = 'partial'; // "the toll rose to 14 after two injured workers died"
      else if (hasAny(facts, AFTER_OR_FOLLOWING) && isTrigger(text.slice(Math.max(sentence.start, start - 60), start), () => (facts.started ??= STARTED.test(facts.text)))) scope = 'partial';
      else if (hasAny(facts, OTHER) && (facts.other ??= OTHER_INCIDENT.test(facts.text))) {
        scope = 'partial'; // "In another bombing last month, 40 people died": not this story's incident
      }
      else if (REFUTED_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start)) || (hasAny(facts, REFUTING) && REFUTED_AFTER.test(text.slice(end, end + 60)))) {
        scope = 'partial'; // "12, not 21", "denied reports that 100 people had died", "claims that 300 were killed are false"
      }
      else if (isPlaceRow(text, start, lastIn(out, sentence.start))) scope = 'partial'; // "- Coastal Province: 41 dead, 210 injured": one place of a breakdown
      else if (SUPERSEDED_OPENER.test(text.slice(sentence.start, Math.min(start, sentence.start + 16))) || (hasAny(facts, HAD_GIVEN) && start - sentence.start < 120)
        || EARLIER_TOLL_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))
        || (hasAny(facts, VERSION) && (facts.earlierVersion ??= EARLIER_VERSION.exec(facts.text)?.index ?? Infinity) < start - sentence.start)) {
        scope = 'partial'; // "Earlier it had given a toll of 97", "An earlier version of this article said 72": a figure the text says was superseded
      }
      else if ((facts.footage ??= speaksOfFootage(facts.text)) || isScene(attackAfter, end, isStory)) scope = 'partial';
      else if (isIncrement(text, start, end, out, found.outcome)) scope = 'partial';
      else if (facts.alone || (start - sentence.start < 64 && SUBSET_OPENER.test(text.slice(sentence.start, start)) && !openerGroup(text, sentence.start, start, this.groups))) scope = 'partial';
      else if (isScene(incidentSubject, subjectFrom, isStory)) scope = 'partial';
      else if (!facts.toll && (onADay(text.slice(end, Math.min(sentence.end, end + 100))) || dayOpens(text, sentence.start, start))) scope = 'partial';
      else if (bodiesRecovered(text, start, end, found.head, found.outcomeEnd)) scope = 'partial';
      else if (inIncludingList(text, lastIn(out, sentence.start), start, found.outcome)) scope = 'partial'; // ", including 11 women and six children,"
      else if (nearest && INCLUDING_BEFORE.test(text.slice(Math.max(sentence.start, start - 12), start)) && (group === nearest.group || (group === 'civilians' && found.head !== 'civilians'))) {
        // "58 civilians, including 12 children": part of the count before it, not a toll of its own (even when
        // that count is one place's or one hospital's: "treated some 400 people, including 60 with gunshot wounds").
        scope = 'partial';
      }
      else if (!nearest && INCLUDING_BEFORE.test(text.slice(Math.max(sentence.start, start - 12), start)) && COUNT_THEN_INCLUDING.test(text.slice(Math.max(sentence.start, start - 60), start))) {
        scope = 'partial'; // "We interviewed 64 people, including 23 who had been detained": some of those counted for something else
      }
      else if ((found.outcome === 'injured' || found.outcome === 'detained') && found.outcomeEnd > end && STILL_BETWEEN.test(text.slice(end, found.outcomeEnd))) {
        scope = 'partial'; // "3 people remain hospitalised", "200 remain in detention": those still in care or held
      }
      else if (found.outcome === 'injured' && found.outcomeEnd > end && /hospital|undergoing treatment|receiving treatment|being treated|condition|intensive care|gunshot|burns/i.test(text.slice(end, found.outcomeEnd))) {
        // "400 were hospitalised", "150 admitted to hospital", "38 are still undergoing treatment", "five are in a critical condition": those in care are some of the
        // injured, not their count; so are those with one kind of wound ("41 had gunshot wounds", "three suffered burns").
        scope = 'partial';
      }
      else if (found.outcome === 'detained' && (RELEASED_BEFORE.test(before) || (found.outcomeEnd > 0 && RELEASED_AFTER.test(text.slice(found.outcomeEnd, found.outcomeEnd + 40))))) scope = 'partial';
      else if (FAMILY_OF_BEFORE.test(before) || FACILITY_BEFORE.test(text.slice(Math.max(sentence.start, start - 80), start))) scope = 'partial';
      else if (!vague && value <= 2 && !upper && !facts.toll) scope = 'partial';
      // "19 inmates and three guards had died": counts of two groups joined by "and"; the one of people at large is the rest, not the toll.
      if (nearest && nearest.outcome === found.outcome && nearest.group !== group && (nearest.group === 'people' || group === 'people')
        && COORDINATED_BETWEEN.test(text.slice(nearest.end, start))) {
        if (nearest.group === 'people') nearest.scope = 'partial';
        else scope = 'partial';
      }
      out.push({
        start, end, ...bounds, outcome: found.outcome, group, scope,
        rising: RISEN_TO_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start)) || UP_FROM_AFTER.test(text.slice(end, end + 12)),
        revised: REVISED_TO_BEFORE.test(text.slice(Math.max(sentence.start, start - 80), start)) || CORRECTED_FROM_AFTER.test(text.slice(end, end + 16)),
        rejects: rejectedAfter(text, end, sentence.end),
        anaphoric: /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && !hedge, extractor: this.name,
        year: facts.years ? yearOf(facts, start - sentence.start) : null,
        place: placeOf(text, sentence.start, start, found.outcomeEnd),
        incident,
      });
    }
    // A hedge moves a figure's start back; keep the list in text order all the same.
    return out.sort((a, b) => a.start - b.start);
  }

  /** An outcome verb of the count's own at token `i`, after its noun phrase: "were hurt", "have died" (not "who were shot"). */
  private predicateAt(text: string, tokens: LazyTokens, i: number): boolean {
    for (let k = i; k < i + 4; k++) {
      const t = tokens.at(k);
      if (!t?.word || RELATIVE_OR_LINK.has(t.lower)) return false;
      if (this.outcomeAt(text, t.start)) return true;
      if (!AUXILIARY.has(t.lower)) return false;
    }
    return false;
  }

  /** What an outcome phrase outcomeAt found says befell the counted. */
  private outcomeOf(phrase: string): Outcome | undefined {
    const word = phrase.toLowerCase().replace(/\s+/g, ' ');
    return this.outcomeAfter[word] ?? (/hospitals?$/.test(word) ? 'injured' : undefined);
  }

  /** The outcome phrase starting at `at` ("killed", "in detention", "lost their lives"), or null. */
  private outcomeAt(text: string, at: number): string | null {
    return stickyAt(this.outcomeAfterRe, text, at)?.[0] ?? null;
  }

  /** The outcome and group a table cell's header gives its count ("| Dead |", "| Police injured |"), or null. */
  private tableOutcome(text: string, start: number, end: number): ReturnType<CasualtyFigureExtractor['outcome']> {
    const cell = tableCellAt(text, start, end);
    if (!cell) return null;
    const words = cell.header.toLowerCase().split(/[\s/]+/);
    const outcome = words.map((w) => COUNTED_OUTCOMES[w]).find((o) => o !== undefined);
    if (!outcome) return null;
    const group = words.map((w) => this.groups[w]).find((g) => g !== undefined) ?? 'people';
    return { outcome, group, partial: !isTotalRow(cell.rowLabel), bare: false, head: null, outcomeEnd: -1, incident: false };
  }

  /**
   * Does a counted noun phrase run on into a verb of its own? A word after a noun for people that is
   * not a preposition ("people received food aid"), or a past form after the first word ("families
   * fled"); not "protesters in Besk", "dozens of protesters", "unarmed protesters".
   */
  private hasVerb(np: Token[]): boolean {
    for (let k = 1; k < np.length; k++) {
      const w = np[k];
      if (w.lower === 'and' || !w.word || w.capitalised) continue;
      if (/[a-z]ed$/.test(w.lower) && !this.groups[w.lower]) return true;
      // A word for people, then another word: a verb ("people received"), unless it is a word for people too ("police officers").
      if (this.groups[np[k - 1].lower] && !this.groups[w.lower] && !AFTER_HEAD.has(w.lower) && !NP_LINKS.has(w.lower)) return true;
    }
    return false;
  }

  private outcome(text: string, start: number, end: number, sentence: { start: number; end: number }, earlier: RawFigure[]):
    { outcome: Outcome; group: Group; partial: boolean; bare: boolean; head: string | null; outcomeEnd: number; incident: boolean } | null {
    const tokens = new LazyTokens(text, end, Math.min(sentence.end, end + 160));
    let i = 0;
    let partial = false;
    /** The outcome is followed by a place or an occasion ("killed at the residence", "killed when ..."). */
    let incident = false;
    if (tokens.at(0)?.lower === 'of' && PARTITIVE.has(tokens.at(1)?.lower ?? '') && PARTITIVE_COUNT.test(text.slice(start, end).split(/\s+/).pop()!)) {
      // "dozens of the protesters" counts protesters; "a dozen of the injured", "two of those killed" count a part of a toll.
      partial = tokens.at(1)!.lower !== 'the' || OF_THE_COUNTED.has(tokens.at(2)?.lower ?? '');
      i = 2;
    }
    if (tokens.at(0)?.lower === 'lives' && (LIVES_BEFORE.test(text.slice(Math.max(sentence.start, start - 24), start)) || LIVES_LOST_AFTER.test(text.slice(end, end + 40)))) {
      return { outcome: 'killed', group: 'people', partial, bare: false, head: 'lives', outcomeEnd: -1, incident: false }; // "the unrest has claimed at least 25 lives", "45 lives were lost"
    }
    const np: Token[] = [];
    let outcome: Outcome | undefined;
    let outcomeEnd = -1;
    // The counted noun phrase: up to the first auxiliary, outcome word or punctuation.
    for (let t = tokens.at(i); t && np.length < 8; t = tokens.at(++i)) {
      if (QUOTE_MARKS.has(t.text)) continue; // 11 "rioters"
      if (!t.word) break;
      if (OUTCOME_NOUNS[t.lower] && np.length < 4 && !(t.lower === 'bodies' && tokens.at(i + 1)?.lower === 'of') && !(KIN_NOUNS.has(np[0]?.lower ?? '') && np[1]?.lower === 'of')) {
        outcome = OUTCOME_NOUNS[t.lower];
        outcomeEnd = t.end;
        // "two injured workers died overnight", "two of the injured succumbed", "twelve detainees died in
        // custody": the noun says who, the verb what happened. Detainees who died, were hurt or were
        // beaten are some of the detained ("40 detainees were beaten"), not a count of detentions.
        let verb: Token | undefined;
        let died: string | null = null;
        for (let j = i + 1; j <= i + 2 && !died && (outcome === 'injured' || outcome === 'detained') && tokens.at(i + 1)?.word; j++) {
          verb = tokens.at(j);
          died = verb?.word ? this.outcomeAt(text, verb.start) : null;
        }
        const then = died ? this.outcomeOf(died) : undefined;
        if (then === 'killed' || (outcome === 'detained' && then === 'injured')) {
          if (outcome === 'detained') partial = true;
          outcome = then;
          outcomeEnd = verb!.start + died!.length;
        } else if (outcome === 'detained' && DETAINEES_DID_AFTER.test(text.slice(t.end, t.end + 40))) partial = true;
        np.push(t);
        i++;
        break;
      }
      if (np.length > 0 && np.length < 3 && (t.lower === 'injured' || t.lower === 'wounded' || t.lower === 'dead')) {
        outcome = this.outcomeAfter[t.lower]; // "one injured man"
        continue;
      }
      if (AUXILIARY.has(t.lower) || this.outcomeAt(text, t.start) || isDigitCode(text.charCodeAt(t.start)) || STOP_WORDS.has(t.lower)) break;
      // "Six people including two children died": the aside is no part of the counted phrase.
      if (np.length > 0 && INLINE_ASIDE.has(t.lower)) break;
      // "300 videos" is no casualty count; "300 protesters in four days" is (the noun after a preposition is not the counted one).
      if (NON_PERSON_NOUNS.has(t.lower) && np.length < 4 && !np.some((x) => AFTER_HEAD.has(x.lower))) return null;
      np.push(t);
    }
    if (outcome === 'detained' && outcomeEnd > 0) {
      // "Guards killed 14 prisoners", "the deaths of 14 detainees": what befell them, before the count, as
      // "12 prisoners died" after it; some of the detained, not a count of detentions.
      const tail = text.slice(Math.max(sentence.start, start - 40), start);
      const before = OUTCOME_BEFORE_RE.exec(tail);
      const befell = before ? OUTCOME_BEFORE[before[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
      if (befell && befell !== 'detained' && !INTENT_BEFORE.test(tail.slice(Math.max(0, before!.index - 32), before!.index))) {
        outcome = befell;
        partial = true;
      }
    }
    // "The dead include four inmates who were stabbed and three who were shot": a breakdown of the toll;
    // not a count with a verb of its own after it ("Nine of the dead were children, and 30 people were hurt").
    const listed = outcome || this.predicateAt(text, tokens, i) ? null : TOLL_INCLUDES_BEFORE.exec(text.slice(Math.max(sentence.start, start - 160), start));
    if (listed) {
      outcome = /toll$/i.test(listed[1]) ? 'killed' : COUNTED_OUTCOMES[listed[1].toLowerCase()]; // "the toll includes two police officers"
      partial = true;
    }
    // "Of the injured, 7 were children", "Among the deceased were nine women": a part of those the opener names.
    const opener = outcome || listed || start - sentence.start > 48 || this.predicateAt(text, tokens, i) ? null : OUTCOME_OPENER.exec(text.slice(sentence.start, start));
    if (opener) {
      outcome = COUNTED_OUTCOMES[opener[1].toLowerCase()];
      partial = true;
    }
    let group = groupOf(text, np, this.groups);
    if (group === 'people') {
      // "Among civilians, 12 people lost their lives": the opener says whom the sentence counts.
      group = openerGroup(text, sentence.start, start, this.groups) ?? group;
    }
    const window = text.slice(Math.max(sentence.start, start - 48), start);
    if (!outcome) {
      // A verb or noun right before the count governs it: "killed 12 protesters, wounded 30 others",
      // "the deaths of at least 30 demonstrators, some of them shot". It wins over a verb further on.
      const tail = window.slice(-40);
      const before = OUTCOME_BEFORE_RE.exec(tail) ?? OUTCOME_AND_VERB_BEFORE.exec(window);
      // "threatened to kill 12 hostages", "police will arrest 40": an intent, not what happened.
      const intended = before !== null && INTENT_BEFORE.test((before.input === tail ? tail : window).slice(Math.max(0, before.index - 32), before.index));
      if (before && !intended) outcome = OUTCOME_BEFORE[before[1].toLowerCase().replace(/\s+/g, ' ')];
      // "searching for 3 suspects": the wanted are not the missing.
      if (before && /^search/i.test(before[1]) && np.some((t) => ATTACKER_NOUNS.has(t.lower) || WANTED_NOUNS.has(t.lower))) return null;
    }
    if (!outcome && LIVES_OF_BEFORE.test(window)) outcome = 'killed'; // "took the lives of 12 people", not "saved the lives of"
    // "had treated more than 60 people for gunshot wounds", "Hospitals in Lorn treated 57 people": injured,
    // as one hospital or medic counted them (a part, not the toll).
    const treated = TREATED_BEFORE.exec(window);
    const treatedAt = treated ? start - window.length + treated.index : -1;
    const treatedFor = treated ? text.slice(end, Math.min(sentence.end, end + 80)) : '';
    const treaters = treated && !TREATED_FOR_AFTER.test(treatedFor) && !TREATED_FOR_OTHER.test(treatedFor)
      ? TREATERS_BEFORE.exec(text.slice(Math.max(sentence.start, treatedAt - 48), treatedAt)) : null;
    if (treated && (treaters || TREATED_FOR_AFTER.test(treatedFor))) {
      outcome = 'injured';
      // The hospitals together may count them all ("Hospitals across the country have treated 700").
      if (!treaters || !/^(?:hospitals|clinics|infirmaries)$/i.test(treaters[1])) partial = true;
    }
    if (!outcome && ASIDE_INTRO.test(text.slice(Math.max(sentence.start, start - 16), start))) {
      // "9 people died, among them two police officers, and 74 were injured": an aside counts the
      // figure before it, whatever verb comes after the aside.
      outcome = lastIn(earlier, sentence.start)?.outcome;
    }
    if (!outcome) {
      // "..., including 23 protesters and six police officers": the aside's next count, joined by "and".
      const prev = lastIn(earlier, sentence.start);
      if (prev && AND_AFTER_GROUP.test(text.slice(prev.end, start)) && ASIDE_INTRO.test(text.slice(Math.max(sentence.start, prev.start - 16), prev.start))) outcome = prev.outcome;
    }
    if (!outcome) {
      // The verb chain after the noun phrase: "... have reportedly been injured", ", apparently injured".
      let gap = 0;
      // "14 relatives of people killed": the outcome right after the phrase is of those the kin are of, not of the kin.
      const kinOf = np.length >= 3 && KIN_NOUNS.has(np[0].lower) && np[1].lower === 'of';
      const npEnd = i;
      for (let t = tokens.at(i); t; t = tokens.at(++i)) {
        const m = t.word ? this.outcomeAt(text, t.start) : null;
        if (m) {
          if (kinOf && i === npEnd && !BE.has(t.lower) && !AUXILIARY.has(t.lower)) return null;
          const word = m.toLowerCase().replace(/\s+/g, ' ');
          // "hit", "shot", "held" are outcomes only in the passive: "were hit", "shot in the head".
          if (AMBIGUOUS_OUTCOMES.has(word) && !BE.has(tokens.at(i - 1)?.lower ?? '') && !/^\s+(?:in|by|dead)\b/i.test(text.slice(t.end, t.end + 6))) break;
          // A headline's present, right after its noun: "Three die in crash", "Two protesters die in custody";
          // not a habit or a condition ("thousands die each year", "many could die if").
          if (PRESENT_DIE.has(word) && (i !== npEnd || HABITUAL_AFTER.test(text.slice(t.end, t.end + 24)))) break;
          // "60 servicemen were eliminated": a communiqué's killing only of people it names ("12 checkpoints were eliminated").
          if (PEOPLE_ONLY_OUTCOMES.has(word) && !np.some((x) => this.groups[x.lower])) break;
          // "succumbed to pressure": to something else than wounds (those are the longer outcomes).
          if (word === 'succumbed' && /^\s+to\b/i.test(text.slice(t.start + m.length, t.start + m.length + 4))) break;
          // "have affected 2 million people and killed 45": an active verb with a count of its own after it is that count's.
          if (i > npEnd && ACTIVE_WITH_COUNT_AFTER.test(text.slice(t.start + m.length, t.start + m.length + 24))) break;
          outcome = this.outcomeOf(word);
          outcomeEnd = t.start + m.length;
          break;
        }
        if ((t.text === '—' || t.text === '–') && gap === 0) {
          // "At least seven inmates — including two gang leaders — were killed": step over the dashes' aside.
          let j = i + 1;
          for (let u = tokens.at(j); u && j - i <= 16 && u.text !== t.text && u.text !== '.' && u.text !== ';'; u = tokens.at(++j));
          if (tokens.at(j)?.text !== t.text) break;
          i = j;
          continue;
        }
        if (t.text === ',' && (ASIDES.has(tokens.at(i + 1)?.lower ?? '') || countAside(text, tokens, i + 1))) {
          // ", including two children,", ", 12 of them children,": step over the aside to its closing comma.
          // A list inside the aside runs on past its commas: ", among them journalists, lawyers and students,".
          let j = asideEnd(tokens, i + 2);
          if (tokens.at(j)?.text !== ',') break;
          for (let items = 0, k = asideEnd(tokens, j + 1); items < 6 && tokens.at(k)?.text === ',' && isListItem(tokens, j + 1, k); items++, k = asideEnd(tokens, k + 1)) {
            const last = /^(?:and|or)$/.test(tokens.at(k - 2)?.lower ?? '') || tokens.at(k - 3)?.lower === 'and' || tokens.at(k - 3)?.lower === 'or';
            j = k;
            if (last) break;
          }
          i = j;
          continue;
        }
        if (i === npEnd && INLINE_ASIDE.has(t.lower) && isCountToken(text, tokens.at(i + 1))) {
          // "Six people including two children died": step over the aside's count and its nouns.
          let j = i + 2;
          while (j < i + 7 && tokens.at(j)?.word && (this.groups[tokens.at(j)!.lower] || tokens.at(j)!.lower === 'and' || isCountToken(text, tokens.at(j)) || GROUP_MODIFIER.test(tokens.at(j)!.lower))) j++;
          i = j - 1;
          continue;
        }
        if ((t.text === ',' && gap === 0) || QUOTE_MARKS.has(t.text)) continue;
        if (isCountToken(text, t)) {
          // Another count joined by "and" shares the verb: "dozens of protesters and 12 officers were
          // killed". Not after a verb of its own ("1.5 million were displaced and 2.3 million injured"),
          // nor after a comma ("Tens of thousands marched, and hundreds were arrested").
          // Nor after a verb of the first count's own ("Some 300 people received food aid and 12 were injured").
          if (tokens.at(i - 1)?.lower !== 'and' || gap > 0 || tokens.at(i - 2)?.text === ',' || this.hasVerb(np)) break;
          // Nor after a toll's count: "The toll has risen to 15 and 40 people are injured".
          if (np.length <= 1 && tollBefore(text, window, sentence.start, start)) break;
          continue;
        }
        if (!t.word || STOP_WORDS.has(t.lower)) break;
        if (AUXILIARY.has(t.lower) || this.groups[t.lower] || t.lower === 'of' || t.lower === 'the') continue;
        if (++gap > 4) break;
      }
    }
    if (!outcome) {
      // (A clause may stand between the noun and its count: "the number of people killed when a missile hit ... has risen to 21".)
      const number = COUNTED_BEFORE.exec(text.slice(Math.max(sentence.start, start - 200), start));
      const counted = LABEL_BEFORE.exec(window) ?? OUTCOME_SUBJECT_BEFORE.exec(window);
      if (number) {
        outcome = COUNTED_OUTCOMES[number[2].toLowerCase()];
        const who = number[1]?.toLowerCase().split(/\s+/);
        if (who && group === 'people') group = this.groups[who.join(' ')] ?? this.groups[who[who.length - 1]] ?? group;
      } else if (counted && !INTENT_BEFORE.test(window.slice(Math.max(0, counted.index - 32), counted.index))) {
        outcome = COUNTED_OUTCOMES[counted[1].toLowerCase()];
      } else if (tollBefore(text, window, sentence.start, start)) {
        outcome = 'killed'; // "the death toll rose to 45", "bringing the death toll to 45"
      } else if (INCLUDING_BEFORE.test(text.slice(Math.max(sentence.start, start - 12), start)) || TOTAL_TO_BEFORE.test(window)) {
        // "..., including 16 police officers"; "two more died, bringing the total to 20": the outcome of the count before.
        outcome = lastIn(earlier, sentence.start)?.outcome;
      }
      if (!outcome) return null;
    } else if (outcomeEnd >= 0 && INCIDENT_AFTER_RE.test(text.slice(outcomeEnd, outcomeEnd + 48))) {
      partial = true;
      incident = true;
    }
    // "Of the dead, 7 were shot": the dead were shot dead; some of the toll, whatever wounds its verb names.
    if (outcome === 'injured' && !opener && start - sentence.start <= 48 && COUNTED_OUTCOMES[OUTCOME_OPENER.exec(text.slice(sentence.start, start))?.[1].toLowerCase() ?? ''] === 'killed') {
      outcome = 'killed';
      partial = true;
    }
    // "and 19 injured", "438 civilian deaths ... and 731 injuries": a participle or an outcome noun standing for its noun counts nobody new.
    const bare = np.length === 0 || (np.length === 1 && (PARTICIPLE_HEADS.has(np[0].lower) || OUTCOME_NOUNS[np[0].lower] !== undefined));
    return { outcome, group, partial, bare, head: np.length ? np[np.length - 1].lower : null, outcomeEnd, incident };
  }
}


/** A death toll the count at `start` is the value of: "the death toll rose to 45", "bringing the death toll to 45". */
function tollBefore(text: string, window: string, sentenceStart: number, start: number): boolean {
  return DEATH_TOLL_BEFORE.test(window) || DEATH_TOLL_ROSE.test(text.slice(Math.max(sentenceStart, start - 140), start));
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** The index of the next comma, full stop or semicolon from `j` (or past the last token). */
function asideEnd(tokens: LazyTokens, j: number): number {
  for (let u = tokens.at(j); u && u.text !== ',' && u.text !== '.' && u.text !== ';'; u = tokens.at(++j));
  return j;
}

/** Tokens [from, to) are one or two items of a list of nouns ("lawyers and students"), no verb among them. */
function isListItem(tokens: LazyTokens, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false;
  for (let k = from; k < to; k++) {
    const t = tokens.at(k)!;
    if (t.lower === 'and' || t.lower === 'or') continue;
    if (!t.word || AUXILIARY.has(t.lower) || STOP_WORDS.has(t.lower) || /(?:ed|ing)$/.test(t.lower)) return false;
  }
  return true;
}

/** The next count of a list after "including": ", including 11 women and six children," (both parts). */
const LIST_AND = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,?\s+and\s+$/u;
function inIncludingList(text: string, before: RawFigure | undefined, start: number, outcome: Outcome): boolean {
  // (A count of another outcome is no item of the list: "438 deaths, including 64 children, and 731 injuries".)
  if (!before || before.scope !== 'partial' || before.outcome !== outcome || !LIST_AND.test(text.slice(before.end, start))) return false;
  return INCLUDING_BEFORE.test(text.slice(Math.max(0, before.start - 12), before.start));
}

/** A match of an incident pattern that names the story's own incident (it must name one). */
const isStoryClause = (m: RegExpExecArray | null, offset: number, isStory: (noun: string | undefined, at: number) => boolean) => m !== null && m.index < 4 && !isScene(m, offset, isStory);

/** A match of an incident pattern that is one scene of the story, not the story's own incident. */
const isScene = (m: RegExpExecArray | null, offset: number, isStory: (noun: string | undefined, at: number) => boolean) => {
  if (m === null) return false;
  // "when a powerful earthquake struck": the noun of the clause, if it names an incident.
  const noun = m[1] ?? (m[2] !== undefined ? INCIDENT_IN_CLAUSE.exec(m[2])?.[1] : undefined);
  if (noun === undefined) return !isStory(undefined, offset + m.index);
  // The noun ends the match ("in a stampede") or opens it ("strike on a bus killed").
  const at = m[0].endsWith(noun) ? m[0].length - noun.length : Math.max(0, m[0].indexOf(noun));
  return !isStory(noun, offset + m.index + at);
};

/** A count of bodies found: "recovered the bodies of the four miners", "pulled 30 bodies", "12 bodies were found", "the bodies of 17 were recovered". */
function bodiesRecovered(text: string, start: number, end: number, head: string | null, outcomeEnd: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  if (!before.includes('bodies') && head !== 'bodies') return false;
  if (BODIES_OF_RECOVERED.test(before)) return true;
  // "The bodies of 17 migrants were recovered from the sea."
  if (BODIES_OF_BEFORE.test(before) && RECOVERED_AFTER.test(text.slice(end, end + 60))) return true;
  return head === 'bodies' && (RECOVERED_BEFORE.test(before) || (outcomeEnd >= 0 && RECOVERED_AFTER.test(text.slice(outcomeEnd, outcomeEnd + 60))));
}

/**
 * The last figure found in the sentence starting at `sentenceStart`; with `whole`, the last not a part
 * of another, among the few before it (a long sentence of parts is not read back to its start per count).
 */
function lastIn(out: RawFigure[], sentenceStart: number, whole = false): RawFigure | undefined {
  const floor = Math.max(0, out.length - LAST_IN_LOOKBACK);
  for (let i = out.length - 1; i >= floor && out[i].start >= sentenceStart; i--) if (!whole || out[i].scope !== 'partial') return out[i];
  return undefined;
}
const LAST_IN_LOOKBACK = 16;

/** The bounds of a count written alone: "15", "fifteen", "hundreds"; null when it is none. */
function countOf(words: string): { min: number; max: number | null; ceiling: number | null } | null {
  const v = VAGUE[words.toLowerCase().replace(/\s+/g, ' ')];
  if (v) return { min: v.min, max: v.ceiling === v.min ? v.min : null, ceiling: v.ceiling };
  const n = numberOf(words);
  return Number.isFinite(n) ? { min: n, max: n, ceiling: n } : null;
}

/** "1,200", "3.5", "twelve", "two hundred": NaN when not a number. */
function numberOf(words: string): number {
  if (!isDigitCode(words.charCodeAt(0))) return parseNumberWords(words);
  // Thousands written "1,200", "1 200" (a narrow or no-break space) or, in translated text, "1.200".
  return Number(DOT_THOUSANDS.test(words) ? words.replace(/\./g, '') : words.replace(/[, \u00a0\u202f\u2009]/g, ''));
}
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** Tests on a figure's sentence that hold for every count in it. */
interface SentenceFacts {
  start: number;
  text: string;
  /** It recalls an earlier event ("a decade ago"). */
  past: boolean;
  /** It speaks of footage or counted clips; found when first asked. */
  footage: boolean | null;
  /** One place of many ("in the capital alone"). */
  alone: boolean;
  /** It names a toll. */
  toll: boolean;
  /** It names a year (then `yearOf` reads which). */
  years: boolean;
  /** It sets its counts over a longer time than the story's (see LONGER_PERIOD); found when first asked. */
  period: boolean | null;
  /** It tells of a start (see STARTED); found when first asked. */
  started: boolean | null;
  /** The years it names (see `yearOf`); found when first asked. */
  yearMentions?: YearMentions;
  /** It tells of another incident (OTHER_INCIDENT); found when first asked. */
  other?: boolean;
  /** Where it first speaks of an earlier version of the text (EARLIER_VERSION), or Infinity; found when first asked. */
  earlierVersion?: number;
  /** The rare words of RARE_WORDS it contains, as bits (found when first asked): their patterns run only then. */
  rare: number | null;
}
/** Words that some scope rules need in the sentence: found in one pass per sentence. */
const RARE = ['counted', 'differ', 'gap', 'discrepan', 'hospital', 'scene', 'spot', 'among', 'including', 'after', 'had given', 'had put', 'another', 'separate', 'previous', 'earlier', 'similar', 'unrelated', 'false', 'untrue', 'baseless', 'unfounded', 'version', 'following', 'saw', 'seen', 'witnessed'] as const;
const RARE_WORDS = new RegExp(`\\b(?:${RARE.join('|')})`, 'gi');
const RARE_BIT = new Map<string, number>(RARE.map((w, i) => [w, 1 << i]));
/** The bits of some rare words, to test with `hasAny`. */
const rareBits = (...words: (typeof RARE)[number][]) => words.reduce((bits, w) => bits | RARE_BIT.get(w)!, 0);
const COUNTED = rareBits('counted');
const SEEN = rareBits('saw', 'seen', 'witnessed');
const DIFFERENCE = rareBits('differ', 'gap', 'discrepan');
const WHERE_DIED = rareBits('hospital', 'scene', 'spot');
const AMONG = rareBits('among');
const INCLUDING = rareBits('including');
const AFTER = rareBits('after');
const AFTER_OR_FOLLOWING = rareBits('after', 'following');
const OTHER = rareBits('another', 'separate', 'previous', 'earlier', 'similar', 'unrelated');
const HAD_GIVEN = rareBits('had given', 'had put');
const VERSION = rareBits('version');
const REFUTING = rareBits('false', 'untrue', 'baseless', 'unfounded');
/** Does the sentence contain any of the rare words of these bits? */
const hasAny = (facts: SentenceFacts, bits: number) => ((facts.rare ??= rareWords(facts.text)) & bits) !== 0;
/** A video a speaker speaks in, not one that shows the scene: "In a video posted online, the mayor said 12 had died". */
const MEDIUM_RE = /\b(?:in|on|via|through)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:video|clip)(?:\s+(?:message|statement|address|appeal))?\b/giu;
const SPEECH_RE = /\b(?:said|says|told|tells|announced|stated|confirmed|added)\b/i;
/** Does the sentence speak of footage, other than a video someone speaks in? */
function speaksOfFootage(s: string): boolean {
  return FOOTAGE_HINT.test(s) && FOOTAGE_RE.test(s) && (!SPEECH_RE.test(s) || FOOTAGE_RE.test(s.replace(MEDIUM_RE, ' ')));
}
/** Words one of which FOOTAGE_RE needs, found by a plain search first. */
const FOOTAGE_HINT = /footage|video|clip|incident/i;

const NO_SENTENCE: SentenceFacts = { start: -1, text: '', past: false, footage: false, alone: false, toll: false, years: false, period: false, started: false, rare: 0 };

function sentenceFacts(text: string, sentence: { start: number; end: number }): SentenceFacts {
  const s = text.slice(sentence.start, sentence.end);
  return {
    start: sentence.start, text: s,
    past: mayRecallPast(s) && PAST_RELATIVE.test(s), footage: null,
    alone: s.includes('alone') && ALONE_RE.test(s), toll: TOLL_RE.test(s), years: ANY_YEAR.test(s), period: null, started: null, rare: null,
  };
}

function rareWords(s: string): number {
  let bits = 0;
  RARE_WORDS.lastIndex = 0;
  for (let m = RARE_WORDS.exec(s); m; m = RARE_WORDS.exec(s)) bits |= RARE_BIT.get(m[0].toLowerCase())!;
  return bits;
}

/**
 * The earliest year a sentence places its events in ("in 2019"), leaving out comparisons, or the year a
 * "YEAR, when" clause before the count names; or null.
 */
function yearOf(facts: SentenceFacts, at: number): number | null {
  // A "when" clause right before the count (WHEN_YEAR), read from a bounded stretch: a sentence may be long.
  const when = WHEN_YEAR.exec(facts.text.slice(Math.max(0, at - WHEN_CLAUSE_CHARS), at));
  if (when) return Number(when[1]);
  const years = (facts.yearMentions ??= yearMentions(facts.text));
  let year = years.plain;
  for (const m of years.compared) {
    // "the worst since 1991" compares with that year; "the deadliest since 16 people died in 2031" tells of it.
    if (m.comparison < at && at < m.at && (year === null || m.year < year)) year = m.year;
    else if (m.yearAt < at && at - m.yearAt < WHEN_CLAUSE_CHARS && CLAUSE_OF_YEAR.test(facts.text.slice(m.yearAt, at)) && (year === null || m.year < year)) year = m.year;
  }
  return year;
}
/** How far before a count its "when" clause may begin ("the deadliest since 1999, when 2,300 people died"). */
const WHEN_CLAUSE_CHARS = 160;

/** The years a sentence places events in, read once per sentence: the least of those no comparison governs, and the others with where their comparison starts. */
interface YearMentions {
  plain: number | null;
  compared: { at: number; yearAt: number; comparison: number; year: number }[];
}
function yearMentions(sentence: string): YearMentions {
  const out: YearMentions = { plain: null, compared: [] };
  for (const re of [IN_YEAR, YEAR_OF_EVENT]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const y = Number(m[1]);
      const from = Math.max(0, m.index - 40);
      const comparison = COMPARISON_BEFORE.exec(sentence.slice(from, m.index));
      if (comparison) out.compared.push({ at: m.index, yearAt: m.index + m[0].search(/\d{4}/), comparison: from + comparison.index, year: y });
      else if (out.plain === null || y < out.plain) out.plain = y;
    }
  }
  return out;
}
/** A year naming an event: "the 2031 massacre, in which 16 were killed", "the 2031 riots" (not "the 2000 protesters"). */
const YEAR_OF_EVENT = /\b(?:the|an?)\s+((?:1[89]|20)\d\d)\s+(?:[a-z-]+\s+)?(?:riots?|massacre|protests|crackdown|uprising|unrest|war|conflict|floods?|earthquake|quake|tremor|elections?|revolution|coup|attacks?|bombings?|blast|explosion|disaster|tragedy|clashes|famine|tsunami|cyclone|hurricane|typhoon|storm|landslide|stampede|crash|collapse|shooting|fires|wildfires|violence|events|strikes)\b/gi;

/** Right after the outcome: "killed in Besk", "died in the capital" (not "in Tuesday's attack"). */
const PLACE_AFTER = new RegExp(`^\\s+(?:in|at)\\s+${PLACE}(?![\\p{L}'’])`, 'u');

/** The place a count's sentence confines it to, lower-cased, or null. */
function placeOf(text: string, sentenceStart: number, start: number, outcomeEnd: number): string | null {
  return placeName((outcomeEnd >= 0 ? PLACE_AFTER.exec(text.slice(outcomeEnd, outcomeEnd + 80)) : null) ?? PLACE_OPENER.exec(text.slice(sentenceStart, start))
    ?? (start - sentenceStart <= WHERE_PLACE_CHARS ? WHERE_PLACE.exec(text.slice(sentenceStart, start)) : null));
}
/** A place, then the clause of the count: "The worst damage was in Mirel, where officials say 140 died", "The town of Mirel, near the epicentre, where ...". */
const WHERE_PLACE = new RegExp(`(?:\\b(?:in|at)\\s+|^[\\s*_•–-]*(?:The\\s+(?=[a-z]))?)${PLACE}(?:\\s*,[^,.;]{1,40})?\\s*,\\s+where\\b[^.;]*$`, 'u');
const WHERE_PLACE_CHARS = 200;

/** The group nouns of several words ("law enforcement", "border guards"), once per lexicon. */
const phrases = new WeakMap<Record<string, Group>, string[]>();
function phrasesOf(nouns: Record<string, Group>): string[] {
  let list = phrases.get(nouns);
  if (!list) phrases.set(nouns, (list = Object.keys(nouns).filter((k) => k.includes(' '))));
  return list;
}

/** The group a noun phrase counts: security forces, protesters, civilians, or people when mixed. */
function groupOf(text: string, np: Token[], nouns: Record<string, Group>): Group {
  if (np.length === 0) return 'people';
  const phrase = text.slice(np[0].start, np[np.length - 1].end).toLowerCase().replace(/\s+/g, ' ');
  const groups = new Set<Group>();
  for (const key of phrasesOf(nouns)) if (phrase.includes(key)) groups.add(nouns[key]);
  for (const t of np) {
    const g = nouns[t.lower];
    if (g && !(g === 'people' && groups.size > 0)) groups.add(g);
  }
  groups.delete('people');
  if (groups.size === 1) return [...groups][0];
  return 'people';
}
