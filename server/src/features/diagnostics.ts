// Diagnostics: the corpus's findings for a document, as LSP diagnostics with related locations in the
// other sources; conflicts the team marked as reviewed are left out; tags that lost their claim are
// reported as orphans.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CorpusDiagnostic } from '../corpus/diagnostics.ts';
import { toRange } from '../lsp/convert.ts';
import type { Folder, Workspace } from '../lsp/workspace.ts';
import { TAG_LABELS } from '../tags/schema.ts';

const SEVERITY: Record<CorpusDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  claimId: string | null;
  factId: string | null;
}

export class DiagnosticsProvider {
  constructor(private readonly ws: Workspace) {}

  /** The values of a fact now, as its reviewed mark records them. */
  static factValues(folder: Folder, factId: string): string[] {
    const fact = folder.corpus.fact(factId);
    return fact ? folder.corpus.valueGroups(fact).map((g) => g.key) : [];
  }

  provide(uri: string): Diagnostic[] {
    const folder = this.ws.folderOf(uri);
    if (!folder.corpus.has(uri)) return [];
    const out: Diagnostic[] = [];
    // Only open documents keep their diagnostics cached (tokens and hovers ask again); the others are
    // computed, published and forgotten.
    for (const d of folder.corpus.diagnostics(uri, this.ws.open.has(uri))) {
      if (d.code === 'conflict' && d.factId && folder.tags.isReviewed(d.factId, DiagnosticsProvider.factValues(folder, d.factId))) continue;
      out.push({
        range: toRange(this.ws, uri, d.start, d.end),
        severity: SEVERITY[d.severity],
        code: d.code,
        source: 'corroborate',
        message: d.message,
        relatedInformation: d.related.map((r) => ({
          location: { uri: r.path, range: toRange(this.ws, r.path, r.start, r.end) },
          message: r.text,
        })),
        data: { claimId: d.claimId, factId: d.factId } satisfies DiagnosticData,
      });
    }
    for (const orphan of folder.tagsFor(uri).orphans) {
      const pos = orphan.target.selector[1];
      const doc = folder.corpus.get(uri)!;
      const at = Math.min(pos.start, doc.text.length);
      out.push({
        range: toRange(this.ws, uri, at, at),
        severity: DiagnosticSeverity.Information,
        code: 'orphaned-tag',
        source: 'corroborate',
        message: `The tag “${TAG_LABELS[orphan.body.value]}” on “${orphan.target.selector[0].exact}” no longer matches any claim here; it is kept in ${folder.tags.path}.`,
      });
    }
    return out;
  }
}
