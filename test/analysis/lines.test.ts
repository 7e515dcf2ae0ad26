import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/analysis/lines.ts';
import { segment } from '../../server/src/analysis/segment.ts';

describe('positions', () => {
  it('maps offsets to lines and UTF-16 characters across LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\ne😀f\rg';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.position(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepEqual(idx.position(text.indexOf('f')), { line: 2, character: 3 });
    assert.deepEqual(idx.position(text.indexOf('g')), { line: 3, character: 0 });
    assert.equal(idx.offset(2, 3), text.indexOf('f'));
    assert.equal(idx.offset(0, 99), 2);
    assert.deepEqual(idx.position(text.length + 5), { line: 3, character: 1 });
  });

  it('maps text with line feeds only (the fast path) as the general loop does', () => {
    const text = 'one\ntwo\n\nthree😀\nfour\n';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 6);
    for (let o = 0; o <= text.length; o++) {
      const before = text.slice(0, o);
      assert.deepEqual(idx.position(o), { line: before.split('\n').length - 1, character: o - (before.lastIndexOf('\n') + 1) });
    }
    assert.equal(idx.offset(3, 5), text.indexOf('😀'));
  });
});

describe('segmentation', () => {
  it('splits sentences but not at abbreviations, initials or times', () => {
    const text = 'On Jan. 5 the U.N. spoke at 3 p.m. on Monday. Police said so. J. Smith agreed.';
    const s = segment(text).sentences.map((x) => text.slice(x.start, x.end));
    assert.deepEqual(s, ['On Jan. 5 the U.N. spoke at 3 p.m. on Monday.', 'Police said so.', 'J. Smith agreed.']);
  });

  it('keeps hard-wrapped lines in one paragraph and splits on blank lines', () => {
    const text = 'The protests began\non January 2 in the west.\n\nA new paragraph.';
    assert.equal(segment(text).paragraphs.length, 2);
  });
});
