// The workspace index: every source's claims, grouped into facts, and the diagnostics that follow.
// Pure: it is given texts and keys, and never reads a file.
//
// A fact keeps its claims in buckets per value and per document, so that replacing one document
// costs the size of that document, not of the fact. `set` returns the keys of every document whose
// diagnostics may have changed: the edited one, plus the others on a fact only when the fact's values
// (or the documents named in their messages) changed.
import { extract, extractEdited, resolve, type Extraction, type ResolveContext } from '../analysis/analyze.ts';
import { extrasKey, type LexiconExtras } from '../analysis/lexicon/extras.ts';
import type { Claim, DocumentAnalysis } from '../analysis/model.ts';
import { computeDiagnostics, type CorpusDiagnostic, type DiagnosticCode, type RelatedLocation, type Severity } from './diagnostics.ts';
import { NAMED_PER_VALUE, factOf, valueKey, valueOf, type FactKind, type Interval } from './facts.ts';
import { dropRawClaims, emptyAnalysis, emptyExtraction, prepareDocument, resolveDocument, type Stages } from './prepare.ts';
import { NO_REPORT_MOMENTS, type ReportMoments } from './reportDays.ts';
import { Timeline } from './timeline.ts';

export interface ClaimRef {
  doc: string;
  claim: Claim;
}

/** The claims of a fact that give one value, per document in the order they joined. */
export interface ValueGroup {
  key: string;
  interval: Interval;
  byDoc: Map<string, Claim[]>;
  /** Cached Corpus.firstDocs answer; dropped when the group changes. */
  first?: string[];
}

/** The values of a fact that differ from one value, as a conflict message shows them. */
export interface Differing {
  shown: ValueGroup[];
  hidden: number;
  agreeing: number;
  differing: number;
  related: RelatedLocation[];
  /** The message's account of the other values (see diagnostics.ts), and the documents it names. */
  othersText?: string;
  named?: Set<string>;
}

export interface Fact {
  id: string;
  kind: FactKind;
  name: string;
  groups: Map<string, ValueGroup>;
  /** Documents with a claim on this fact, and how many. */
  docs: Map<string, number>;
  /** Groups, most supported first; computed on demand, dropped when the fact changes. */
  sorted?: ValueGroup[];
  /** Per value, what differs from it; computed on demand, dropped when the fact changes. */
  differing?: Map<string, Differing>;
  /** The value groups whose every claim its own document updates later (see diagnostics.ts); with `differing`. */
  superseded?: Set<ValueGroup>;
}

export interface SourceDocument {
  key: string;
  text: string;
  extraction: Extraction;
  analysis: DocumentAnalysis;
  /** Attribution claims by id, built when first asked for (see `attributionOf`). */
  attributionsById?: Map<string, Claim>;
  factIds: Set<string>;
  /** When the reports in it were made: per sentence, and the document's own (see reportDays). */
  reportDays: ReportMoments;
  /**
   * Set for a document being edited (`set(…, editing)`): its raw extraction is kept, made with the
   * lexicon of this key, so that the next edit re-scans only the sentences around the change.
   */
  raw?: string;
  /** An undated document whose raw claims were dropped (retainExtraction: false): re-resolving re-extracts. */
  dropped?: boolean;
}

export interface CorpusOptions {
  /** The reference day for a folder in which no source carries its own date. */
  referenceDate?: string | null;
  /** How a document is named in messages (default: the last path segment). */
  label?: (key: string) => string;
  /** Severity per diagnostic code, or 'off'. */
  severity?: Partial<Record<DiagnosticCode, Severity | 'off'>>;
  /**
   * Keep undated documents' raw extraction, so that they can be re-resolved when the folder's date
   * changes (default true). A one-pass reader (the CLI) turns it off to save memory; should the date
   * change after all, such a document is extracted again.
   */
  retainExtraction?: boolean;
  /** Extra words for the extractors (settings `corroborate.lexicon.*`). */
  lexicon?: LexiconExtras;
  /**
   * Told when analysing a document threw (a bug in a rule, met on some text): the document is kept
   * with no claims, so the others are still checked. Told once per document and text.
   */
  onAnalysisError?: (key: string, error: unknown) => void;
}

const defaultLabel = (key: string) => decodeURIComponent(key.replace(/\/+$/, '').split(/[\\/]/).pop() ?? key);

export class Corpus {
  private readonly docs = new Map<string, SourceDocument>();
  private readonly facts = new Map<string, Fact>();
  private readonly diagnosticCache = new Map<string, CorpusDiagnostic[]>();
  readonly timeline = new Timeline();
  private folderReference: string | null = null;
  private folderYear: number | null = null;
  options: CorpusOptions;

  constructor(options: CorpusOptions = {}) {
    this.options = options;
  }

  private readonly labels = new Map<string, string>();

