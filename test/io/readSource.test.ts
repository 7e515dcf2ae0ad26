// Reading sources: binary detection and decoding, on bytes rather than files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode, looksBinary } from '../../server/src/io/readSource.ts';

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
