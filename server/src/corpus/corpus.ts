// The workspace index: every source's claims, grouped into facts, and the diagnostics that follow.
// Pure: it is given texts and keys, and never reads a file.
//
// Updating one document re-extracts that document only, re-resolves undated documents only when the
// folder's reference date changes, and returns the keys of every document whose diagnostics may have
// changed, so that a server can republish just those.
import { extract, resolve, type Extraction } from '../analysis/analyze.ts';
import type { Claim, DocumentAnalysis } from '../analysis/model.ts';
import { computeDiagnostics, type CorpusDiagnostic, type DiagnosticCode, type Severity } from './diagnostics.ts';
import { factOf, overlaps, valueKey, valueOf, type FactKind, type Interval } from './facts.ts';
import { reportDays } from './reportDays.ts';
import { Timeline } from './timeline.ts';

export interface ClaimRef {
  doc: string;
  claim: Claim;
}

export interface Fact {
  id: string;
  kind: FactKind;
  name: string;
  claims: ClaimRef[];
  /** The fact's distinct values, most supported first; computed on demand, dropped when claims change. */
  summary?: ValueGroup[];
  /** Per value (interval key), what differs from it: shared by every claim giving that value. */
  differing?: Map<string, Differing>;
}

/** The values of a fact that differ from one value, as a conflict message shows them. */
export interface Differing {
  shown: ValueGroup[];
  hidden: number;
  agreeing: number;
  differing: number;
  related: { path: string; start: number; end: number; text: string }[];
}

/** The claims of a fact that give one value. */
export interface ValueGroup {
  key: string;
  interval: Interval;
  refs: ClaimRef[];
  docs: Set<string>;
}

export interface SourceDocument {
  key: string;
  text: string;
  extraction: Extraction;
  analysis: DocumentAnalysis;
  claimsById: Map<string, Claim>;
  factIds: Set<string>;
  /** Per sentence, the day a report in it is dated by (see reportDays). */
  reportDays: Map<number, number>;
}

export interface CorpusOptions {
  /** The reference day for a folder in which no source carries its own date. */
  referenceDate?: string | null;
  /** How a document is named in messages (default: the last path segment). */
  label?: (key: string) => string;
  /** Severity per diagnostic code, or 'off'. */
  severity?: Partial<Record<DiagnosticCode, Severity | 'off'>>;
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

  label(key: string): string {
    return (this.options.label ?? defaultLabel)(key);
  }

  /** Adds or replaces a document. Returns the keys whose diagnostics may have changed. */
  set(key: string, text: string): Set<string> {
    const extraction = extract(text);
    const changed = new Set<string>([key]);
    this.unindex(key, changed);
    const doc = emptyDocument(key, text, extraction);
    this.docs.set(key, doc);
    this.refreshContext(changed);
    this.resolveDoc(doc);
    this.index(doc, changed);
    this.invalidate(changed);
    return changed;
  }

  /**
   * Adds or replaces many documents at once (initial indexing, the command line): the folder's date is
   * worked out once, and no per-document change sets are computed. Diagnostics are all recomputed.
   */
  load(entries: Iterable<[string, string]>): void {
    const added: SourceDocument[] = [];
    for (const [key, text] of entries) {
      this.unindex(key, null);
      const doc = emptyDocument(key, text, extract(text));
      this.docs.set(key, doc);
      added.push(doc);
    }
    this.refreshContext(null);
    for (const doc of added) {
      this.resolveDoc(doc);
      this.index(doc, null);
    }
    this.diagnosticCache.clear();
  }

