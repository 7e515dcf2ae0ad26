// The hover's text, in process: a workspace of two sources and the hover provider over it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HoverProvider } from '../../server/src/features/hover.ts';
import { Workspace } from '../../server/src/lsp/workspace.ts';

const WIRE = 'file:///cases/wire.txt';
const REPORT = 'file:///cases/report.txt';

function hoverAt(ws: Workspace, uri: string, text: string, needle: string): string {
  const h = new HoverProvider(ws).provide(uri, text.indexOf(needle) + 1);
  assert.ok(h, `a hover on ${needle}`);
  return (h.contents as { value: string }).value;
}

describe('hover', () => {
  it('shows the same count for other groups, apart from the sources on its own fact', () => {
    const ws = new Workspace({ log: () => undefined, error: (m) => assert.fail(m) });
    const wire = 'Police said 52 people had been detained.';
    const report = 'Police detained at least 120 strikers, according to lawyers. Police said 30 people were injured.';
    ws.setText(WIRE, wire);
    ws.setText(REPORT, report);
    const md = hoverAt(ws, WIRE, wire, '52');
    assert.match(md, /No other source mentions it/);
    assert.match(md, /The same count for other groups\*\* · not compared/);
    assert.match(md, /\*\*protesters detained\*\*\n\n\*“at least 120”\*\n\n- \[\/cases\/report\\\.txt\\:1\]\(file:\/\/\/cases\/report\.txt#L1\) · lawyers/);
    // Another outcome is not the same count.
    assert.doesNotMatch(md, /injured/);
    // A count whose group has no other counts shows no such section.
    assert.doesNotMatch(hoverAt(ws, REPORT, report, '30'), /other groups/);
  });
});
