// Document symbols: a document's claims as an outline (dates, figures, attributions).
// Workspace symbols: facts by name ("when the protests began", "security forces killed").
import { SymbolKind, type DocumentSymbol, type WorkspaceSymbol } from 'vscode-languageserver';
import type { Claim } from '../analysis/model.ts';
import { groupDigits, valueLabel } from '../corpus/facts.ts';
import { toRange } from '../lsp/convert.ts';
import type { Workspace } from '../lsp/workspace.ts';

const SECTIONS: [Claim['kind'], string, SymbolKind][] = [
  ['date', 'Dates', SymbolKind.Event], ['figure', 'Figures', SymbolKind.Number], ['attribution', 'Attributions', SymbolKind.String],
];

/**
 * Claims listed per section at most: an outline of a huge source (hundreds of thousands of claims)
 * would cost seconds and hundreds of MB to send, and no one scrolls it.
 */
export const MAX_LISTED = 2000;

function detail(c: Claim): string {
  if (c.kind === 'date') return c.value ?? '';
  if (c.kind === 'figure') return `${c.outcome} · ${c.group} · ${valueLabel(c)}`;
  return `${c.source} (${c.cue})`;
}

export class DocumentSymbolsProvider {
  constructor(private readonly ws: Workspace) {}

  provide(uri: string): DocumentSymbol[] {
    const doc = this.ws.folderOf(uri).corpus.get(uri);
    if (!doc) return [];
    const out: DocumentSymbol[] = [];
    for (const [kind, name, symbolKind] of SECTIONS) {
      const claims = doc.analysis.claims.filter((c) => c.kind === kind);
      if (claims.length === 0) continue;
      const children = claims.slice(0, MAX_LISTED).map((c) => {
        const range = toRange(this.ws, uri, c.start, c.end);
        return { name: c.text.replace(/\s+/g, ' ') || '·', detail: detail(c), kind: symbolKind, range, selectionRange: range };
      });
      const count = claims.length > MAX_LISTED ? `${groupDigits(claims.length)}; the first ${groupDigits(MAX_LISTED)} listed` : String(claims.length);
      out.push({ name: `${name} (${count})`, kind: SymbolKind.Namespace, range: { start: children[0].range.start, end: children[children.length - 1].range.end }, selectionRange: children[0].range, children });
    }
    return out;
  }
}

export class WorkspaceSymbolsProvider {
  constructor(private readonly ws: Workspace) {}

  provide(query: string): WorkspaceSymbol[] {
    const q = query.toLowerCase();
    const out: WorkspaceSymbol[] = [];
    for (const folder of this.ws.all()) {
      for (const fact of folder.corpus.allFacts()) {
        if (q && !fact.name.toLowerCase().includes(q)) continue;
        const groups = folder.corpus.valueGroups(fact);
        const [doc, claims] = groups[0].byDoc.entries().next().value!;
        out.push({
          name: fact.name, kind: fact.kind === 'date' ? SymbolKind.Event : SymbolKind.Number,
          containerName: groups.length > 1 ? `${groups.length} values` : 'agreed',
          location: { uri: doc, range: toRange(this.ws, doc, claims[0].start, claims[0].end) },
        });
      }
    }
    return out;
  }
}
