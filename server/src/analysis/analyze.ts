// The analysis pipeline: text → sentences → raw claims (extractors) → claims with values (refiners).
//
// Two stages so that the corpus can re-resolve cheaply when the folder's dates change:
//  - `extract(text)` does the expensive scanning and depends on the text alone;
//  - `resolve(extraction, context)` applies the document's and the folder's dates, names sources
//    and events, and links attributions. It is cheap and may run again with a new context.
//
// Extractor order matters: dates and times first, because a number inside a date ("Jan. 5, 2022",
// "12:15 a.m.") is never a casualty figure; figures see the spans dates took.
import { AttributionExtractor } from './extractors/AttributionExtractor.ts';
import { COUNT_STARTS, CasualtyFigureExtractor, FIGURE_LEAD_CHARS } from './extractors/CasualtyFigureExtractor.ts';
import { DAY_DATE_STARTS, DayDateExtractor } from './extractors/DayDateExtractor.ts';
import { RELATIVE_STARTS, RelativeDayExtractor } from './extractors/RelativeDayExtractor.ts';
import { IsoDateExtractor } from './extractors/IsoDateExtractor.ts';
import { HEADLINE_LEAD_CHARS, headlineSources } from './extractors/headlineSources.ts';
import { ISSUER_LEAD_CHARS, IssuerExtractor } from './extractors/IssuerExtractor.ts';
import { NumericDateExtractor } from './extractors/NumericDateExtractor.ts';
import { OrdinalDayExtractor } from './extractors/OrdinalDayExtractor.ts';
import { StartScanner } from './extractors/starts.ts';
import { onTableLine } from './extractors/tableCells.ts';
import { TIME_STARTS, TimeExtractor } from './extractors/TimeExtractor.ts';
import { Occupied, mergeByStart, type RawAttribution, type RawDate, type RawFigure } from './extractors/types.ts';
import { WEEKDAY_STARTS, WeekdayExtractor } from './extractors/WeekdayExtractor.ts';
import { extrasKey, type LexiconExtras } from './lexicon/extras.ts';
import type { AttributionClaim, Claim, DateClaim, DocumentAnalysis, FigureClaim } from './model.ts';
import { nameEvents } from './refiners/events.ts';
import { linkAttributions } from './refiners/linkAttributions.ts';
import { markNights } from './refiners/nights.ts';
import { confineToIncident } from './refiners/incidents.ts';
import { confineToPlaces } from './refiners/places.ts';
import { findDatelineDay, findPublished } from './refiners/published.ts';
import { dayNumber, formatDay, fromDayNumber, nearestDay, parseDay } from './calendarMath.ts';
import { reportedDates } from './refiners/reported.ts';
import { resolveDates } from './refiners/resolveDates.ts';
import { resolveSources } from './refiners/resolveSources.ts';
import { firstIndex } from './bisect.ts';
import { lowerHeadlineCues } from './headline.ts';
import { maskMarkup, plainSpaces, unwrapLines } from './markup.ts';
import { segment, sentenceAt, type Segmentation } from './segment.ts';

/** Date extractors in priority order: an earlier one's span wins an overlap. */
const ISSUER = new IssuerExtractor();
const DATE_EXTRACTORS = [new IsoDateExtractor(), new NumericDateExtractor(), new DayDateExtractor(), new TimeExtractor(), new RelativeDayExtractor(), new WeekdayExtractor(), new OrdinalDayExtractor()];
interface LexicalExtractors {
  figures: CasualtyFigureExtractor;
  attributions: AttributionExtractor;
  /** One pass that finds where every extractor's pattern may start; null: each scans the text. */
  starts: StartScanner | null;
}
const withExtras = new Map<string, LexicalExtractors>();

