// The JSON shape other tools read (`corroborate check --format json`). Keep it stable: version 1.
// Offsets are JavaScript string indices (UTF-16 code units) into the text after a BOM is removed.
import type { Claim } from '../analysis/model.ts';
import type { Corpus } from './corpus.ts';
import type { CorpusDiagnostic } from './diagnostics.ts';

export const REPORT_VERSION = 1;

export interface JsonClaim {
  id: string;
  kind: Claim['kind'];
  start: number;
  end: number;
  text: string;
  fact: string | null;
  [field: string]: unknown;
}

export function claimToJson(corpus: Corpus, c: Claim): JsonClaim {
  const fact = corpus.factIdOf(c);
  switch (c.kind) {
    case 'date':
      return {
        id: c.id, kind: c.kind, start: c.start, end: c.end, text: c.text, fact,
        type: c.type, value: c.value, day: c.day, inferred: c.inferred, event: c.event, attribution: c.attribution,
      };
    case 'figure':
      return {
        id: c.id, kind: c.kind, start: c.start, end: c.end, text: c.text, fact,
        min: c.min, max: c.max, approx: c.approx, outcome: c.outcome, group: c.group, scope: c.scope, attribution: c.attribution,
      };
    case 'attribution':
      return { id: c.id, kind: c.kind, start: c.start, end: c.end, text: c.text, fact, source: c.source, cue: c.cue };
  }
}

export function documentToJson(corpus: Corpus, key: string, diagnostics: CorpusDiagnostic[] = corpus.diagnostics(key, false)) {
  const doc = corpus.get(key);
  if (!doc) return null;
  return {
    path: key,
    published: doc.analysis.published,
    claims: doc.analysis.claims.map((c) => claimToJson(corpus, c)),
    diagnostics: diagnostics.map((d) => ({
      code: d.code, severity: d.severity, start: d.start, end: d.end, message: d.message,
      // `text` is the related claim's own text, as a claim's is; the quoted sentence is for people
      // (the human format and the editor show it) and would triple the size of the report.
      related: d.related.map((r) => ({ path: r.path, start: r.start, end: r.end, text: corpus.get(r.path)?.text.slice(r.start, r.end) ?? r.text })),
    })),
  };
}