  /** Removes a document. Returns the keys whose diagnostics may have changed. */
  delete(key: string): Set<string> {
    const changed = new Set<string>();
    if (!this.docs.has(key)) return changed;
    this.unindex(key, changed);
    this.docs.delete(key);
    this.refreshContext(changed);
    this.invalidate(changed);
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

  /** A fact's distinct values with the claims and documents behind each, most supported first. */
  valueGroups(fact: Fact): ValueGroup[] {
    if (fact.summary) return fact.summary;
    const groups = new Map<string, ValueGroup>();
    for (const ref of fact.claims) {
      const interval = valueOf(ref.claim);
      if (!interval) continue;
      const key = valueKey(ref.claim);
      let g = groups.get(key);
      if (!g) {
        g = { key, interval, refs: [], docs: new Set() };
        groups.set(key, g);
      }
      g.refs.push(ref);
      g.docs.add(ref.doc);
    }
    fact.summary = [...groups.values()].sort((a, b) => b.docs.size - a.docs.size || a.interval.lo - b.interval.lo);
    return fact.summary;
  }

  /** Does any claim of the fact give a value incompatible with `interval`? */
  static anyDiffering(groups: ValueGroup[], interval: Interval): boolean {
    return groups.some((g) => !overlaps(g.interval, interval));
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
    doc.analysis = resolve(doc.extraction, { folderReference: this.folderReference, folderYear: this.folderYear });
    doc.claimsById = new Map(doc.analysis.claims.map((c) => [c.id, c]));
    doc.reportDays = reportDays(doc.text, doc.extraction.segmentation.sentences, doc.analysis.claims);
  }

  /** Recomputes the folder's date; when it moved, re-resolves the documents that depend on it. */
  private refreshContext(changed: Set<string> | null): void {
    let earliest: string | null = null;
    const years = new Map<number, number>();
    for (const d of this.docs.values()) {
      const p = d.extraction.published;
      if (p && (earliest === null || p < earliest)) earliest = p;
      if (d.extraction.textYear !== null) years.set(d.extraction.textYear, (years.get(d.extraction.textYear) ?? 0) + 1);
    }
    const reference = earliest ?? this.options.referenceDate ?? null;
    const year = reference ? Number(reference.slice(0, 4)) : [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
    if (reference === this.folderReference && year === this.folderYear) return;
    this.folderReference = reference;
    this.folderYear = year;
    for (const d of this.docs.values()) {
      if (d.extraction.published || d.analysis.claims.length === 0) continue;
      this.unindex(d.key, changed);
      this.resolveDoc(d);
      this.index(d, changed);
      changed?.add(d.key);
    }
  }

  private index(doc: SourceDocument, changed: Set<string> | null): void {
    for (const claim of doc.analysis.claims) {
      const key = factOf(claim);
      if (!key) continue;
      let fact = this.facts.get(key.id);
      if (!fact) {
        fact = { id: key.id, kind: key.kind, name: key.name, claims: [] };
        this.facts.set(key.id, fact);
      }
      fact.claims.push({ doc: doc.key, claim });
      fact.summary = undefined;
      fact.differing = undefined;
      doc.factIds.add(key.id);
    }
    const moved = this.timeline.add(doc.analysis.claims, changed !== null);
    this.timeline.track(doc.key, doc.analysis.claims);
    if (!changed) return;
    for (const id of doc.factIds) for (const ref of this.facts.get(id)!.claims) changed.add(ref.doc);
    if (moved) for (const k of this.timeline.candidates()) changed.add(k);
  }

  private unindex(key: string, changed: Set<string> | null): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    for (const id of doc.factIds) {
      const fact = this.facts.get(id);
      if (!fact) continue;
      fact.claims = fact.claims.filter((r) => r.doc !== key);
      fact.summary = undefined;
      fact.differing = undefined;
      if (changed) for (const ref of fact.claims) changed.add(ref.doc);
      if (fact.claims.length === 0) this.facts.delete(id);
    }
    doc.factIds = new Set();
    const moved = this.timeline.remove(doc.analysis.claims, changed !== null);
    this.timeline.untrack(key);
    if (moved && changed) for (const k of this.timeline.candidates()) changed.add(k);
  }

  private invalidate(keys: Set<string>): void {
    for (const k of keys) this.diagnosticCache.delete(k);
  }
}

function emptyDocument(key: string, text: string, extraction: Extraction): SourceDocument {
  return {
    key, text, extraction, analysis: { published: null, textYear: null, claims: [], problems: [] },
    claimsById: new Map(), factIds: new Set(), reportDays: new Map(),
  };
}
