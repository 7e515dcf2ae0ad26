// Semantic tokens: dates, figures and attributions, with modifiers for claims in conflict, claims that
// another source corroborates, and tagged claims. Multi-line claims are split per line.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { Claim } from '../analysis/model.ts';
import { valueOf, overlaps } from '../corpus/facts.ts';
import type { Workspace } from '../lsp/workspace.ts';

export const TOKEN_TYPES = ['corroborateDate', 'corroborateFigure', 'corroborateAttribution'] as const;
export const TOKEN_MODIFIERS = ['conflict', 'corroborated', 'tagged'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_OF: Record<Claim['kind'], number> = { date: 0, figure: 1, attribution: 2 };

export class SemanticTokensProvider {
  constructor(private readonly ws: Workspace) {}

  provide(uri: string): SemanticTokens {
    const folder = this.ws.folderOf(uri);
    const doc = folder.corpus.get(uri);
    const lines = this.ws.lines(uri);
    if (!doc || !lines) return { data: [] };
    const conflicting = new Set<string>();
    for (const d of folder.corpus.diagnostics(uri)) if ((d.code === 'conflict' || d.code === 'outlier-date') && d.claimId) conflicting.add(d.claimId);
    const tagged = folder.tagsFor(uri).placed;
    const data: number[] = [];
    let prevLine = 0;
    let prevChar = 0;
    for (const c of doc.analysis.claims) {
      let mods = 0;
      if (conflicting.has(c.id)) mods |= 1;
      else if (corroborated(folder.corpus, uri, c)) mods |= 2;
      if (tagged.some((t) => t.start < c.end && c.start < t.end)) mods |= 4;
      const a = lines.position(c.start);
      const b = lines.position(c.end);
      for (let line = a.line; line <= b.line; line++) {
        const from = line === a.line ? a.character : 0;
        const to = line === b.line ? b.character : lines.offset(line, Number.MAX_SAFE_INTEGER) - lines.offset(line, 0);
        if (to <= from) continue;
        data.push(line - prevLine, line === prevLine ? from - prevChar : from, to - from, TYPE_OF[c.kind], mods);
        prevLine = line;
        prevChar = from;
      }
    }
    return { data };
  }
}

/** Another document gives a compatible value for the claim's fact. */
function corroborated(corpus: import('../corpus/corpus.ts').Corpus, uri: string, c: Claim): boolean {
  const id = corpus.factIdOf(c);
  const fact = id ? corpus.fact(id) : undefined;
  const mine = valueOf(c);
  if (!fact || !mine) return false;
  for (const g of fact.groups.values()) {
    if (!overlaps(g.interval, mine)) continue;
    for (const doc of g.byDoc.keys()) if (doc !== uri) return true;
  }
  return false;
}
