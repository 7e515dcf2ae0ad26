// Hover on a claim: its kind and normalised value, who backs it, its tag, then what every other source
// says about the same fact, grouped by value (agrees / differs), each with a link to the passage.
// Everything taken from a source is escaped (see markdown.ts).
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Claim, Group, Outcome } from '../analysis/model.ts';
import type { Corpus, ValueGroup } from '../corpus/corpus.ts';
import { sourceOf, quoteOf } from '../corpus/diagnostics.ts';
import { figureFactId, overlaps, valueLabel, valueOf } from '../corpus/facts.ts';
import { toRange } from '../lsp/convert.ts';
import type { Folder, Workspace } from '../lsp/workspace.ts';
import { TAG_LABELS } from '../tags/schema.ts';
import { fileLink, inert } from './markdown.ts';

const PER_VALUE = 6;
/** Values, and sources per value, shown for each other group of a figure. */
const OTHER_GROUP_VALUES = 3;
const OTHER_GROUP_ENTRIES = 2;
const SCOPE_NOTE = {
  total: '', partial: ' *(one incident or a subset: not compared with tolls)*', past: ' *(an earlier event: not compared with tolls)*',
  period: ' *(a count over a longer time than the story: not compared with tolls)*',
} as const;
const GROUP_LABEL = { protesters: 'protesters', security: 'security forces', civilians: 'civilians', people: 'people' } as const;

export function describeClaim(c: Claim): string {
  switch (c.kind) {
    case 'date':
      return `**${c.type === 'time' || c.spec.form === 'time' ? 'Time' : 'Date'}** · ${inert(c.value ?? 'unknown')}${c.spec.form === 'time' && c.day ? ` on ${inert(c.day)}` : ''}${c.inferred.length ? ` *(${inert(c.inferred.join(', '))} inferred)*` : ''}${c.event ? ` — ${inert(c.event)}` : ''}`;
    case 'figure':
      return `**Figure** · ${c.outcome} · ${GROUP_LABEL[c.group]} · ${inert(valueLabel(c))}${SCOPE_NOTE[c.scope]}`;
    case 'attribution':
      return `**Attribution** · ${inert(c.source)} · “${inert(c.cue)}”`;
  }
}

export class HoverProvider {
  constructor(private readonly ws: Workspace) {}

  provide(uri: string, offset: number): Hover | null {
    const claim = this.ws.claimAt(uri, offset);
    if (!claim) return null;
    const folder = this.ws.folderOf(uri);
    const corpus = folder.corpus;
    const doc = corpus.get(uri)!;
    const lines: string[] = [describeClaim(claim)];
    const who = sourceOf(doc, claim);
    if (claim.kind !== 'attribution') lines.push(who ? `Said by ${inert(who)}` : '*No source named for this claim*');
    const tags = folder.tagsFor(uri);
    for (const t of tags.placed) {
      if (t.start < claim.end && claim.start < t.end) lines.push(`Tag: **${TAG_LABELS[t.annotation.body.value]}**${t.annotation.body.note ? ` — ${inert(t.annotation.body.note)}` : ''}`);
    }
    for (const o of tags.orphans) {
      // An orphan shows in the hover of the claim nearest where it used to be.
      const was = o.target.selector[1].start;
      const nearest: Claim = doc.analysis.claims.reduce<Claim>((best, c) => (Math.abs(c.start - was) < Math.abs(best.start - was) ? c : best), claim);
      if (nearest === claim) lines.push(`*Orphaned tag “${TAG_LABELS[o.body.value]}” on “${inert(o.target.selector[0].exact)}”: its claim is gone; the tag is kept in the tag file*`);
    }
    const factId = corpus.factIdOf(claim);
    const fact = factId ? corpus.fact(factId) : undefined;
    const mine = valueOf(claim);
    if (fact && mine) {
      const agree: string[] = [];
      const differ: string[] = [];
      for (const g of corpus.valueGroups(fact)) {
        const entries = this.entries(folder, corpus, g, uri);
        if (entries.length === 0) continue;
        (overlaps(g.interval, mine) ? agree : differ).push(`*${inert(valueLabel(g.byDoc.values().next().value![0]))}*`, ...entries);
      }
      lines.push('---', `**Other sources on this fact** · ${inert(fact.name)}`);
      if (agree.length === 0 && differ.length === 0) lines.push('*No other source mentions it.*');
      if (agree.length) lines.push('**Agree**', ...agree);
      if (differ.length) lines.push('**Differ**', ...differ);
    }
    if (claim.kind === 'figure' && fact) lines.push(...this.otherGroups(folder, corpus, claim.outcome, claim.group, uri));
    return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: toRange(this.ws, uri, claim.start, claim.end) };
  }

  /**
   * The same outcome counted for the other groups ("people detained" beside "protesters detained"):
   * shown for the reader to weigh, never compared (one group may be a part of another).
   */
  private otherGroups(folder: Folder, corpus: Corpus, outcome: Outcome, group: Group, self: string): string[] {
    const out: string[] = [];
    for (const other of Object.keys(GROUP_LABEL) as Group[]) {
      const fact = other === group ? undefined : corpus.fact(figureFactId(outcome, other));
      if (!fact) continue;
      const shown: string[] = [];
      for (const g of corpus.valueGroups(fact).slice(0, OTHER_GROUP_VALUES)) {
        const entries = this.entries(folder, corpus, g, self, OTHER_GROUP_ENTRIES);
        if (entries.length) shown.push(`*${inert(valueLabel(g.byDoc.values().next().value![0]))}*`, ...entries);
      }
      if (shown.length) out.push(`**${inert(fact.name)}**`, ...shown);
    }
    return out.length ? ['---', '**The same count for other groups** · not compared with this one (a group may be a part of another)', ...out] : [];
  }

  private entries(folder: Folder, corpus: Corpus, g: ValueGroup, self: string, limit = PER_VALUE): string[] {
    const out: string[] = [];
    for (const [docKey, claims] of g.byDoc) {
      if (docKey === self) continue;
      if (out.length >= limit) break;
      const other = corpus.get(docKey);
      const c = claims[0];
      const line = this.ws.lines(docKey)?.position(c.start).line ?? 0;
      const who = sourceOf(other, c);
      const published = other?.analysis.published;
      out.push(`- ${fileLink(`${folder.relative(docKey)}:${line + 1}`, docKey, line)}${published ? ` · ${inert(published)}` : ''}${who ? ` · ${inert(who)}` : ''} — “${inert(quoteOf(corpus, { doc: docKey, claim: c }))}”`);
    }
    const more = g.byDoc.size - out.length - (g.byDoc.has(self) ? 1 : 0);
    if (more > 0) out.push(`- …and ${more} more`);
    return out;
  }
}