function lexicalExtractors(extras?: LexiconExtras): LexicalExtractors {
  const attributions = new AttributionExtractor(extras);
  const starts = StartScanner.build({
    words: {
      month: DAY_DATE_STARTS, weekday: WEEKDAY_STARTS, time: TIME_STARTS, relative: RELATIVE_STARTS,
      count: COUNT_STARTS, cue: attributions.starts,
    },
    digits: ['time', 'count', 'iso'],
  });
  return { figures: new CasualtyFigureExtractor(extras), attributions, starts };
}
const DEFAULT_EXTRACTORS = lexicalExtractors();

/** The extractors that depend on lexicons, built once per set of extra words. */
function lexical(extras: LexiconExtras | undefined): LexicalExtractors {
  const key = extrasKey(extras);
  if (!key) return DEFAULT_EXTRACTORS;
  let e = withExtras.get(key);
  if (!e) {
    e = lexicalExtractors(extras);
    withExtras.set(key, e);
  }
  return e;
}

export interface Extraction {
  /** The text as it is (claims' texts and offsets are the file's own). */
  text: string;
  /** What the extractors read: the text with markup blanked out (see markup.ts); the same string when it has none. */
  scan: string;
  segmentation: Segmentation;
  dates: RawDate[];
  figures: RawFigure[];
  attributions: RawAttribution[];
  published: string | null;
  /** A wire dateline without a year ("Feb 12 (Reuters)"): dated once the folder gives the year. */
  datelineDay: { month: number; day: number } | null;
  textYear: number | null;
}

/** What the extractors read: markup blanked, a title-case headline's cues in lower case (offsets unchanged). */
function scanOf(text: string, lex: LexicalExtractors): string {
  return lowerHeadlineCues(maskMarkup(unwrapLines(plainSpaces(text))), lex.attributions.headlineCues);
}

export function extract(text: string, extras?: LexiconExtras): Extraction {
  const lex = lexical(extras);
  const scan = scanOf(text, lex);
  const segmentation = segment(scan);
  const { dates, figures, attributions } = extractClaims(scan, segmentation, lex, 0, text.length);
  return finish(text, scan, segmentation, dates, figures, attributions);
}

/**
 * The extraction of an edited text, reusing what an earlier extraction found outside the edit. Only
 * the sentences around the change (with a margin of whole sentences, at least MARGIN characters
 * each side) are scanned again; the claims before are kept, those after are shifted. The result is
 * the same as `extract(text)` (a test holds it to that).
 */
export function extractEdited(previous: Extraction, text: string, extras?: LexiconExtras): Extraction {
  const lex = lexical(extras);
  const old = previous.text;
  // An unchanged text (a save, an undo back to it) is found the same again: nothing to re-scan.
  if (old === text) return previous;
  if (!lex.starts) return extract(text, extras);
  const max = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  // The lead says what story the text tells, which every figure reads (see CasualtyFigureExtractor), and who issues it.
  if (prefix < LEAD_CHARS) return extract(text, extras);
  // A table's header gives the cells under it their meaning, however far below: an edit in a table reads the text again.
  if (onTableLine(text, prefix) || onTableLine(old, prefix)) return extract(text, extras);
  let suffix = 0;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const scan = scanOf(text, lex);
  const segmentation = segment(scan);
  // The region to scan again: whole sentences around [prefix, text.length - suffix), with a margin.
  // Sentences, not paragraphs: a source without blank lines is one paragraph.
  const units = segmentation.sentences;
  let first = firstIndex(units.length, (i) => units[i].end >= prefix - MARGIN);
  let last = first;
  while (last < units.length && units[last].start <= text.length - suffix + MARGIN) last++;
  const from = first > 0 ? units[first - 1].end : 0;
  const to = last < units.length ? units[last].start : text.length;
  const delta = text.length - old.length;
  const region = extractClaims(scan, segmentation, lex, from, to);
  const oldTo = to - delta;
  const keep = <T extends { start: number; end: number }>(before: T[], found: T[]): T[] => [
    ...before.filter((c) => c.end <= from),
    ...found,
    ...before.filter((c) => c.start >= oldTo).map((c) => ({ ...c, start: c.start + delta, end: c.end + delta })),
  ];
  return finish(text, scan, segmentation, keep(previous.dates, region.dates), keep(previous.figures, region.figures), keep(previous.attributions, region.attributions));
}

