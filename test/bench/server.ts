// The language server over stdio on the generated corpus: time to the opened file's first diagnostics,
// full index, edit → diagnostics and hover latency, and the server's peak memory. Prints numbers only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient, positionOf, uriOf } from '../lsp/client.ts';

export async function benchServer(corpusDir: string): Promise<void> {
  const client = new TestClient(corpusDir);
  const file = join(corpusDir, 'batch-00', 'source-00002.txt');
  const text = readFileSync(file, 'utf8');
  const uri = uriOf(file);
  const t0 = performance.now();
  let firstDiagnostics = NaN;
  const started = client.start({ debounceMs: 0 }, () => client.open(file, text));
  const duringIndex: number[] = [];
  const firstWait = client.until(() => client.diagnostics.has(uri), 'first diagnostics', 120_000).then(async () => {
    firstDiagnostics = performance.now() - t0;
    // Hovers while the rest of the folder is still being indexed: indexing must not block them.
    const needle = ['March', 'said', 'strike'].find((n) => text.includes(n))!;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 0, 1) });
      duringIndex.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await Promise.all([started, firstWait]);
  const indexed = performance.now() - t0;
  const lines = text.split('\n');
  const edits: number[] = [];
  for (let i = 0; i < 40; i++) {
    const at = (i * 7) % lines.length;
    lines[at] = `${lines[at]} `;
    client.diagnostics.delete(uri);
    const t = performance.now();
    client.change(uri, lines.join('\n'));
    await client.until(() => client.diagnostics.has(uri), 'edit diagnostics');
    edits.push(performance.now() - t);
  }
  const current = lines.join('\n');
  const hovers: number[] = [];
  const needles = ['March', 'said', 'killed', 'Three', 'strike'].filter((n) => current.includes(n));
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(current, needles[i % needles.length], 0, 1) });
    hovers.push(performance.now() - t);
  }
  const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
  const detail = client.logs.find((l) => l.startsWith('Indexed '));
  if (detail) console.log(`server log: ${detail}`);
  const peakMB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  await client.stop();
  const p = (list: number[], q: number) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(1);
  console.log(`server: first diagnostics for the opened file ${firstDiagnostics.toFixed(0)} ms after initialize; full index ${indexed.toFixed(0)} ms until the client has every file's diagnostics (server's own time: ${client.indexedMs} ms)`);
  console.log(`server: hover while indexing (10 requests in the first ~0.7 s): ${duringIndex.map((x) => x.toFixed(0)).join(", ")} ms`);
  console.log(`server: edit → diagnostics (no debounce, over stdio) p50 ${p(edits, 0.5)} ms, p95 ${p(edits, 0.95)} ms; hover p50 ${p(hovers, 0.5)} ms, p95 ${p(hovers, 0.95)} ms; peak RSS ${peakMB.toFixed(0)} MB`);
  // One cold start is one sample of a noisy quantity (process start, module load, a cold first analysis):
  // more starts, each stopped once the opened file has its diagnostics.
  const starts = [firstDiagnostics];
  for (let i = 0; i < 6; i++) starts.push(await firstDiagnosticsOfColdStart(corpusDir, file, text));
  starts.sort((a, b) => a - b);
  console.log(`server: first diagnostics over ${starts.length} cold starts: median ${starts[Math.floor(starts.length / 2)].toFixed(0)} ms (${starts[0].toFixed(0)}–${starts[starts.length - 1].toFixed(0)} ms)`);
}

/** Milliseconds from initialize to the opened file's diagnostics, in a new server process. */
async function firstDiagnosticsOfColdStart(corpusDir: string, file: string, text: string): Promise<number> {
  const client = new TestClient(corpusDir);
  const uri = uriOf(file);
  const t0 = performance.now();
  void client.start({ debounceMs: 0 }, () => client.open(file, text)).catch(() => undefined);
  await client.until(() => client.diagnostics.has(uri), 'first diagnostics', 120_000);
  const ms = performance.now() - t0;
  await client.stop();
  return ms;
}