  label(key: string): string {
    let l = this.labels.get(key);
    if (l === undefined) {
      l = (this.options.label ?? defaultLabel)(key);
      if (this.labels.size > 100_000) this.labels.clear();
      this.labels.set(key, l);
    }
    return l;
  }

  /**
   * Adds or replaces a document. Returns the keys whose diagnostics may have changed. `editing`: the
   * text comes from an editor and will change again; its raw claims are kept, so that the next edit
   * re-scans only the sentences around the change.
   */
  set(key: string, text: string, editing = false): Set<string> {
    const previous = this.docs.get(key);
    const lexicon = extrasKey(this.options.lexicon);
    const extraction = this.extractText(key, text, previous?.raw === lexicon ? previous.extraction : undefined);
    const changed = new Set<string>([key]);
    const before = this.snapshot(this.docs.get(key)?.factIds ?? []);
    this.unindex(key, changed);
    const doc = emptyDocument(key, text, extraction);
    if (editing) doc.raw = lexicon;
    this.putDoc(doc);
    this.refreshContext(changed);
    this.resolveDoc(doc);
    this.index(doc, changed);
    this.compare(before, doc.factIds, changed);
    this.invalidate(changed);
    return changed;
  }

  /**
   * Adds or replaces many documents at once (initial indexing, the command line): the folder's date is
   * worked out once, and no change sets are computed. Diagnostics are all recomputed.
   */
  load(entries: Iterable<[string, string]>): void {
    const stages = this.stages();
    const added: SourceDocument[] = [];
    for (const [key, text] of entries) {
      // A dated document comes prepared resolved: its raw claims are gone before the next one is read,
      // so loading a whole folder holds little at once.
      const p = prepareDocument(text, stages);
      if (p.error !== undefined) this.analysisFailed(key, text, p.error);
      this.unindex(key, null);
      const doc = emptyDocument(key, text, p.extraction);
      if (p.resolved) {
        doc.analysis = p.resolved.analysis;
        doc.reportDays = p.resolved.reportDays;
      } else doc.analysis = UNRESOLVED;
      this.putDoc(doc);
      added.push(doc);
    }
    this.refreshContext(null);
    for (const doc of added) {
      if (doc.analysis === UNRESOLVED) this.resolveDoc(doc);
      this.index(doc, null);
    }
    this.diagnosticCache.clear();
  }

  /** The analysis's stages as this corpus runs them (its lexicon, its seams). */
  private stages(): Stages {
    return { extract: (text) => this.extractClaims(text), resolve: (ex, ctx) => this.resolveExtraction(ex, ctx) };
  }

  /** Removes a document. Returns the keys whose diagnostics may have changed. */
  delete(key: string): Set<string> {
    const changed = new Set<string>();
    const doc = this.docs.get(key);
    if (!doc) return changed;
    const before = this.snapshot(doc.factIds);
    const ids = [...doc.factIds];
    this.unindex(key, changed);
    this.dropDoc(key);
    this.failedTexts.delete(key);
    this.refreshContext(changed);
    this.compare(before, ids, changed);
    this.invalidate(changed);
    this.diagnosticCache.delete(key);
    changed.delete(key);
    return changed;
  }

  has(key: string): boolean {
    return this.docs.has(key);
  }

  get(key: string): SourceDocument | undefined {
    return this.docs.get(key);
  }

  keys(): string[] {
    return [...this.docs.keys()];
  }

  get size(): number {
    return this.docs.size;
  }

  fact(id: string): Fact | undefined {
    return this.facts.get(id);
  }

  allFacts(): Fact[] {
    return [...this.facts.values()];
  }

  factIdOf(claim: Claim): string | null {
    return factOf(claim)?.id ?? null;
  }

