// The workspace's indexing, without a server: it reads a folder in slices and lets other work run between them.
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Workspace, pathToUri } from '../../server/src/lsp/workspace.ts';
import { EXAMPLES, tempDir } from '../helpers.ts';

describe('workspace indexing', () => {
  it('yields to other work while it reads a folder, and still indexes every file', async () => {
    const dir = tempDir('corroborate-ws-');
    const sources = readdirSync(EXAMPLES).filter((f) => /\.(txt|md)$/.test(f));
    // Enough text that one slice cannot hold it all (a few hundred ms of analysis).
    for (let i = 0; i < 60; i++) for (const f of sources) copyFileSync(join(EXAMPLES, f), join(dir, `${i}-${f}`));
    const ws = new Workspace({ log: () => undefined, error: (m) => assert.fail(m) });
    const folder = ws.addFolder(pathToUri(dir));
    const reports: number[] = [];
    let ranBetween = 0;
    // Work that arrives while indexing (a hover, a keystroke): it must not wait for the whole folder.
    const tick = () => {
      ranBetween++;
      if (!done) setImmediate(tick);
    };
    let done = false;
    setImmediate(tick);
    const result = await ws.index(folder, (n) => reports.push(n));
    done = true;
    assert.equal(result.documents, 60 * sources.length);
    assert.equal(folder.corpus.size, 60 * sources.length);
    assert.ok(reports.length > 2, `progress in steps, got ${reports.length}`);
    assert.equal(reports.at(-1), 60 * sources.length);
    assert.ok(reports.every((n, i) => i === 0 || n > reports[i - 1]), 'progress only goes up');
    // Several turns of the event loop per slice: a request's read, handling and reply each take one.
    assert.ok(ranBetween >= 3 * (reports.length - 1), `other work ran ${ranBetween} times in ${reports.length} slices`);
  });
});
