// The workspace index: every source's claims, grouped into facts, and the diagnostics that follow.
// Pure: it is given texts and keys, and never reads a file.
//
// Updating one document re-extracts that document only, re-resolves undated documents only when the
// folder's reference date changes, and returns the keys of every document whose diagnostics may have
// changed, so that a server can republish just those.
import { extract, resolve, type Extraction } from '../analysis/analyze.ts';
import type { Claim, DocumentAnalysis } from '../analysis/model.ts';
import { computeDiagnostics, type CorpusDiagnostic, type DiagnosticCode, type Severity } from './diagnostics.ts';
import { factOf, type FactKind } from './facts.ts';
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
}

export interface SourceDocument {
  key: string;
  text: string;
  extraction: Extraction;
  analysis: DocumentAnalysis;
  claimsById: Map<string, Claim>;
  factIds: Set<string>;
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
    const doc: SourceDocument = { key, text, extraction, analysis: { published: null, textYear: null, claims: [], problems: [] }, claimsById: new Map(), factIds: new Set() };
    this.docs.set(key, doc);
    this.refreshContext(changed);
    this.resolveDoc(doc);
    this.index(doc, changed);
    this.invalidate(changed);
    return changed;
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

  /** The diagnostics of one document, computed on demand and cached until something they depend on changes. */
  diagnostics(key: string): CorpusDiagnostic[] {
    const cached = this.diagnosticCache.get(key);
    if (cached) return cached;
    const doc = this.docs.get(key);
    if (!doc) return [];
    const list = computeDiagnostics(this, doc);
    this.diagnosticCache.set(key, list);
    return list;
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
  }

  /** Recomputes the folder's date; when it moved, re-resolves the documents that depend on it. */
  private refreshContext(changed: Set<string>): void {
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
      changed.add(d.key);
    }
  }

  private index(doc: SourceDocument, changed: Set<string>): void {
    for (const claim of doc.analysis.claims) {
      const key = factOf(claim);
      if (!key) continue;
      let fact = this.facts.get(key.id);
      if (!fact) {
        fact = { id: key.id, kind: key.kind, name: key.name, claims: [] };
        this.facts.set(key.id, fact);
      }
      fact.claims.push({ doc: doc.key, claim });
      doc.factIds.add(key.id);
    }
    for (const id of doc.factIds) for (const ref of this.facts.get(id)!.claims) changed.add(ref.doc);
    if (this.timeline.add(doc.analysis.claims)) for (const k of this.timeline.candidates()) changed.add(k);
    this.timeline.track(doc.key, doc.analysis.claims);
  }

  private unindex(key: string, changed: Set<string>): void {
    const doc = this.docs.get(key);
    if (!doc) return;
    for (const id of doc.factIds) {
      const fact = this.facts.get(id);
      if (!fact) continue;
      fact.claims = fact.claims.filter((r) => r.doc !== key);
      for (const ref of fact.claims) changed.add(ref.doc);
      if (fact.claims.length === 0) this.facts.delete(id);
    }
    doc.factIds = new Set();
    if (this.timeline.remove(doc.analysis.claims)) for (const k of this.timeline.candidates()) changed.add(k);
    this.timeline.untrack(key);
  }

  private invalidate(keys: Set<string>): void {
    for (const k of keys) this.diagnosticCache.delete(k);
  }
}
