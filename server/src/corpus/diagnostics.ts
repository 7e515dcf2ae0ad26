// The diagnostics of one document: conflicts with other sources on a fact, dates far outside the
// folder's timeline, weekdays that contradict their date, and casualty figures no source backs.
import { formatDay, fromDayNumber, parseDay } from '../analysis/calendarMath.ts';
import { MONTH_WORDS } from '../analysis/lexicon/calendar.ts';
import type { Claim, FigureClaim } from '../analysis/model.ts';
import { Corpus, attributionOf, type ClaimRef, type Differing, type Fact, type SourceDocument, type ValueGroup } from './corpus.ts';
import { compareMoments, formatMoment, momentDay } from './reportDays.ts';
import { NAMED_PER_VALUE, factOf, intervalKey, overlaps, valueLabel, valueOf, type Interval } from './facts.ts';

export type DiagnosticCode = 'conflict' | 'outlier-date' | 'weekday-mismatch' | 'unattributed-figure';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  path: string;
  start: number;
  end: number;
  text: string;
}

export interface CorpusDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  related: RelatedLocation[];
  /** The claim the diagnostic is about, and its fact, for code actions. */
  claimId: string | null;
  factId: string | null;
}

/** Related locations under a problem: as many as its message names per value, one per source. */
const MAX_RELATED = 3;
const MAX_NAMED = 3;
const MAX_VALUES = 5;

