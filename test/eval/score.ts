// Scores a `corroborate check --format json` report against a gold.json (see ../shared/corpus/GOLD-SCHEMA.md).
// Matching: a claim matches a gold entry of the same kind when their spans overlap (one-to-one,
// largest overlap first). Value accuracy is over matched pairs whose gold value can be compared.

export interface GoldEntry {
  text: string;
  nth: number;
  [k: string]: unknown;
}
export interface GoldDocument {
  published: string | null;
  dates: (GoldEntry & { type: string; value: string | null })[];
  figures: (GoldEntry & { min: number; max: number | null; approx: boolean; outcome: string; group: string })[];
  attributions: (GoldEntry & { cue: string; source: string })[];
}
export interface GoldClaimRef {
  file: string;
  text: string;
  nth: number;
  value: unknown;
}
export interface Gold {
  corpus: string;
  documents: Record<string, GoldDocument>;
  conflicts: { fact: string; claims: GoldClaimRef[] }[];
  agreements: { fact: string; claims: GoldClaimRef[] }[];
}
export interface ReportClaim {
  id: string;
  kind: 'date' | 'figure' | 'attribution';
  start: number;
  end: number;
  text: string;
  [k: string]: unknown;
}
export interface ReportDiagnostic {
  code: string;
  severity: string;
  start: number;
  end: number;
  message: string;
  related: { path: string; start: number; end: number; text: string }[];
}
export interface Report {
  version: number;
  documents: { path: string; published: string | null; claims: ReportClaim[]; diagnostics: ReportDiagnostic[] }[];
}

export interface KindScore {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  valueComparable: number;
  valueCorrect: number;
  valueAccuracy: number;
  misses: string[];
  extras: string[];
  wrongValues: string[];
}

export interface Score {
  dates: KindScore;
  figures: KindScore;
  attributions: KindScore;
  conflicts: { total: number; caught: number; names: { fact: string; caught: boolean }[] };
  falseAlarms: { count: number; details: string[] };
}

const basename = (p: string) => p.split(/[\\/]/).pop()!;

