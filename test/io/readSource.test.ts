// Reading sources: binary detection and decoding on bytes, then whole files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decode, looksBinary, readSource } from '../../server/src/io/readSource.ts';

describe('looksBinary', () => {
  it('takes a NUL byte, or more than one control character in ten, as binary', () => {
    assert.equal(looksBinary(Buffer.from('plain text\0with a NUL')), true);
    assert.equal(looksBinary(Buffer.from('\x01\x02\x03\x04 ab')), true);
    assert.equal(looksBinary(Buffer.from([0x1b, 0x5b, 0x33, 0x31, 0x6d, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20])), false);
  });

  it('takes text with tabs, form feeds, CRLF and UTF-8 as text', () => {
    assert.equal(looksBinary(Buffer.from('a\tb\r\nc\fd “quoted” — é')), false);
    assert.equal(looksBinary(Buffer.alloc(0)), false);
  });

  it('looks at the first 8 KB only', () => {
    assert.equal(looksBinary(Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0, 0, 0])])), false);
  });
});

describe('decode', () => {
  it('decodes UTF-8 with a BOM, UTF-16 with a BOM, and invalid UTF-8 with a warning', () => {
    assert.deepEqual(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])), { text: 'hi', warnings: [] });
    assert.equal(decode(Buffer.from([0xff, 0xfe, 0x68, 0, 0x69, 0])).text, 'hi');
    const bad = decode(Buffer.from([0x61, 0xff, 0x62]));
    assert.equal(bad.text, 'a\ufffdb');
    assert.equal(bad.warnings.length, 1);
  });
});

describe('readSource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-read-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, data: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };

  it('reads each file whole and only that file, whatever was read before it', () => {
    const big = 'The council said 12 people were hurt. '.repeat(20_000); // larger than the first buffer
    const small = 'On Monday, 3 were arrested.';
    const a = readSource(file('big.txt', big));
    const b = readSource(file('small.txt', small));
    const c = readSource(file('big2.txt', `${big}end`));
    assert.ok(a.ok && b.ok && c.ok);
    assert.equal(a.text, big);
    assert.equal(b.text, small);
    assert.equal(c.text, `${big}end`);
    assert.equal(a.text, big, 'an earlier text is not changed by a later read');
  });

  it('skips a file over the limit, a binary file; refuses a folder and a missing path', () => {
    const over = readSource(file('over.txt', 'x'.repeat(101)), 100);
    assert.deepEqual([over.ok, !over.ok && over.skipped, !over.ok && /larger than the limit/.test(over.reason)], [false, true, true]);
    const atLimit = readSource(file('at.txt', 'x'.repeat(100)), 100);
    assert.ok(atLimit.ok && atLimit.text.length === 100);
    const bin = readSource(file('bin.txt', Buffer.from([0x61, 0, 0x62])));
    assert.ok(!bin.ok && bin.skipped && /binary/.test(bin.reason));
    const folder = readSource(dir);
    assert.ok(!folder.ok && !folder.skipped && folder.reason === 'not a regular file');
    const missing = readSource(join(dir, 'nope.txt'));
    assert.ok(!missing.ok && missing.reason === 'no such file or folder');
  });

  it('warns on an empty file and on invalid UTF-8, and still returns the text', () => {
    const empty = readSource(file('empty.txt', ''));
    assert.ok(empty.ok && empty.text === '' && /empty file/.test(empty.warnings[0]));
    const bad = readSource(file('bad.txt', Buffer.from([0x61, 0xc3, 0x28])));
    assert.ok(bad.ok && bad.text === 'a\ufffd(' && /not valid UTF-8/.test(bad.warnings[0]));
  });
});

describe('readSource on a named pipe', () => {
  it('refuses it at once instead of waiting for a writer', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-fifo-'));
    try {
      const fifo = join(dir, 'pipe.txt');
      if (spawnSync('mkfifo', [fifo]).status !== 0) return t.skip('no mkfifo here');
      const r = readSource(fifo);
      assert.ok(!r.ok && r.reason === 'not a regular file');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
