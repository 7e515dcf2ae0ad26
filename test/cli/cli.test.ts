import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLES, ROOT, tempDir } from '../helpers.ts';

const CLI = join(ROOT, 'dist/cli.js');
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir('corroborate-cli-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('corroborate check', () => {
  it('prints compiler-style lines and a summary for the examples', () => {
    const r = run('check', EXAMPLES);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /harbour-gazette\.md:5:21 warning conflict Sources disagree on when the strike began/);
    assert.match(r.stdout, /liveblog\.txt:\d+:\d+ warning outlier-date August 9/);
    assert.match(r.stdout, /harbour-gazette\.md:\d+:\d+ warning weekday-mismatch Thursday/);
    assert.match(r.stdout, /^5 sources, \d+ claims, \d+ facts, \d+ warnings$/m);
  });

  it('prints exactly one JSON document of the documented shape', () => {
    const r = run('check', '--format', 'json', EXAMPLES);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.equal(report.documents.length, 5);
    const wire = report.documents.find((d: { path: string }) => d.path.endsWith('estria-wire.txt'));
    assert.equal(wire.published, '2023-03-10');
    const kinds = new Set(wire.claims.map((c: { kind: string }) => c.kind));
    assert.deepEqual([...kinds].sort(), ['attribution', 'date', 'figure']);
    for (const c of wire.claims) {
      assert.ok(typeof c.id === 'string' && typeof c.start === 'number' && typeof c.end === 'number' && 'fact' in c);
      if (c.kind === 'date') assert.ok('value' in c);
      if (c.kind === 'figure') for (const k of ['min', 'max', 'approx', 'outcome', 'group', 'attribution']) assert.ok(k in c, k);
      if (c.kind === 'attribution') assert.ok('source' in c && 'cue' in c);
    }
    const d = report.documents.flatMap((x: { diagnostics: unknown[] }) => x.diagnostics)[0];
    for (const k of ['code', 'severity', 'start', 'end', 'message', 'related']) assert.ok(k in d, k);
  });

  it('exits 1 when warnings exceed --max-warnings, and 2 on usage errors', () => {
    assert.equal(run('check', '--max-warnings', '0', EXAMPLES).code, 1);
    assert.equal(run('check', '--max-warnings', '1000', EXAMPLES).code, 0);
    const bad = run('check', '--format', 'xml', EXAMPLES);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format/);
    const impossible = run('check', '--reference-date', '2022-02-30', EXAMPLES);
    assert.equal(impossible.code, 2);
    assert.match(impossible.stderr, /--reference-date: no such day/);
    assert.equal(run('frobnicate').code, 2);
    assert.equal(run('check').code, 2);
    assert.match(run('--help').stdout, /Usage: corroborate check/);
  });

  it('survives bad input with one clear line per file and checks the rest', () => {
    const dir = folder({
      'good.txt': 'The protests began on January 2, police said.',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
      'latin1.txt': Buffer.from('The protests began on January 1, caf\xe9 owners said.', 'latin1'),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The protests began on January 3, police said.', 'utf16le')]),
      'crlf.txt': 'Title\r\n\r\nThe protests began on January 2, police said.\r\n',
      'empty.md': '',
      'big.txt': 'x'.repeat(2000),
      '.hidden/skip.txt': 'The protests began on January 9, police said.',
      'node_modules/skip.txt': 'The protests began on January 9, police said.',
    });
    const r = run('check', '--format', 'json', '--max-file-size', '1000', dir, join(dir, 'missing.txt'));
    assert.equal(r.code, 2, 'a missing path is unreadable input');
    const lines = r.stderr.trim().split('\n');
    assert.ok(lines.some((l) => /binary\.txt: warning: binary file; skipped/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /latin1\.txt: warning: not valid UTF-8/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /empty\.md: warning: empty file/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /big\.txt: warning: larger than the limit/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /missing\.txt: error: no such file or folder/.test(l)), r.stderr);
    const report = JSON.parse(r.stdout);
    const names = report.documents.map((d: { path: string }) => d.path.split('/').pop()).sort();
    assert.deepEqual(names, ['crlf.txt', 'empty.md', 'good.txt', 'latin1.txt', 'utf16.txt']);
    const utf16 = report.documents.find((d: { path: string }) => d.path.endsWith('utf16.txt'));
    const claim = utf16.claims.find((c: { kind: string }) => c.kind === 'date');
    assert.equal(claim.text, 'January 3');
    assert.equal(claim.start, 'The protests began on '.length, 'offsets count after the BOM');
  });

  it('gives offsets after a UTF-8 BOM in UTF-16 code units', () => {
    const dir = folder({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('😀 The protests began on January 2.', 'utf8')]) });
    const report = JSON.parse(run('check', '--format', 'json', dir).stdout);
    const [claim] = report.documents[0].claims;
    assert.equal(claim.start, '😀 The protests began on '.length);
    assert.equal(claim.text, 'January 2');
  });
});
