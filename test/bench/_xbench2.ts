import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, resolve } from '../../server/src/analysis/analyze.ts';
const dir = '/work/main/.bench/corpus';
const texts = readdirSync(dir).flatMap((d) => readdirSync(join(dir, d)).map((f) => readFileSync(join(dir, d, f), 'utf8')));
const big: string[] = [];
for (let i = 0; i < texts.length; i += 40) big.push(texts.slice(i, i + 40).join('\n\n'));
const mb = texts.reduce((s, t) => s + t.length, 0) / 1e6;
for (const [name, set] of [['4000 docs', texts], ['100 docs x40', big]] as const) {
  for (let r = 0; r < 4; r++) {
    let t = performance.now(); const exs = set.map((x) => extract(x));
    const te = performance.now() - t; t = performance.now();
    for (const e of exs) resolve(e, {});
    const tr = performance.now() - t;
    if (r >= 2) console.log(`${name}: extract ${te.toFixed(0)} ms (${(mb / te * 1000).toFixed(1)} MB/s), resolve ${tr.toFixed(0)} ms`);
  }
}
