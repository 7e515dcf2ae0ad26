// The command line: `corroborate check <files or folders...> [--format human|json] [--max-warnings N]`.
// Reads every source, builds one corpus, prints diagnostics like a compiler or one JSON document.
// Exit codes: 0 done; 1 more warnings than --max-warnings; 2 usage error, or input that could not be read or analysed.
import { LineIndex } from './analysis/lines.ts';
import { Corpus } from './corpus/corpus.ts';
import { documentToJson, REPORT_VERSION } from './corpus/report.ts';
import { DEFAULT_MAX_FILE_SIZE, readSource } from './io/readSource.ts';
import { tuneRuntime } from './io/runtime.ts';
import { collectSources } from './io/walk.ts';
import { parseCliArgs, USAGE } from './cliArgs.ts';

declare const VERSION: string | undefined;

/** Standard output, encoded into one buffer at a time and written when it fills (with backpressure). */
class Output {
  private static readonly SIZE = 1 << 20;
  private buffer = Buffer.allocUnsafe(Output.SIZE);
  private used = 0;

  async write(s: string): Promise<void> {
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    if (s.length * 3 > Output.SIZE - this.used) {
      await this.flush();
      if (s.length * 3 > Output.SIZE) return this.send(Buffer.from(s, 'utf8'));
    }
    this.used += this.buffer.write(s, this.used, 'utf8');
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const data = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(Output.SIZE);
    this.used = 0;
    await this.send(data);
  }

  private async send(data: Buffer): Promise<void> {
    if (!process.stdout.write(data)) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
  }
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if ('error' in parsed) {
    process.stderr.write(`corroborate: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  if (parsed.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.command === 'version') {
    process.stdout.write(`${typeof VERSION === 'string' ? VERSION : 'dev'}\n`);
    return 0;
  }
  const { paths, format, maxWarnings, referenceDate, maxFileSize } = parsed;
  let unreadable = false;
  const warn = (path: string, msg: string) => process.stderr.write(`${path}: ${msg}\n`);
  const { files, errors } = collectSources(paths);
  for (const e of errors) {
    warn(e.path, `error: ${e.reason}`);
    unreadable = true;
  }
  const corpus = new Corpus({
    referenceDate, label: (k) => k, retainExtraction: false,
    onAnalysisError: (key, e) => {
      warn(key, `error: analysis failed (internal error: ${e instanceof Error ? e.message : String(e)}); its claims are left out, the other files are checked. Please report this with the file.`);
      unreadable = true;
    },
  });
  const texts: [string, string][] = [];
  for (const f of files) {
    const r = readSource(f, maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!r.ok) {
      warn(f, `${r.skipped ? 'warning' : 'error'}: ${r.reason}`);
      if (!r.skipped) unreadable = true;
      continue;
    }
    for (const w of r.warnings) warn(f, `warning: ${w}`);
    texts.push([f, r.text]);
  }
  corpus.load(texts);
  texts.length = 0;
  const out = new Output();
  // Line indexes of the documents the human format points into, built once each (a few at a time).
  const lineIndexes = new Map<string, LineIndex>();
  const linesOf = (key: string): LineIndex | undefined => {
    let idx = lineIndexes.get(key);
    if (!idx) {
      const doc = corpus.get(key);
      if (!doc) return undefined;
      if (lineIndexes.size >= 64) lineIndexes.clear();
      idx = new LineIndex(doc.text);
      lineIndexes.set(key, idx);
    }
    return idx;
  };
  let warnings = 0;
  let first = true;
  if (format === 'json') await out.write(`{"version":${REPORT_VERSION},"documents":[`);
  for (const key of corpus.keys()) {
    const diags = corpus.diagnostics(key, false);
    warnings += diags.filter((d) => d.severity === 'warning' || d.severity === 'error').length;
    if (format === 'json') {
      await out.write(`${first ? '' : ','}${JSON.stringify(documentToJson(corpus, key, diags))}`);
      first = false;
      continue;
    }
    if (diags.length === 0) continue;
    const lines = linesOf(key)!;
    for (const d of diags) {
      const p = lines.position(d.start);
      await out.write(`${key}:${p.line + 1}:${p.character + 1} ${d.severity} ${d.code} ${d.message}\n`);
      for (const r of d.related.slice(0, 5)) {
        const rp = linesOf(r.path)?.position(r.start) ?? { line: 0, character: 0 };
        await out.write(`    ${r.path}:${rp.line + 1}:${rp.character + 1} ${r.text}\n`);
      }
    }
  }
  if (format === 'json') await out.write(']}\n');
  else {
    let claims = 0;
    for (const k of corpus.keys()) claims += corpus.get(k)!.analysis.claims.length;
    await out.write(`${corpus.size} source${corpus.size === 1 ? '' : 's'}, ${claims} claims, ${corpus.allFacts().length} facts, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  await out.flush();
  if (unreadable) return 2;
  if (maxWarnings !== undefined && warnings > maxWarnings) return 1;
  return 0;
}

if (require.main === module) {
  tuneRuntime();
  // `corroborate check ... | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`corroborate: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
