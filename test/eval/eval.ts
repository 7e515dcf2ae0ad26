// npm run eval: scores `corroborate check --format json` on every corpus folder with a gold.json
// (default: ../shared/corpus/*), and prints precision, recall, F1, value accuracy and conflicts caught.
// Usage: node --import tsx test/eval/eval.ts [corpus folders...] [--verbose] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { score, type Gold, type Report, type Score } from './score.ts';

const root = resolve(__dirname, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
let folders = args.filter((a) => !a.startsWith('--'));
if (folders.length === 0) {
  const base = resolve(root, '../shared/corpus');
  folders = existsSync(base) ? readdirSync(base).map((d) => join(base, d)).filter((d) => existsSync(join(d, 'gold.json'))) : [];
}
if (folders.length === 0) {
  console.error('eval: no corpus folder with a gold.json found (expected ../shared/corpus/*/gold.json)');
  process.exit(2);
}

export function evaluate(folder: string): Score {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
  const files = Object.keys(gold.documents);
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(folder, f), 'utf8').replace(/^\uFEFF/, '')]));
  const out = execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--format', 'json', ...files.map((f) => join(folder, f))], { maxBuffer: 1 << 28 });
  return score(gold, JSON.parse(out.toString('utf8')) as Report, texts);
}

const pct = (x: number) => x.toFixed(3);
const results: Record<string, Score> = {};
for (const folder of folders) {
  const s = evaluate(folder);
  results[folder] = s;
  if (asJson) continue;
  console.log(`\n${folder}`);
  console.log('kind          gold found match  precision recall  F1     value-acc');
  for (const k of ['dates', 'figures', 'attributions'] as const) {
    const r = s[k];
    console.log(`${k.padEnd(13)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${String(r.matched).padStart(5)}  ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(6)}  ${pct(r.f1)}  ${pct(r.valueAccuracy)} (${r.valueCorrect}/${r.valueComparable})`);
  }
  console.log(`conflicts caught: ${s.conflicts.caught}/${s.conflicts.total}`);
  for (const n of s.conflicts.names) console.log(`  ${n.caught ? '✓' : '✗'} ${n.fact}`);
  console.log(`false alarms on agreements: ${s.falseAlarms.count}`);
  for (const d of s.falseAlarms.details) console.log(`  ${d}`);
  if (verbose) {
    for (const k of ['dates', 'figures', 'attributions'] as const) {
      for (const m of s[k].misses) console.log(`  miss  ${k}: ${m}`);
      for (const m of s[k].extras) console.log(`  extra ${k}: ${m}`);
      for (const m of s[k].wrongValues) console.log(`  value ${k}: ${m}`);
    }
  }
}
if (asJson) console.log(JSON.stringify(results, null, 2));
