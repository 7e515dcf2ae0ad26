// Prints the claims of one file: node --import tsx test/tools/dump.ts FILE [kind]
import { readFileSync } from 'node:fs';
import { analyze } from '../../server/src/analysis/analyze.ts';

process.stdout.on('error', () => process.exit(0)); // piped into head

const [file, kind, ref] = process.argv.slice(2);
const a = analyze(readFileSync(file, 'utf8'), { folderReference: ref ?? null, folderYear: ref ? Number(ref.slice(0, 4)) : null });
console.log('published', a.published, 'textYear', a.textYear);
for (const c of a.claims) {
  if (kind && c.kind !== kind) continue;
  const extra = c.kind === 'date' ? `${c.type} ${c.value} day=${c.day} ev=${c.event}` : c.kind === 'figure' ? `${c.min}-${c.max}${c.approx ? '~' : ''} ${c.outcome} ${c.group} ${c.scope} att=${c.attribution}` : `${c.source} <${c.cue}>`;
  console.log(c.kind[0], c.id, JSON.stringify(c.text), extra);
}
for (const p of a.problems) console.log('PROBLEM', p.code, p.message);