  /** Every claim of a fact, document by document. */
  claimsOf(fact: Fact): ClaimRef[] {
    const out: ClaimRef[] = [];
    for (const g of fact.groups.values()) for (const [doc, claims] of g.byDoc) for (const claim of claims) out.push({ doc, claim });
    return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.claim.start - b.claim.start));
  }

  /**
   * The diagnostics of one document, computed on demand and cached until something they depend on
   * changes. `cache: false` computes without keeping them (a one-pass reader such as the CLI).
   */
  diagnostics(key: string, cache = true): CorpusDiagnostic[] {
    const cached = this.diagnosticCache.get(key);
    if (cached) return cached;
    const doc = this.docs.get(key);
    if (!doc) return [];
    const list = computeDiagnostics(this, doc);
    if (cache) this.diagnosticCache.set(key, list);
    return list;
  }

  /** The first `n` documents of a value group in key order: the ones messages name. Stable across edits. */
  static firstDocs(g: ValueGroup, n: number): string[] {
    if (n <= NAMED_PER_VALUE) {
      g.first ??= Corpus.smallestKeys(g, NAMED_PER_VALUE);
      return n === NAMED_PER_VALUE ? g.first : g.first.slice(0, n);
    }
    return Corpus.smallestKeys(g, n);
  }

  private static smallestKeys(g: ValueGroup, n: number): string[] {
    if (g.byDoc.size <= n) return [...g.byDoc.keys()].sort();
    const out: string[] = [];
    for (const k of g.byDoc.keys()) {
      if (out.length < n) {
        out.push(k);
        if (out.length === n) out.sort();
      } else if (k < out[n - 1]) {
        out[n - 1] = k;
        out.sort();
      }
    }
    return out;
  }

  /** A fact's distinct values with the claims and documents behind each, most supported first. */
  valueGroups(fact: Fact): ValueGroup[] {
    fact.sorted ??= [...fact.groups.values()].sort((a, b) => b.byDoc.size - a.byDoc.size || a.interval.lo - b.interval.lo);
    return fact.sorted;
  }

  /** Forget cached diagnostics, e.g. after the severity settings changed. */
  invalidateAll(): void {
    this.diagnosticCache.clear();
  }

  /** The folder's reference day and year, as used for undated documents. */
  get context(): { folderReference: string | null; folderYear: number | null } {
    return { folderReference: this.folderReference, folderYear: this.folderYear };
  }

  setReferenceDate(referenceDate: string | null): Set<string> {
    this.options = { ...this.options, referenceDate };
    const changed = new Set<string>();
    this.refreshContext(changed);
    this.invalidate(changed);
    return changed;
  }

  private resolveDoc(doc: SourceDocument): void {
    // Raw claims dropped to save memory (retainExtraction: false) are found again if the folder's date moves.
    if (doc.dropped) doc.extraction = this.extractText(doc.key, doc.text);
    doc.dropped = false;
    doc.attributionsById = undefined;
    const { result, error } = resolveDocument(doc.extraction, { folderReference: this.folderReference, folderYear: this.folderYear }, this.stages());
    if (error !== undefined) this.analysisFailed(doc.key, doc.text, error);
    doc.analysis = result.analysis;
    doc.reportDays = result.reportDays;
    // A dated document never depends on the folder's date: it is not resolved again, so the raw
    // claims can go. An undated one keeps them for when the folder's date moves.
    if ((doc.extraction.published || this.options.retainExtraction === false) && doc.raw === undefined) {
      dropRawClaims(doc.extraction);
      doc.dropped = !doc.extraction.published;
    }
  }

  /** How many documents carry each date of their own, and each year their text names. */
  private readonly publishedCounts = new Map<string, number>();
  private readonly yearCounts = new Map<number, number>();

  /** A text's raw claims (re-scanning only around the edit when `previous` is given); none if that throws. */
  private extractText(key: string, text: string, previous?: Extraction): Extraction {
    try {
      return this.extractClaims(text, previous);
    } catch (e) {
      this.analysisFailed(key, text, e);
      return emptyExtraction(text);
    }
  }

  /** The analysis's two stages, as seams: tests make them throw. */
  protected extractClaims(text: string, previous?: Extraction): Extraction {
    return previous ? extractEdited(previous, text, this.options.lexicon) : extract(text, this.options.lexicon);
  }

  protected resolveExtraction(ex: Extraction, ctx: ResolveContext): DocumentAnalysis {
    return resolve(ex, ctx);
  }

  /** The text of each document whose analysis failed and was told, so that it is told once. */
  private readonly failedTexts = new Map<string, string>();

  private analysisFailed(key: string, text: string, error: unknown): void {
    if (this.failedTexts.get(key) === text) return;
    this.failedTexts.set(key, text);
    this.options.onAnalysisError?.(key, error);
  }

  private putDoc(doc: SourceDocument): void {
    this.dropDoc(doc.key);
    this.docs.set(doc.key, doc);
    const { published, textYear } = doc.extraction;
    if (published) this.publishedCounts.set(published, (this.publishedCounts.get(published) ?? 0) + 1);
    if (textYear !== null) this.yearCounts.set(textYear, (this.yearCounts.get(textYear) ?? 0) + 1);
  }

  private dropDoc(key: string): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    this.docs.delete(key);
    const { published, textYear } = doc.extraction;
    if (published) decrement(this.publishedCounts, published);
    if (textYear !== null) decrement(this.yearCounts, textYear);
  }

  /** Recomputes the folder's date; when it moved, re-resolves the documents that depend on it. */
  private refreshContext(changed: Set<string> | null): void {
    let earliest: string | null = null;
    for (const p of this.publishedCounts.keys()) if (earliest === null || p < earliest) earliest = p;
    const reference = earliest ?? this.options.referenceDate ?? null;
    const year = reference ? Number(reference.slice(0, 4)) : [...this.yearCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
    if (reference === this.folderReference && year === this.folderYear) return;
    this.folderReference = reference;
    this.folderYear = year;
    for (const d of this.docs.values()) {
      if (d.extraction.published || d.analysis.claims.length === 0) continue;
      const ids = [...d.factIds];
      this.unindex(d.key, changed);
      this.resolveDoc(d);
      this.index(d, changed);
      if (changed) {
        changed.add(d.key);
        for (const id of new Set([...ids, ...d.factIds])) this.addAllDocs(id, changed);
      }
    }
  }

  private index(doc: SourceDocument, changed: Set<string> | null): void {
    for (const claim of doc.analysis.claims) {
      const key = factOf(claim);
      const interval = key ? valueOf(claim) : null;
      if (!key || !interval) continue;
      let fact = this.facts.get(key.id);
      if (!fact) {
        fact = { id: key.id, kind: key.kind, name: key.name, groups: new Map(), docs: new Map() };
        this.facts.set(key.id, fact);
      }
      const vk = valueKey(claim);
      let group = fact.groups.get(vk);
      if (!group) {
        group = { key: vk, interval, byDoc: new Map() };
        fact.groups.set(vk, group);
      }
      const list = group.byDoc.get(doc.key);
      if (list) list.push(claim);
      else group.byDoc.set(doc.key, [claim]);
      group.first = undefined;
      fact.docs.set(doc.key, (fact.docs.get(doc.key) ?? 0) + 1);
      fact.sorted = undefined;
      fact.differing = undefined;
      fact.superseded = undefined;
      doc.factIds.add(key.id);
    }
    const moved = this.timeline.add(doc.key, doc.analysis.claims, changed !== null);
    if (moved && changed) for (const k of this.timeline.candidates()) changed.add(k);
  }

  private unindex(key: string, changed: Set<string> | null): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    for (const id of doc.factIds) {
      const fact = this.facts.get(id);
      if (!fact) continue;
      for (const [vk, g] of fact.groups) {
        if (!g.byDoc.delete(key)) continue;
        g.first = undefined;
        if (g.byDoc.size === 0) fact.groups.delete(vk);
      }
      fact.docs.delete(key);
      fact.sorted = undefined;
      fact.differing = undefined;
      fact.superseded = undefined;
      if (fact.groups.size === 0) this.facts.delete(id);
    }
    doc.factIds = new Set();
    const moved = this.timeline.remove(key, changed !== null);
    if (moved && changed) for (const k of this.timeline.candidates()) changed.add(k);
  }

  /**
   * What other documents' messages depend on: each value's documents count, and which documents are
   * named first (their sources and related locations appear in the others' messages).
   */
  private snapshot(ids: Iterable<string>): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const fact = this.facts.get(id);
      if (!fact) continue;
      const parts: string[] = [];
      for (const g of this.valueGroups(fact)) {
        // Membership and counts, not offsets: an edit inside a named document does not republish the
        // others (their related locations into it may lag until they are next published).
        const first = Corpus.firstDocs(g, NAMED_PER_VALUE);
        parts.push(`${g.key}:${g.byDoc.size}:${first.join('\u0000')}`);
      }
      out.set(id, parts.join('|'));
    }
    return out;
  }

  /** After an edit: other documents change only where the snapshot of a fact changed. */
  private compare(before: Map<string, string>, afterIds: Iterable<string>, changed: Set<string>): void {
    const ids = new Set([...before.keys(), ...afterIds]);
    const after = this.snapshot(ids);
    for (const id of ids) {
      if (before.get(id) !== after.get(id)) this.addAllDocs(id, changed);
    }
  }

  private addAllDocs(id: string, changed: Set<string>): void {
    const fact = this.facts.get(id);
    if (fact) for (const d of fact.docs.keys()) changed.add(d);
  }

  private invalidate(keys: Set<string>): void {
    for (const k of keys) this.diagnosticCache.delete(k);
  }
}

/** The attribution claim with this id in a document. */
export function attributionOf(doc: SourceDocument, id: string): Claim | undefined {
  if (!doc.attributionsById) {
    doc.attributionsById = new Map();
    for (const c of doc.analysis.claims) if (c.kind === 'attribution') doc.attributionsById.set(c.id, c);
  }
  return doc.attributionsById.get(id);
}

function decrement<K>(counts: Map<K, number>, key: K): void {
  const n = (counts.get(key) ?? 0) - 1;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

function emptyDocument(key: string, text: string, extraction: Extraction): SourceDocument {
  return { key, text, extraction, analysis: emptyAnalysis(), factIds: new Set(), reportDays: NO_REPORT_MOMENTS };
}

/** Marks a loaded document whose claims are resolved once the folder's date is known. */
const UNRESOLVED: DocumentAnalysis = Object.freeze(emptyAnalysis()) as DocumentAnalysis;