export function computeDiagnostics(corpus: Corpus, doc: SourceDocument): CorpusDiagnostic[] {
  const out: CorpusDiagnostic[] = [];
  for (const claim of doc.analysis.claims) {
    const key = factOf(claim);
    const fact = key ? corpus.fact(key.id) : undefined;
    if (fact) {
      const d = conflict(corpus, doc, claim, fact);
      if (d) out.push(d);
    }
    if (corpus.timeline.isOutlier(claim)) out.push(outlier(corpus, claim));
    // A past event's toll ("since 2019, when an explosion killed 31") is background: no one need back it here.
    if (claim.kind === 'figure' && claim.attribution === null && claim.scope !== 'past') {
      out.push({
        code: 'unattributed-figure', severity: 'information', start: claim.start, end: claim.end, related: [],
        message: `No source is named for this figure (${claim.outcome}, ${claim.group}): who says so?`,
        claimId: claim.id, factId: key?.id ?? null,
      });
    }
  }
  for (const p of doc.analysis.problems) {
    out.push({ code: p.code, severity: 'warning', start: p.start, end: p.end, message: p.message, related: [], claimId: null, factId: null });
  }
  return applySeverities(corpus, out).sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

function applySeverities(corpus: Corpus, list: CorpusDiagnostic[]): CorpusDiagnostic[] {
  const settings = corpus.options.severity ?? {};
  const out: CorpusDiagnostic[] = [];
  for (const d of list) {
    const s = settings[d.code];
    if (s === 'off') continue;
    out.push(s ? { ...d, severity: s } : d);
  }
  return out;
}

/** Who backs a claim: the attribution's source, or null. */
export function sourceOf(doc: SourceDocument | undefined, claim: Claim): string | null {
  if (!doc || claim.kind === 'attribution' || !claim.attribution) return null;
  const a = attributionOf(doc, claim.attribution);
  return a && a.kind === 'attribution' ? a.source : null;
}

/** When the report of a claim was made (see reportDays.ts), or null. */
function reportMoment(corpus: Corpus, ref: ClaimRef): number | null {
  const doc = corpus.get(ref.doc);
  if (!doc) return null;
  return doc.reportDays.sentences.get(ref.claim.sentence) ?? doc.reportDays.document;
}

/** A figure with the moment of its report. */
interface Reported {
  at: number;
  claim: FigureClaim;
}

/**
 * Which of two reports came first: by their moments, else (the same day, a time unknown) by what the
 * text says: "the toll has climbed to 37" comes after a lower figure of that day, "revised down to 31"
 * after a different one.
 */
function order(a: Reported, b: Reported): -1 | 0 | 1 {
  const c = compareMoments(a.at, b.at);
  if (c !== 0) return c;
  if (a.claim.rising && a.claim.min > (b.claim.max ?? Infinity)) return 1;
  if (b.claim.rising && b.claim.min > (a.claim.max ?? Infinity)) return -1;
  if (a.claim.revised !== b.claim.revised) return a.claim.revised ? 1 : -1;
  return 0;
}

/** The first `n` figures of a value group with the moments of their reports (undated ones left out). */
function reported(corpus: Corpus, g: ValueGroup, n: number): Reported[] {
  const out: Reported[] = [];
  for (const r of firstRefs(g, n)) {
    const at = reportMoment(corpus, r);
    if (at !== null && r.claim.kind === 'figure') out.push({ at, claim: r.claim });
  }
  return out;
}

/** The first `n` claims of a value group, from its documents in key order. */
function firstRefs(g: ValueGroup, n: number): ClaimRef[] {
  const out: ClaimRef[] = [];
  for (const doc of Corpus.firstDocs(g, n)) {
    for (const claim of g.byDoc.get(doc)!) {
      if (out.length >= n) return out;
      out.push({ doc, claim });
    }
  }
  return out;
}

/** What differs from one value of a fact; computed once per value and shared by its claims. */
function differingFrom(corpus: Corpus, fact: Fact, mine: Interval): Differing {
  const key = intervalKey(mine);
  fact.differing ??= new Map();
  const cached = fact.differing.get(key);
  if (cached) return cached;
  const result: Differing = { shown: [], hidden: 0, agreeing: 0, differing: 0, related: [] };
  for (const g of corpus.valueGroups(fact)) {
    if (overlaps(mine, g.interval)) result.agreeing += g.byDoc.size;
    // "killing 18 ... bringing the total to 20": a count its own source updated is history that source tells.
    else if (fact.kind === 'figure' && supersededGroups(corpus, fact).has(g)) continue;
    else {
      result.differing += g.byDoc.size;
      if (result.shown.length < MAX_VALUES) result.shown.push(g);
      else result.hidden++;
    }
  }
  // One related location per differing value first, then more of each, up to the limit; one per
  // source, so that the list shows who else says it rather than one source's repetitions.
  const firsts = result.shown.map((g) => Corpus.firstDocs(g, MAX_RELATED).map((doc) => ({ doc, claim: g.byDoc.get(doc)![0] })));
  for (let round = 0; result.related.length < MAX_RELATED; round++) {
    let added = false;
    for (const refs of firsts) {
      const r = refs[round];
      if (!r || result.related.length >= MAX_RELATED) continue;
      result.related.push({ path: r.doc, start: r.claim.start, end: r.claim.end, text: quoteOf(corpus, r) });
      added = true;
    }
    if (!added) break;
  }
  fact.differing.set(key, result);
  return result;
}

function conflict(corpus: Corpus, doc: SourceDocument, claim: Claim, fact: Fact): CorpusDiagnostic | null {
  const mine = valueOf(claim);
  if (!mine) return null;
  const d = differingFrom(corpus, fact, mine);
  if (d.shown.length === 0) return null;
  // What the others say reads the same for every claim of this value, unless this document is one
  // of those named ("this source"): built once per value and shared.
  if (d.othersText === undefined) {
    d.othersText = othersText(corpus, d, null);
    d.named = new Set(d.shown.flatMap((g) => Corpus.firstDocs(g, MAX_NAMED)));
  }
  const others = d.named!.has(doc.key) ? othersText(corpus, d, doc.key) : d.othersText;
  const update = claim.kind === 'figure' ? updatedInOwnDocument(doc).get(claim) : undefined;
  const note = update ? ` This source itself later updates it to ${valueLabel(update)}.` : claim.kind === 'figure' ? updateNote(corpus, doc, claim, d.shown, fact, mine) : '';
  const message = `Sources disagree on ${fact.name}: this says ${valueLabel(claim)}; ${others}.${note}`;
  // Figures that a later report simply updated are worth knowing, not a warning.
  return {
    code: 'conflict', severity: d.agreeing > d.differing || note ? 'information' : 'warning', start: claim.start, end: claim.end,
    message, related: d.related, claimId: claim.id, factId: fact.id,
  };
}

/** Does a document's figure update an earlier one of the same document (a toll that rose past it, a correction)? */
const updates = (later: FigureClaim, earlier: Claim) =>
  earlier.kind === 'figure' && later.start > earlier.start && ((later.rising && later.min > (earlier.max ?? Infinity)) || (later.revised && (later.min !== earlier.min || later.max !== earlier.max)));

/**
 * The value groups of a figure fact whose every claim is updated later in its own document (see
 * `updates`): no one still says them. Checked group by group, most stopping at their first claim.
 */
function supersededGroups(corpus: Corpus, fact: Fact): Set<ValueGroup> {
  if (fact.superseded) return fact.superseded;
  const out = new Set<ValueGroup>();
  for (const g of corpus.valueGroups(fact)) {
    let all = true;
    for (const [key, claims] of g.byDoc) {
      const doc = corpus.get(key);
      if (!doc || !claims.every((c) => updatedInOwnDocument(doc).has(c))) {
        all = false;
        break;
      }
    }
    if (all) out.add(g);
  }
  return (fact.superseded = out);
}

/** Per analysis (a document analysed again has a new one). */
const updatedClaims = new WeakMap<SourceDocument['analysis'], Map<Claim, FigureClaim>>();

/**
 * The figures a document updates further on, each with the first later figure of the same fact that
 * updates it: "killing 18 ... bringing the total to 20". The document's own earlier count is then
 * history it tells, not a claim that disagrees. Computed once per analysis.
 */
function updatedInOwnDocument(doc: SourceDocument): Map<Claim, FigureClaim> {
  let map = updatedClaims.get(doc.analysis);
  if (map) return map;
  map = new Map();
  const figures = doc.analysis.claims.filter((c): c is FigureClaim => c.kind === 'figure');
  for (const u of figures) {
    if (!u.rising && !u.revised) continue;
    const id = factOf(u)?.id;
    if (id === undefined) continue;
    for (const c of figures) if (!map.has(c) && updates(u, c) && factOf(c)?.id === id) map.set(c, u);
  }
  updatedClaims.set(doc.analysis, map);
  return map;
}

/** "9 in a.txt (Police), b.txt and 797 more; …": the differing values, naming `self` "this source". */
function othersText(corpus: Corpus, d: Differing, self: string | null): string {
  const parts: string[] = [];
  for (const g of d.shown) {
    const named: string[] = [];
    for (const k of Corpus.firstDocs(g, MAX_NAMED)) {
      const claims = g.byDoc.get(k)!;
      const who = sourceOf(corpus.get(k), claims[0]);
      named.push(`${k === self ? 'this source' : corpus.label(k)}${who ? ` (${who})` : ''}`);
    }
    const more = g.byDoc.size > named.length ? ` and ${g.byDoc.size - named.length} more` : '';
    parts.push(`${valueLabel(g.byDoc.get(Corpus.firstDocs(g, 1)[0])![0])} in ${named.join(', ')}${more}`);
  }
  if (d.hidden) parts.push(`and ${d.hidden} other value${d.hidden === 1 ? '' : 's'}`);
  return parts.join('; ');
}

const quotes = new WeakMap<Claim, string>();

/** The sentence around a claim, shortened (cached per claim). */
export function quoteOf(corpus: Corpus, ref: ClaimRef): string {
  let q = quotes.get(ref.claim);
  if (q === undefined) {
    q = sentenceAround(corpus.get(ref.doc)?.text ?? '', ref.claim.start, ref.claim.end);
    quotes.set(ref.claim, q);
  }
  return q;
}

const notes = new WeakMap<ValueGroup[], Map<string, string>>();

/** Tolls rise: a larger figure in a later report is probably an update, not a contradiction (and the missing change either way). */
function updateNote(corpus: Corpus, doc: SourceDocument, claim: FigureClaim, shown: ValueGroup[], fact: Fact, value: Interval): string {
  const at = reportMoment(corpus, { doc: doc.key, claim });
  if (at === null || rejected(corpus, doc, claim, value, shown)) return '';
  const mine: Reported = { at, claim };
  // The note depends only on this report's moment and count, and on the differing values: cache it.
  let cache = notes.get(shown);
  if (!cache) {
    cache = new Map();
    notes.set(shown, cache);
  }
  const key = `${at}/${claim.min}/${claim.max}/${claim.approx}/${claim.rising}/${claim.revised}`;
  let note = cache.get(key);
  if (note === undefined) {
    note = computeUpdateNote(corpus, mine, shown);
    if (note && competing(corpus, fact, value, mine, shown)) note = '';
    cache.set(key, note);
  }
  return note;
}

/**
 * Does one side reject the other's count in so many words ("19, not 17 as the authorities claim")?
 * Then the difference is a dispute, whichever report came later.
 */
function rejected(corpus: Corpus, doc: SourceDocument, claim: FigureClaim, value: Interval, shown: ValueGroup[]): boolean {
  const within = (list: number[] | undefined, v: Interval) => list !== undefined && list.some((n) => v.lo <= n && n <= v.hi);
  const mine = rejectedIn(doc).get(claim.outcome);
  return shown.some((g) => within(mine, g.interval) || Corpus.firstDocs(g, MAX_NAMED).some((k) => {
    const other = corpus.get(k);
    return other !== undefined && within(rejectedIn(other).get(claim.outcome), value);
  }));
}

/** The counts a document rejects, by outcome ("19 of our members were killed, not 17": killed, 17), once per analysis. */
const rejections = new WeakMap<SourceDocument['analysis'], Map<string, number[]>>();
function rejectedIn(doc: SourceDocument): Map<string, number[]> {
  let map = rejections.get(doc.analysis);
  if (map) return map;
  map = new Map();
  for (const c of doc.analysis.claims) {
    if (c.kind !== 'figure' || c.rejects === null) continue;
    const list = map.get(c.outcome) ?? [];
    list.push(c.rejects);
    map.set(c.outcome, list);
  }
  rejections.set(doc.analysis, map);
  return map;
}

/**
 * Did a source give a value agreeing with this one, and not with a differing one, when or after that
 * one was current: at its report or before it for an earlier figure, at its report or after it for a
 * later one? Then the difference is a dispute between sources, not an update ("the government says 6,
 * the opposition at least 11", on the same days).
 */
function competing(corpus: Corpus, fact: Fact, value: Interval, mine: Reported, shown: ValueGroup[]): boolean {
  const agreeing = corpus.valueGroups(fact).filter((g) => !shown.includes(g) && overlaps(value, g.interval));
  const dated = new Map<ValueGroup, Reported[]>();
  const reportsOf = (g: ValueGroup) => {
    let list = dated.get(g);
    if (!list) dated.set(g, (list = reported(corpus, g, 20)));
    return list;
  };
  for (const other of shown) {
    const rivals = agreeing.filter((g) => !overlaps(other.interval, g.interval));
    if (rivals.length === 0) continue;
    const reports = reportsOf(other);
    // A report at an unknown time of this one's day goes with the timed reports of its value (or of one it agrees with), if any.
    const timed = shown.some((g) => overlaps(g.interval, other.interval) && reportsOf(g).some((o) => order(o, mine) !== 0));
    for (const o of reports) {
      if (timed && order(o, mine) === 0 && o.at !== mine.at) continue;
      const earlier = order(o, mine) < 0;
      if (rivals.some((g) => reportsOf(g).some((r) => (earlier ? order(r, o) <= 0 : order(r, o) >= 0)))) return true;
    }
  }
  return false;
}

function computeUpdateNote(corpus: Corpus, mine: Reported, shown: ValueGroup[]): string {
  const { claim } = mine;
  const refs = shown.flatMap((g) => firstRefs(g, 20));
  const others = refs.map((r) => {
    const at = reportMoment(corpus, r);
    return at === null || r.claim.kind !== 'figure' ? null : { at, claim: r.claim };
  });
  const isLater = (o: Reported) => order(o, mine) > 0 && o.claim.min > claim.min;
  const isEarlier = (o: Reported) => order(o, mine) < 0 && (o.claim.max ?? Infinity) < claim.min;
  const later = others.filter((o): o is Reported => o !== null && isLater(o));
  const earlier = others.filter((o): o is Reported => o !== null && isEarlier(o));
  // A report of the same day at an unknown time ("KOLVAR, Aug 18" against a live blog's "21:15") goes with
  // the reports whose value it shares: later (or earlier) than this one if they all are.
  const agrees = (o: Reported, list: Reported[]) => list.some((x) => overlaps(valueOf(x.claim)!, valueOf(o.claim)!));
  for (const o of others) {
    if (o === null || order(o, mine) !== 0) continue;
    const laterToo = o.claim.min > claim.min && agrees(o, later);
    const earlierToo = (o.claim.max ?? Infinity) < claim.min && agrees(o, earlier);
    if (laterToo && !earlierToo) later.push(o);
    else if (earlierToo && !laterToo) earlier.push(o);
  }
  if (later.length === refs.length) return ` The higher figures come from later reports (from ${formatMoment(Math.min(...later.map((o) => o.at)))}): probably an updated toll.`;
  if (earlier.length === refs.length) return ` This report (${formatMoment(mine.at)}) is later than the others: probably an updated toll.`;
  if (earlier.length + later.length === refs.length) return ` Earlier reports give lower figures and later ones higher (this one: ${formatMoment(mine.at)}): probably a rising toll.`;
  // A correction ("revised down to 31") updates what came before it, whichever way it goes.
  const dated = others.filter((o): o is Reported => o !== null);
  if (dated.length === refs.length) {
    if (claim.revised && dated.every((o) => order(o, mine) < 0)) return ` This report (${formatMoment(mine.at)}) corrects the earlier figures: probably a revised toll.`;
    const revising = dated.filter((o) => o.claim.revised && order(o, mine) > 0);
    if (revising.length > 0 && dated.every((o) => order(o, mine) > 0 && (o.claim.revised || o.claim.min > claim.min))) {
      return ` Later reports (from ${formatMoment(Math.min(...revising.map((o) => o.at)))}) correct this figure: probably a revised toll.`;
    }
  }
  // The missing are found, or found dead, as hours pass: their count moves either way. Reports of one day
  // count as other reports only when both give their time.
  if (claim.outcome === 'missing' && others.every((o) => o !== null && compareMoments(o.at, mine.at) !== 0)) {
    const sameDay = others.some((o) => momentDay(o!.at) === momentDay(mine.at));
    return ` The other figures are from reports of other ${sameDay ? 'times' : 'days'} (this one: ${formatMoment(mine.at)}): counts of the missing change as people are found.`;
  }
  return '';
}

function outlier(corpus: Corpus, claim: Claim): CorpusDiagnostic {
  const day = parseDay(claim.kind === 'date' ? claim.day : null)!;
  const { median } = corpus.timeline.stats();
  const similar = corpus.timeline.sameDayOfMonth(day, fromDayNumber(day).day, NAMED_PER_VALUE);
  const related = similar.first.map((r) => ({ path: r.doc, start: r.claim.start, end: r.claim.end, text: quoteOf(corpus, r) }));
  let message = `${claim.text} (${formatDay(day)}, year inferred) lies far outside the timeline of these sources, which centres on ${formatDay(median!)}.`;
  if (similar.day !== null) {
    const d = fromDayNumber(similar.day);
    message += ` ${similar.docs} source${similar.docs === 1 ? ' mentions' : 's mention'} ${MONTH_WORDS[d.month - 1]} ${d.day}: a slip of the month?`;
  }
  return { code: 'outlier-date', severity: similar.day !== null ? 'warning' : 'information', start: claim.start, end: claim.end, message, related, claimId: claim.id, factId: null };
}

/** The sentence around a span, shortened to about 160 characters, on one line. */
const LEADING_MARKS = /^[–—•*#>|_-]+\s*/;

export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  // A full stop ends a sentence only before a space: not a decimal's ("a 6.8 earthquake") or a URL's.
  const endsAt = (i: number) => text[i] === '\n' || (/[.!?]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])));
  let s = start;
  while (s > 0 && !endsAt(s - 1) && start - s < max) s--;
  let e = end;
  while (e < text.length && !endsAt(e) && e - end < max) e++;
  if (e < text.length && /[.!?]/.test(text[e])) e++;
  // Not the dash, bullet or markup before it ("1:30 p.m. – The strike began", "- 5 March: ...").
  let out = text.slice(s, e).replace(/\s+/g, ' ').trim().replace(LEADING_MARKS, '');
  if (out.length > max) {
    const at = out.indexOf(text.slice(start, end).replace(/\s+/g, ' '));
    const from = Math.max(0, Math.min(at - Math.floor((max - (end - start)) / 2), out.length - max));
    out = `${from > 0 ? '…' : ''}${out.slice(from, from + max).trim()}${from + max < out.length ? '…' : ''}`;
  }
  return out;
}