/** Offsets of the nth occurrence of `needle` in `text`. */
export function locate(text: string, needle: string, nth: number): { start: number; end: number } | null {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + needle.length };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Normalises an agent's name for comparison: lower case, no determiners, possessives or punctuation. */
export function agentKey(s: string): string {
  return s.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\b(?:the|a|an)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

export function sameAgent(a: string, b: string): boolean {
  const x = agentKey(a);
  const y = agentKey(b);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

function kindScore(pairs: { gold: number; found: number; matched: number; comparable: number; correct: number }, misses: string[], extras: string[], wrong: string[]): KindScore {
  const precision = pairs.found ? pairs.matched / pairs.found : 0;
  const recall = pairs.gold ? pairs.matched / pairs.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    gold: pairs.gold, found: pairs.found, matched: pairs.matched, precision, recall, f1,
    valueComparable: pairs.comparable, valueCorrect: pairs.correct, valueAccuracy: pairs.comparable ? pairs.correct / pairs.comparable : 0,
    misses, extras, wrongValues: wrong,
  };
}

type Kind = 'dates' | 'figures' | 'attributions';
const KIND_OF: Record<Kind, ReportClaim['kind']> = { dates: 'date', figures: 'figure', attributions: 'attribution' };

function valueCheck(kind: Kind, g: GoldEntry, c: ReportClaim): { comparable: boolean; correct: boolean; detail: string } {
  if (kind === 'dates') {
    const gd = g as GoldDocument['dates'][number];
    const comparable = gd.value !== null && gd.type !== 'time' && gd.type !== 'range';
    return { comparable, correct: comparable && c.value === gd.value, detail: `${gd.value} ≠ ${String(c.value)}` };
  }
  if (kind === 'figures') {
    const gf = g as GoldDocument['figures'][number];
    const correct = c.outcome === gf.outcome && (gf.approx || c.min === gf.min);
    return { comparable: true, correct, detail: `${gf.outcome} ${gf.min} ≠ ${String(c.outcome)} ${String(c.min)}` };
  }
  const ga = g as GoldDocument['attributions'][number];
  return { comparable: true, correct: sameAgent(String(c.source ?? ''), ga.source), detail: `${ga.source} ≠ ${String(c.source)}` };
}

export function score(gold: Gold, report: Report, texts: Record<string, string>): Score {
  const byFile = new Map(report.documents.map((d) => [basename(d.path), d]));
  const result = {} as Score;
  for (const kind of ['dates', 'figures', 'attributions'] as Kind[]) {
    const totals = { gold: 0, found: 0, matched: 0, comparable: 0, correct: 0 };
    const misses: string[] = [];
    const extras: string[] = [];
    const wrong: string[] = [];
    for (const [file, gdoc] of Object.entries(gold.documents)) {
      const text = texts[file] ?? '';
      const claims = (byFile.get(file)?.claims ?? []).filter((c) => c.kind === KIND_OF[kind]);
      const golds = gdoc[kind].map((g) => ({ g, span: locate(text, g.text, g.nth) })).filter((x) => x.span);
      totals.gold += golds.length;
      totals.found += claims.length;
      const candidates: { gi: number; ci: number; ov: number }[] = [];
      golds.forEach((x, gi) => claims.forEach((c, ci) => {
        const ov = overlap(x.span!, c);
        if (ov > 0) candidates.push({ gi, ci, ov });
      }));
      candidates.sort((a, b) => b.ov - a.ov);
      const gUsed = new Set<number>();
      const cUsed = new Set<number>();
      for (const { gi, ci } of candidates) {
        if (gUsed.has(gi) || cUsed.has(ci)) continue;
        gUsed.add(gi);
        cUsed.add(ci);
        totals.matched++;
        const v = valueCheck(kind, golds[gi].g, claims[ci]);
        if (v.comparable) {
          totals.comparable++;
          if (v.correct) totals.correct++;
          else wrong.push(`${file}: “${golds[gi].g.text}” ${v.detail}`);
        }
      }
      golds.forEach((x, gi) => { if (!gUsed.has(gi)) misses.push(`${file}: “${x.g.text}”#${x.g.nth}`); });
      claims.forEach((c, ci) => { if (!cUsed.has(ci)) extras.push(`${file}: “${c.text}”@${c.start}`); });
    }
    result[kind] = kindScore(totals, misses, extras, wrong);
  }

  const spanOf = (r: GoldClaimRef) => {
    const s = locate(texts[r.file] ?? '', r.text, r.nth);
    return s ? { ...s, file: r.file, value: JSON.stringify(r.value) } : null;
  };
  const alarmCodes = new Set(['conflict', 'outlier-date', 'weekday-mismatch']);
  const names: { fact: string; caught: boolean }[] = [];
  for (const c of gold.conflicts) {
    const claims = c.claims.map(spanOf).filter((x): x is NonNullable<typeof x> => x !== null);
    let caught = false;
    for (const a of claims) {
      const diags = byFile.get(a.file)?.diagnostics ?? [];
      for (const d of diags) {
        if ((d.code !== 'conflict' && d.code !== 'outlier-date') || overlap(d, a) === 0) continue;
        if (d.related.some((r) => claims.some((b) => b.value !== a.value && basename(r.path) === b.file && overlap(r, b) > 0))) caught = true;
      }
    }
    names.push({ fact: c.fact, caught });
  }
  result.conflicts = { total: gold.conflicts.length, caught: names.filter((n) => n.caught).length, names };
  const details: string[] = [];
  for (const a of gold.agreements) {
    for (const r of a.claims) {
      const s = spanOf(r);
      if (!s) continue;
      for (const d of byFile.get(r.file)?.diagnostics ?? []) {
        if (alarmCodes.has(d.code) && overlap(d, s) > 0) details.push(`${a.fact}: ${r.file} “${r.text}” ← ${d.code}: ${d.message}`);
      }
    }
  }
  result.falseAlarms = { count: details.length, details };
  return result;
}
