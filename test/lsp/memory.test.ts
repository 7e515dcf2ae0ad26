// The server collects garbage once a folder is indexed: that must work on the Node.js we support.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectGarbage } from '../../server/src/lsp/memory.ts';

describe('collectGarbage', () => {
  it('runs a full collection without --expose-gc, and again', () => {
    let junk: unknown[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` }));
    assert.equal(junk.length, 200_000);
    junk = null;
    const before = process.memoryUsage().heapUsed;
    assert.equal(collectGarbage(), true);
    assert.ok(process.memoryUsage().heapUsed < before, 'the heap shrank');
    assert.equal(collectGarbage(), true);
    assert.equal(junk, null);
  });
});
