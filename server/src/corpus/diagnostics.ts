// The diagnostics of one document: conflicts with other sources on a fact, dates far outside the
// folder's timeline, weekdays that contradict their date, and casualty figures no source backs.
import { formatDay, fromDayNumber, parseDay } from '../analysis/calendarMath.ts';
import { MONTH_WORDS } from '../analysis/lexicon/calendar.ts';
import type { Claim, FigureClaim } from '../analysis/model.ts';
import type { ClaimRef, Corpus, Fact, SourceDocument } from './corpus.ts';
import { factOf, overlaps, valueKey, valueLabel, valueOf } from './facts.ts';

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

const MAX_RELATED = 20;
const MAX_NAMED = 3;

export function computeDiagnostics(corpus: Corpus, doc: SourceDocument): CorpusDiagnostic[] {
  const out: CorpusDiagnostic[] = [];
  const reportDays = reportDaysOf(doc);
  for (const claim of doc.analysis.claims) {
    const key = factOf(claim);
    const fact = key ? corpus.fact(key.id) : undefined;
    if (fact) {
      const d = conflict(corpus, doc, claim, fact, reportDays);
      if (d) out.push(d);
    }
    if (corpus.timeline.isOutlier(claim)) out.push(outlier(corpus, claim));
    if (claim.kind === 'figure' && claim.attribution === null) {
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
  const a = doc.claimsById.get(claim.attribution);
  return a && a.kind === 'attribution' ? a.source : null;
}

/**
 * For each sentence, the day a report in it is dated by: a date opening the sentence ("On January 15
 * the office stated ..."). Other dates in a sentence are the events', not the report's.
 */
function reportDaysOf(doc: SourceDocument): Map<number, number> {
  const days = new Map<number, number>();
  const sentences = doc.extraction.segmentation.sentences;
  for (const c of doc.analysis.claims) {
    if (c.kind !== 'date' || c.spec.form === 'time' || days.has(c.sentence)) continue;
    const s = sentences[c.sentence];
    if (!s || !/^\s*(?:on|by|as of)?\s*$/i.test(doc.text.slice(s.start, c.start))) continue;
    const d = parseDay(c.day);
    if (d !== null) days.set(c.sentence, d);
  }
  return days;
}

function reportDay(corpus: Corpus, ref: ClaimRef, cache?: Map<number, number>): number | null {
  const doc = corpus.get(ref.doc);
  const days = cache ?? (doc ? reportDaysOf(doc) : new Map<number, number>());
  return days.get(ref.claim.sentence) ?? parseDay(doc?.analysis.published ?? null);
}

function conflict(corpus: Corpus, doc: SourceDocument, claim: Claim, fact: Fact, reportDays: Map<number, number>): CorpusDiagnostic | null {
  const mine = valueOf(claim);
  if (!mine) return null;
  const differing = new Map<string, ClaimRef[]>();
  const agreeingDocs = new Set<string>();
  const differingDocs = new Set<string>();
  for (const ref of fact.claims) {
    if (ref.claim === claim) continue;
    const v = valueOf(ref.claim);
    if (!v) continue;
    if (overlaps(mine, v)) {
      agreeingDocs.add(ref.doc);
      continue;
    }
    const k = valueKey(ref.claim);
    const list = differing.get(k) ?? [];
    list.push(ref);
    differing.set(k, list);
    differingDocs.add(ref.doc);
  }
  if (differing.size === 0) return null;
  agreeingDocs.add(doc.key);
  const parts: string[] = [];
  const related: RelatedLocation[] = [];
  for (const refs of differing.values()) {
    const docs = [...new Set(refs.map((r) => r.doc))];
    const named = docs.slice(0, MAX_NAMED).map((k) => {
      const first = refs.find((r) => r.doc === k)!;
      const who = sourceOf(corpus.get(k), first.claim);
      return `${k === doc.key ? 'this source' : corpus.label(k)}${who ? ` (${who})` : ''}`;
    });
    const more = docs.length > MAX_NAMED ? ` and ${docs.length - MAX_NAMED} more` : '';
    parts.push(`${valueLabel(refs[0].claim)} in ${named.join(', ')}${more}`);
    for (const r of refs) {
      if (related.length >= MAX_RELATED) break;
      const text = corpus.get(r.doc)?.text ?? '';
      related.push({ path: r.doc, start: r.claim.start, end: r.claim.end, text: sentenceAround(text, r.claim.start, r.claim.end) });
    }
  }
  let message = `Sources disagree on ${fact.name}: this says ${valueLabel(claim)}; ${parts.join('; ')}.`;
  if (claim.kind === 'figure') message += updateNote(corpus, doc, claim, differing, reportDays);
  const majority = agreeingDocs.size > differingDocs.size;
  return {
    code: 'conflict', severity: majority ? 'information' : 'warning', start: claim.start, end: claim.end,
    message, related, claimId: claim.id, factId: fact.id,
  };
}

/** Tolls rise: a larger figure in a later report is probably an update, not a contradiction. */
function updateNote(corpus: Corpus, doc: SourceDocument, claim: FigureClaim, differing: Map<string, ClaimRef[]>, reportDays: Map<number, number>): string {
  const mine = reportDay(corpus, { doc: doc.key, claim }, reportDays);
  if (mine === null) return '';
  const refs = [...differing.values()].flat();
  const later = refs.filter((r) => {
    const day = reportDay(corpus, r);
    return day !== null && day > mine && r.claim.kind === 'figure' && r.claim.min > claim.min;
  });
  const earlier = refs.filter((r) => {
    const day = reportDay(corpus, r);
    return day !== null && day < mine && r.claim.kind === 'figure' && (r.claim.max ?? Infinity) < claim.min;
  });
  if (later.length === refs.length) return ` The higher figures come from later reports (from ${formatDay(Math.min(...later.map((r) => reportDay(corpus, r)!)))}): probably an updated toll.`;
  if (earlier.length === refs.length) return ` This report (${formatDay(mine)}) is later than the others: probably an updated toll.`;
  return '';
}

function outlier(corpus: Corpus, claim: Claim): CorpusDiagnostic {
  const day = parseDay(claim.kind === 'date' ? claim.day : null)!;
  const { median } = corpus.timeline.stats();
  const dom = fromDayNumber(day).day;
  const similar = corpus.timeline.sameDayOfMonth(day, dom);
  const related = similar.slice(0, MAX_RELATED).map((r) => ({
    path: r.doc, start: r.claim.start, end: r.claim.end, text: sentenceAround(corpus.get(r.doc)?.text ?? '', r.claim.start, r.claim.end),
  }));
  let message = `${claim.text} (${formatDay(day)}, year inferred) lies far outside the timeline of these sources, which centres on ${formatDay(median!)}.`;
  if (similar.length) {
    const d = fromDayNumber(parseDay(similar[0].claim.day)!);
    const docs = new Set(similar.map((r) => r.doc)).size;
    message += ` ${docs} source${docs === 1 ? '' : 's'} mention ${MONTH_WORDS[d.month - 1]} ${d.day}: a slip of the month?`;
  }
  return { code: 'outlier-date', severity: similar.length ? 'warning' : 'information', start: claim.start, end: claim.end, message, related, claimId: claim.id, factId: null };
}

/** The sentence around a span, shortened to about 160 characters, on one line. */
export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]) && start - s < max) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]) && e - end < max) e++;
  if (e < text.length && /[.!?]/.test(text[e])) e++;
  let out = text.slice(s, e).replace(/\s+/g, ' ').trim();
  if (out.length > max) {
    const at = out.indexOf(text.slice(start, end).replace(/\s+/g, ' '));
    const from = Math.max(0, Math.min(at - Math.floor((max - (end - start)) / 2), out.length - max));
    out = `${from > 0 ? '…' : ''}${out.slice(from, from + max).trim()}${from + max < out.length ? '…' : ''}`;
  }
  return out;
}