/** An edit this near the start reads the whole text again: the lead and the issuer's lines are read from the start. */
const LEAD_CHARS = Math.max(FIGURE_LEAD_CHARS, ISSUER_LEAD_CHARS, HEADLINE_LEAD_CHARS);
/** Characters of unchanged text scanned again on each side of an edit. */
const MARGIN = 400;

/** The claims whose patterns start in [from, to). */
function extractClaims(text: string, segmentation: Segmentation, lex: LexicalExtractors, from: number, to: number) {
  const { figures: FIGURES, attributions: ATTRIBUTIONS, starts: scanner } = lex;
  const starts = scanner?.scan(text, from, to);
  const { sentences } = segmentation;
  const sentenceOf = (offset: number) => sentences[sentenceAt(sentences, offset)] ?? { start: 0, end: text.length };
  const taken = new Occupied();
  const dates: RawDate[] = [];
  for (const ex of DATE_EXTRACTORS) {
    for (const d of ex.extract(text, starts)) {
      if (taken.overlaps(d.start, d.end)) continue;
      taken.add(d.start, d.end);
      dates.push(d);
    }
    taken.commit();
  }
  dates.sort((a, b) => a.start - b.start);
  const figures = FIGURES.extract(text, taken, sentenceOf, starts);
  const attributions = ATTRIBUTIONS.extract(text, sentenceOf, starts, figures);
  // A headline's label and the issuer's name open the text: only a scan from its start finds them (an edit within LEAD_CHARS reads the whole text again).
  if (from === 0) {
    for (const h of headlineSources(text)) {
      if (!attributions.some((a) => a.start < h.end && h.start < a.end)) attributions.splice(firstIndex(attributions.length, (i) => attributions[i].start >= h.start), 0, h);
    }
  }
  const issuer = from === 0 ? ISSUER.extract(text) : null;
  if (issuer && !attributions.some((a) => a.start < issuer.end && issuer.start < a.end)) {
    attributions.splice(firstIndex(attributions.length, (i) => attributions[i].start >= issuer.start), 0, issuer);
  }
  return { dates, figures, attributions };
}

function finish(text: string, scan: string, segmentation: Segmentation, dates: RawDate[], figures: RawFigure[], attributions: RawAttribution[]): Extraction {
  const years = new Map<number, number>();
  for (const d of dates) {
    if (d.spec.form === 'day' && d.spec.parts.year !== undefined && !d.spec.sentenceYear) years.set(d.spec.parts.year, (years.get(d.spec.parts.year) ?? 0) + 1);
  }
  const textYear = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  const published = findPublished(scan, dates);
  return { text, scan, segmentation, dates, figures, attributions, published, datelineDay: published ? null : findDatelineDay(scan, dates), textYear };
}

/** Claim ids ("d0", "f12", "a3") repeat in every document: each is made once and shared. */
const ids: Record<string, string[]> = { d: [], f: [], a: [] };
function claimId(prefix: 'd' | 'f' | 'a', i: number): string {
  return (ids[prefix][i] ??= `${prefix}${i}`);
}
const NOTHING_INFERRED: readonly string[] = Object.freeze([]);

export interface ResolveContext {
  /** The folder's reference day, for documents without a date of their own. */
  folderReference?: string | null;
  /** The folder's year, for documents whose text names none. */
  folderYear?: number | null;
}

/** How many figures back "the 19 killed" looks for the count of 19 it refers to. */
const ANAPHORA_LOOKBACK = 64;

/** How far into a text the date that gives the document its own date may stand. */
const DATELINE_CHARS = 600;

