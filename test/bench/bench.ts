// npm run bench: speed and memory, printed as numbers (never asserted).
//  1. `corroborate check --format json` over a generated corpus (4,000 documents, ~21 MB), as a whole process.
//  2. Re-analysing one 100 KB document after a one-line edit, including the fact index update.
import { spawnSync } from 'node:child_process';
import { openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Corpus } from '../../server/src/corpus/corpus.ts';
import { generate, makeDocument, rng, sourcesOf } from './generate.ts';

const root = resolve(__dirname, '../..');
const work = join(root, '.bench');
const corpusDir = join(work, 'corpus');
const DOCS = Number(process.env.BENCH_DOCS ?? 4000);

const t0 = performance.now();
const { files, bytes } = generate(corpusDir, join(root, 'examples'), DOCS, 5200);
const mb = bytes / 1e6;
console.log(`generated ${files} documents, ${mb.toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 1. The CLI as a whole process; peak memory from the child's own resource usage.
const rssFile = join(work, 'rss.txt');
const preload = join(work, 'rss.cjs');
writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
const runs: { seconds: number; rssMB: number }[] = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, join(root, 'dist/cli.js'), 'check', '--format', 'json', corpusDir], {
    stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cli failed: ${r.stderr}`);
  runs.push({ seconds, rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024 });
}
runs.sort((a, b) => a.seconds - b.seconds);
const median = runs[1];
console.log(`check --format json: ${(mb / median.seconds).toFixed(1)} MB/s (median of 3: ${median.seconds.toFixed(2)} s; best ${(mb / runs[0].seconds).toFixed(1)} MB/s), peak RSS ${Math.max(...runs.map((r) => r.rssMB)).toFixed(0)} MB`);

// 2. Incremental: a corpus of the generated documents plus one 100 KB document, edited line by line.
const corpus = new Corpus();
const all = readdirSync(corpusDir).flatMap((d) => readdirSync(join(corpusDir, d)).map((f) => join(corpusDir, d, f)));
const texts = all.map((f) => [f, readFileSync(f, 'utf8')] as [string, string]);
let t = performance.now();
corpus.load(texts);
const indexSeconds = (performance.now() - t) / 1000;
const indexHeapMB = process.memoryUsage().heapUsed / 1e6;
const big = makeDocument(sourcesOf(join(root, 'examples')), rng(7), 2, 100_000);
const key = 'big.txt';
corpus.set(key, big, true);
corpus.diagnostics(key);
const lines = big.split('\n');
const random = rng(11);
const times: number[] = [];
// Enough edits that the 95th percentile is not a handful of them.
const EDITS = 200;
for (let i = 0; i < EDITS; i++) {
  const at = Math.floor(random() * lines.length);
  // Every edit changes the text: a number goes up by one, and a short sentence is added.
  lines[at] = lines[at].replace(/\b(\d+)\b/, (m) => String(Number(m) + 1)) + (i % 2 ? ' Officials said so.' : ' The port was quiet.');
  const text = lines.join('\n');
  t = performance.now();
  corpus.set(key, text, true);
  corpus.diagnostics(key);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
console.log(`in-process index of ${all.length} documents: ${indexSeconds.toFixed(2)} s (${(mb / indexSeconds).toFixed(1)} MB/s), heap ${indexHeapMB.toFixed(0)} MB`);
console.log(`re-analyse a ${(big.length / 1000).toFixed(0)} KB document after a one-line edit, with fact updates: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms`);

// A source near the size limit (8 MB), edited: the edit is re-scanned, the rest of the pipeline runs on the whole text.
{
  const huge = makeDocument(sourcesOf(join(root, 'examples')), rng(13), 3, 8_000_000);
  corpus.set('huge.txt', huge, true);
  corpus.diagnostics('huge.txt');
  const hugeLines = huge.split('\n');
  const hugeTimes: number[] = [];
  for (let i = 0; i < 8; i++) {
    const at = Math.floor(random() * hugeLines.length);
    hugeLines[at] = `${hugeLines[at]} Officials said 5 people died.`;
    const edited = hugeLines.join('\n');
    t = performance.now();
    corpus.set('huge.txt', edited, true);
    corpus.diagnostics('huge.txt');
    hugeTimes.push(performance.now() - t);
  }
  hugeTimes.sort((a, b) => a - b);
  console.log(`re-analyse a ${(huge.length / 1e6).toFixed(1)} MB document after a one-line edit: p50 ${hugeTimes[4].toFixed(0)} ms, max ${hugeTimes[7].toFixed(0)} ms`);
  corpus.delete('huge.txt');
}

// Text without full stops (a transcript, a table dumped as text) makes one very long sentence: every
// per-sentence step must stay linear. Each shape is ~200 KB of one sentence.
{
  const shapes: Record<string, string> = {
    'dated events': 'protests began on March 5 and '.repeat(8000),
    'figures': '5 people were killed and '.repeat(10000),
    'attributions': 'police said and '.repeat(15000),
    'counts in asides': '5 civilians, including '.repeat(10000) + '3 children were killed',
    'one table row': '| 5 killed | 3 injured '.repeat(9000),
    'counts with years': 'the 2019 riots killed 5 people in 2019 and '.repeat(5000),
    'speakers and clauses': 'minister said; on March 5 protests began and '.repeat(4500),
    'another incident': '5 people were killed in another attack and '.repeat(5000),
    'counts of parts': 'they saw 5 bodies and '.repeat(9000),
    'names with Today': 'the paper Varnia Today said 5 died and '.repeat(5000),
  };
  // 16,000 back-references to counts never given before ("the 12 killed"), ~660 KB.
  {
    let text = '';
    for (let i = 0; i < 16_000; i++) text += `Police said the ${i + 10} killed were buried. `;
    const t = performance.now();
    new Corpus().set('references.txt', text);
    console.log(`16,000 back-references to counts: ${(performance.now() - t).toFixed(0)} ms`);
  }
  // Many paragraphs without a full stop: a list of 20,000 dated headings (~380 KB).
  {
    const t = performance.now();
    new Corpus().set('headings.md', '**5 March 2023**\n\n'.repeat(20_000));
    console.log(`20,000 dated headings: ${(performance.now() - t).toFixed(0)} ms`);
  }
  const times = Object.entries(shapes).map(([name, text]) => {
    const t = performance.now();
    new Corpus().set('one-sentence.txt', text);
    return `${name} ${(performance.now() - t).toFixed(0)} ms`;
  });
  console.log(`one ~200 KB sentence: ${times.join(', ')}`);
  // One 1 MB paragraph of 22,000 sentences (no blank lines), then an edit in its middle.
  const paragraph = 'On March 5 police said 5 people were killed. '.repeat(22_000);
  const corpus = new Corpus();
  let t = performance.now();
  corpus.set('one-paragraph.txt', paragraph, true);
  const first = performance.now() - t;
  t = performance.now();
  corpus.set('one-paragraph.txt', `${paragraph.slice(0, 500_000)} 7 people died.${paragraph.slice(500_000)}`, true);
  console.log(`one 1 MB paragraph of 22,000 sentences: ${first.toFixed(0)} ms, then an edit ${(performance.now() - t).toFixed(0)} ms`);
}

// 3. The language server over stdio, from a fresh process (see serverMain.ts).
{
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'serverMain.ts'), corpusDir], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
