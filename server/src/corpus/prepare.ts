// What loading a text into the corpus does before the text meets any other source: extract its raw
// claims and, for a document with a date of its own, resolve them (a dated document never depends on
// the folder's date). Pure: it needs nothing from the corpus but its analysis stages.
import type { Extraction, ResolveContext } from '../analysis/analyze.ts';
import type { DocumentAnalysis } from '../analysis/model.ts';
import { NO_REPORT_MOMENTS, reportDays, type ReportMoments } from './reportDays.ts';

export interface PreparedDocument {
  /** The raw claims; for a resolved document only what the corpus keeps of them (see `dropRawClaims`). */
  extraction: Extraction;
  /** The resolved claims of a dated document; null for an undated one, resolved once the folder's date is known. */
  resolved: { analysis: DocumentAnalysis; reportDays: ReportMoments } | null;
  /** What analysing the text threw, if it did: the document is then kept with no claims. */
  error?: unknown;
}

/** The analysis's two stages; the corpus passes its own, which tests can make throw. */
export interface Stages {
  extract(text: string): Extraction;
  resolve(ex: Extraction, ctx: ResolveContext): DocumentAnalysis;
}

export function prepareDocument(text: string, stages: Stages): PreparedDocument {
  let extraction: Extraction;
  try {
    extraction = stages.extract(text);
  } catch (error) {
    return { extraction: emptyExtraction(text), resolved: null, error };
  }
  if (!extraction.published) return { extraction, resolved: null };
  const resolved = resolveDocument(extraction, {}, stages);
  dropRawClaims(extraction);
  return { extraction, resolved: resolved.result, error: resolved.error };
}

/** Resolves, with the report days that follow; no claims (and the error) when that throws. */
export function resolveDocument(ex: Extraction, ctx: ResolveContext, stages: Stages): { result: { analysis: DocumentAnalysis; reportDays: ReportMoments }; error?: unknown } {
  try {
    const analysis = stages.resolve(ex, ctx);
    return { result: { analysis, reportDays: reportDays(ex.text, ex.segmentation.sentences, analysis.claims, analysis.published) } };
  } catch (error) {
    return { result: { analysis: emptyAnalysis(), reportDays: NO_REPORT_MOMENTS }, error };
  }
}

/** Forgets the raw claims of a resolved document, keeping what the corpus reads of its extraction. */
export function dropRawClaims(ex: Extraction): void {
  ex.dates = [];
  ex.figures = [];
  ex.attributions = [];
  ex.segmentation = { sentences: [], paragraphs: [] };
  ex.scan = ex.text;
}

export const emptyAnalysis = (): DocumentAnalysis => ({ published: null, textYear: null, claims: [], problems: [] });

/** What a text whose analysis failed is kept with: no claims, no date. */
export function emptyExtraction(text: string): Extraction {
  return { text, scan: text, segmentation: { sentences: [], paragraphs: [] }, dates: [], figures: [], attributions: [], published: null, datelineDay: null, textYear: null };
}
