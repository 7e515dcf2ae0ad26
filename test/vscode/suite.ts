// The extension suite: runs inside a real VS Code extension host (test-electron or code-server) on a
// temporary copy of examples/ opened as the workspace. `run()` throws if any check fails; with
// CORROBORATE_TEST_REPORT set it also writes a JSON report there.
import * as assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { until } from '../until.ts';



function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder open');
  return f.uri;
}
const file = (name: string) => vscode.Uri.joinPath(root(), name);
const conflicts = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'conflict');

async function positionOf(uri: vscode.Uri, needle: string): Promise<vscode.Position> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `“${needle}” in ${uri.fsPath}`);
  return doc.positionAt(at + 1);
}

const checks: [string, () => Promise<void>][] = [
  ['the extension activates for plain text and markdown', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'corroborate');
    assert.ok(ext, 'extension installed');
    const txt = await vscode.workspace.openTextDocument(file('estria-wire.txt'));
    assert.equal(txt.languageId, 'plaintext');
    await vscode.window.showTextDocument(txt);
    await until('activation', () => ext.isActive);
    // Markdown sources are served too: the server answers for them.
    const md = await vscode.workspace.openTextDocument(file('rights-monitor-report.md'));
    assert.equal(md.languageId, 'markdown');
    await until('markdown tokens', async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', md.uri);
      return t && t.data.length > 0;
    });
  }],
  ['conflict diagnostics appear for a file that was never opened', async () => {
    const uri = file('harbour-gazette.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not opened');
    const list = await until('gazette conflicts', () => (conflicts(uri).length ? conflicts(uri) : undefined));
    assert.ok(list.some((d) => /when the strike began/.test(d.message)));
    assert.ok(list.some((d) => (d.relatedInformation ?? []).some((r) => r.location.uri.fsPath.endsWith('estria-wire.txt'))));
  }],
  ['the hover on a conflicting claim lists the other sources and their values', async () => {
    const uri = file('estria-wire.txt');
    const pos = await positionOf(uri, 'March 6');
    const hovers = await until('hover', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
      return h.length ? h : undefined;
    });
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Other sources on this fact/);
    assert.match(text, /harbour\\-gazette\\\.md/);
    assert.match(text, /2023\\-03\\-05/);
  }],
  ['semantic tokens mark the claims', async () => {
    const uri = file('estria-wire.txt');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    assert.ok(legend.tokenTypes.includes('corroborateDate'));
    const tokens = await until('tokens', async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
      return t && t.data.length ? t : undefined;
    });
    assert.equal(tokens.data.length % 5, 0);
    assert.ok(tokens.data.length / 5 >= 10, `${tokens.data.length / 5} tokens`);
  }],
  ['code actions offer tagging, and applying one writes .corroborate/tags.json', async () => {
    const uri = file('estria-wire.txt');
    const pos = await positionOf(uri, 'Three');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(pos, pos));
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Tag claim as verified'), titles.join(', '));
    const verify = actions.find((a) => a.title === 'Tag claim as verified')!;
    await vscode.commands.executeCommand(verify.command!.command, ...(verify.command!.arguments ?? []));
    const tags = path.join(root().fsPath, '.corroborate', 'tags.json');
    await until('tags.json', () => existsSync(tags));
  }],
  ['a settings change takes effect without a reload', async () => {
    const uri = file('harbour-gazette.md');
    const config = vscode.workspace.getConfiguration('corroborate');
    await config.update('diagnostics.conflict', 'off', vscode.ConfigurationTarget.Workspace);
    await until('conflicts off', () => conflicts(uri).length === 0);
    await config.update('diagnostics.conflict', undefined, vscode.ConfigurationTarget.Workspace);
    await until('conflicts back', () => conflicts(uri).length > 0);
  }],
];

export async function run(): Promise<void> {
  const results: { name: string; ok: boolean; error?: string }[] = [];
  for (const [name, check] of checks) {
    try {
      await check();
      results.push({ name, ok: true });
    } catch (e) {
      results.push({ name, ok: false, error: e instanceof Error ? e.stack ?? e.message : String(e) });
    }
  }
  const report = process.env.CORROBORATE_TEST_REPORT;
  if (report) writeFileSync(report, JSON.stringify({ results }, null, 2));
  const failed = results.filter((r) => !r.ok);
  for (const r of results) console.log(`${r.ok ? 'ok' : 'not ok'} - ${r.name}${r.error ? `\n  ${r.error}` : ''}`);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} extension checks failed`);
}
