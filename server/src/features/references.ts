// References (Shift+F12) on a claim: every claim of the same fact in every source; for an attribution,
// every attribution to the same source.
import type { Location } from 'vscode-languageserver';
import { toRange } from '../lsp/convert.ts';
import type { Workspace } from '../lsp/workspace.ts';

export class ReferencesProvider {
  constructor(private readonly ws: Workspace) {}

  provide(uri: string, offset: number): Location[] {
    const claim = this.ws.claimAt(uri, offset);
    if (!claim) return [];
    const corpus = this.ws.folderOf(uri).corpus;
    const id = corpus.factIdOf(claim);
    const fact = id ? corpus.fact(id) : undefined;
    const loc = (doc: string, start: number, end: number): Location => ({ uri: doc, range: toRange(this.ws, doc, start, end) });
    if (fact) return corpus.claimsOf(fact).map((r) => loc(r.doc, r.claim.start, r.claim.end));
    if (claim.kind === 'attribution') {
      const source = claim.source.toLowerCase();
      const out: Location[] = [];
      for (const key of corpus.keys()) {
        for (const c of corpus.get(key)!.analysis.claims) if (c.kind === 'attribution' && c.source.toLowerCase() === source) out.push(loc(key, c.start, c.end));
      }
      return out;
    }
    return [loc(uri, claim.start, claim.end)];
  }
}