export function resolve(ex: Extraction, ctx: ResolveContext = {}): DocumentAnalysis {
  const { text, segmentation } = ex;
  const sentences = segmentation.sentences;
  const sentenceIndex = (offset: number) => sentenceAt(sentences, offset);
  const dates: DateClaim[] = ex.dates.map((d, i) => ({
    id: claimId('d', i), kind: 'date', start: d.start, end: d.end, text: text.slice(d.start, d.end), sentence: sentenceIndex(d.start),
    extractor: d.extractor, type: d.type, spec: d.spec, value: null, day: null, inferred: NOTHING_INFERRED, event: null, attribution: null, reach: null,
  }));
  const attributions: AttributionClaim[] = ex.attributions.map((a, i) => ({
    id: claimId('a', i), kind: 'attribution', start: a.start, end: a.end, text: text.slice(a.start, a.end), sentence: sentenceIndex(a.start),
    extractor: a.extractor, source: a.mention, cue: a.cue,
  }));
  const published = ex.published ?? datelineDate(ex, ctx);
  const reference = published ?? ctx.folderReference ?? null;
  const year = published ? Number(published.slice(0, 4)) : ex.textYear ?? ctx.folderYear ?? (reference ? Number(reference.slice(0, 4)) : null);
  const figures: FigureClaim[] = [];
  ex.figures.forEach((f, i) => {
    let group = f.group;
    if (f.anaphoric && group === 'people') {
      // "the 19 killed" refers back to an earlier count of 19 with the same outcome.
      // (Among the figures not long before it: a long text is not read back to its start per figure.)
      for (let j = figures.length - 1; j >= Math.max(0, figures.length - ANAPHORA_LOOKBACK); j--) {
        const e = figures[j];
        if (e.min === f.min && e.max === f.max && e.outcome === f.outcome) {
          group = e.group;
          break;
        }
      }
    }
    figures.push({
      id: claimId('f', i), kind: 'figure', start: f.start, end: f.end, text: text.slice(f.start, f.end), sentence: sentenceIndex(f.start),
      extractor: f.extractor, min: f.min, max: f.max, approx: f.approx, ceiling: f.ceiling, outcome: f.outcome, group,
      // A figure set in an earlier year than the document's ("in 2019, ... left 300 dead") is not this event's toll.
      scope: f.year !== null && year !== null && f.year < year ? 'past' : f.scope, rising: f.rising, revised: f.revised, rejects: f.rejects, attribution: null,
    });
  });
  confineToPlaces(figures, ex.figures.map((f) => f.place));
  confineToIncident(figures, ex.figures.map((f) => f.incident));
  const reported = reportedDates(ex.scan, dates);
  let problems = resolveDates(dates, { reference, year, reported });
  // An undated text that tells of days after the folder's date was written after them: weekdays,
  // "today" and "two days ago" count from the latest day it states, not from an earlier source's date.
  let referenceDay = parseDay(reference);
  if (published === null && referenceDay !== null) {
    const latest = latestStatedDay(dates, referenceDay + MAX_LATER_DAYS);
    if (latest !== null && latest > referenceDay) {
      referenceDay = latest;
      problems = resolveDates(dates, { reference: formatDay(latest), year, reported });
    }
  }
  const { scan } = ex;
  markNights(scan, dates);
  // The claim that gave the document its date: the first of that day near the top.
  const dateline = published === null ? -1 : dates.find((d) => d.start < DATELINE_CHARS && d.day === published && d.spec.form === 'day')?.start ?? -1;
  nameEvents(scan, dates, sentences, dateline);
  // An event more than a year from the text's date is an earlier one it recalls ("In 2019, similar
  // protests began on November 16"), not the story's.
  if (referenceDay !== null) {
    for (const d of dates) if (d.event && d.day && Math.abs(parseDay(d.day)! - referenceDay) > EVENT_WITHIN_DAYS) d.event = null;
  }
  resolveSources(scan, attributions, sentences);
  // A pronoun with nothing before it to stand for ("It said ..." opening a text) is no attribution.
  const sourced = attributions.some((a) => a.source === '') ? attributions.filter((a) => a.source !== '') : attributions;
  const claims = mergeByStart(mergeByStart<Claim>(dates, figures), sourced);
  linkAttributions(scan, claims, sentences);
  // A statement's issuer backs what no sentence attributes to another source; so does a fact sheet's closing
  // "Source:" line, the last line of the text.
  backTables(text, claims, sourced);
  const issuer = sourced.find((a) => a.extractor === ISSUER.name) ?? closingSource(text, sourced);
  if (issuer) for (const c of claims) if (c.kind === 'figure' && c.attribution === null) c.attribution = issuer.id;
  return { published, textYear: ex.textYear, claims, problems };
}

