// Diagnostics: the corpus's findings for a document, as LSP diagnostics with related locations in the
// other sources; conflicts the team marked as reviewed are left out; tags that lost their claim are
// reported as orphans.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { LineIndex } from '../analysis/lines.ts';
import type { CorpusDiagnostic, RelatedLocation } from '../corpus/diagnostics.ts';
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

  /**
   * Related locations in protocol form. The corpus shares one list among all the claims of a value, so
   * the converted list is shared too (it is rebuilt when the list changes, or a file it points into).
   */
  private readonly relatedCache = new WeakMap<RelatedLocation[], { lines: (LineIndex | null)[]; info: DiagnosticRelatedInformation[] }>();

  private related(list: RelatedLocation[]): DiagnosticRelatedInformation[] {
    const lines = list.map((r) => this.ws.lines(r.path));
    const hit = this.relatedCache.get(list);
    if (hit && hit.lines.every((l, i) => l === lines[i])) return hit.info;
    const info = list.map((r) => ({ location: { uri: r.path, range: toRange(this.ws, r.path, r.start, r.end) }, message: r.text }));
    this.relatedCache.set(list, { lines, info });
    return info;
  }

  provide(uri: string): Diagnostic[] {
    const folder = this.ws.folderOf(uri);
    if (!folder.corpus.has(uri)) return [];
    const out: Diagnostic[] = [];
    // Only open documents keep their diagnostics cached (tokens and hovers ask again); the others are
    // computed, published and forgotten.
    for (const d of folder.corpus.diagnostics(uri, this.ws.open.has(uri))) {
      const factId = d.factId;
      if (d.code === 'conflict' && factId && folder.tags.isReviewed(factId, () => DiagnosticsProvider.factValues(folder, factId))) continue;
      out.push({
        range: toRange(this.ws, uri, d.start, d.end),
        severity: SEVERITY[d.severity],
        code: d.code,
        source: 'corroborate',
        message: d.message,
        relatedInformation: this.related(d.related),
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
