import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, resolve } from '../../server/src/analysis/analyze.ts';
const dir = '/work/main/.bench/corpus';
const texts = readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)).map((f) => readFileSync(join(dir, d, f), 'utf8')));
const mb = texts.reduce((s, t) => s + t.length, 0) / 1e6;
for (let r = 0; r < 5; r++) {
  let t = performance.now(); const exs = texts.map((x) => extract(x));
  const te = performance.now() - t; t = performance.now();
  for (const e of exs) resolve(e, {});
  const tr = performance.now() - t;
  console.log(`extract ${te.toFixed(0)} ms (${(mb / te * 1000).toFixed(1)} MB/s), resolve ${tr.toFixed(0)} ms`);
}