/** How many lines up from its "Source:" line a table may start. */
const MAX_TABLE_LINES = 400;

/**
 * A "Source:" line right under a table (a blank line between at most) backs the table's counts that
 * nothing else backs: "| **Total** | **67** |\n\nSource: provincial disaster management offices."
 */
function backTables(text: string, claims: Claim[], attributions: AttributionClaim[]): void {
  for (const a of attributions) {
    if (a.cue !== 'Source:') continue;
    let end = text.lastIndexOf('\n', a.start - 1); // the end of the line above
    if (end > 0 && text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim() === '') end = text.lastIndexOf('\n', end - 1);
    let start = end;
    for (let lines = 0; start > 0 && lines < MAX_TABLE_LINES; lines++) {
      const from = text.lastIndexOf('\n', start - 1) + 1;
      if (!text.slice(from, start).trimStart().startsWith('|')) break;
      start = from > 0 ? from - 1 : 0;
      if (from === 0) break;
    }
    if (start >= end) continue;
    for (const c of claims) if (c.kind === 'figure' && c.attribution === null && c.start >= start && c.end <= end) c.attribution = a.id;
  }
}

/** The attribution of a "Source:" line that ends the text ("Source: Civil Protection Agency, 5 May 2031"), or undefined. */
function closingSource(text: string, attributions: AttributionClaim[]): AttributionClaim | undefined {
  const last = attributions.at(-1);
  if (!last || last.cue !== 'Source:') return undefined;
  const lineEnd = text.indexOf('\n', last.end);
  return lineEnd < 0 || text.slice(lineEnd).trim() === '' ? last : undefined;
}

/** How far from the text's date the day of one of the story's events may lie. */
const EVENT_WITHIN_DAYS = 366;
/** How far after the folder's date an undated text's latest stated day may lie and still date it (a slip of the month lies further). */
const MAX_LATER_DAYS = 31;

/** The latest day, up to `limit`, a text states as past (a month and a day, not in a clause that looks forward). */
function latestStatedDay(dates: DateClaim[], limit: number): number | null {
  let latest: number | null = null;
  for (const d of dates) {
    if (d.spec.form !== 'day' || d.spec.future || d.spec.parts.day === undefined || d.day === null) continue;
    const n = parseDay(d.day);
    if (n !== null && n <= limit && (latest === null || n > latest)) latest = n;
  }
  return latest;
}

/**
 * The day of a year-less wire dateline, in the year that puts it nearest the folder's reference day
 * (else in the text's or the folder's year); null without one.
 */
function datelineDate(ex: Extraction, ctx: ResolveContext): string | null {
  const d = ex.datelineDay;
  if (!d) return null;
  const ref = parseDay(ctx.folderReference ?? null);
  if (ref !== null) {
    const y = fromDayNumber(ref).year;
    return formatDay(nearestDay(d.month, d.day, [y - 1, y, y + 1], ref));
  }
  const year = ex.textYear ?? ctx.folderYear ?? null;
  return year === null ? null : formatDay(dayNumber(year, d.month, d.day));
}

/** Extract and resolve in one step, for a document on its own. */
export function analyze(text: string, ctx: ResolveContext = {}, extras?: LexiconExtras): DocumentAnalysis {
  return resolve(extract(text, extras), ctx);
}
