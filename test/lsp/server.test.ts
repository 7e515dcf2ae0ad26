import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, Location, SemanticTokens, DocumentSymbol, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { TestClient, copyExamples, positionOf, uriOf } from './client.ts';
import { tempDir } from '../helpers.ts';

const GAZETTE = 'harbour-gazette.md';
const WIRE = 'estria-wire.txt';

function codes(list: Diagnostic[] | undefined): string[] {
  return (list ?? []).map((d) => String(d.code));
}

describe('language server', () => {
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = copyExamples();
    client = new TestClient(dir);
    await client.start();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes conflict diagnostics for files that were never opened, with related locations', async () => {
    const uri = uriOf(join(dir, GAZETTE));
    const diags = await client.until(() => (client.diagnostics.get(uri)?.length ? client.diagnostics.get(uri) : undefined), 'gazette diagnostics');
    const strike = diags.find((d) => d.code === 'conflict' && /when the strike began/.test(String(d.message)));
    assert.ok(strike, codes(diags).join(','));
    assert.equal(strike.severity, 2);
    assert.ok(strike.relatedInformation!.some((r) => r.location.uri === uriOf(join(dir, WIRE))));
    assert.ok(codes(diags).includes('weekday-mismatch'));
  });

  it('hovers a claim with its value and every other source on the fact, grouped by value', async () => {
    const text = readFileSync(join(dir, GAZETTE), "utf8");
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(join(dir, GAZETTE)) }, position: positionOf(text, '5 March', 0, 2) });
    const md = (hover.contents as { value: string }).value;
    assert.match(md, /\*\*Date\*\* · 2023\\-03\\-05/);
    assert.match(md, /Other sources on this fact/);
    assert.match(md, /\*\*Differ\*\*/);
    assert.match(md, /\[estria\\-wire\\\.txt\\:5\]\(file:\/\/.*estria-wire\.txt#L5\)/);
    assert.match(md, /2023\\-03\\-06/);
  });

  it('offers tagging code actions, and marking a disagreement as reviewed', async () => {
    const uri = uriOf(join(dir, GAZETTE));
    const text = readFileSync(join(dir, GAZETTE), "utf8");
    const diag = client.diagnostics.get(uri)!.find((d) => /strike began/.test(String(d.message)))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: { start: positionOf(text, '5 March', 0, 1), end: positionOf(text, '5 March', 0, 1) }, context: { diagnostics: [diag] },
    });
    const titles = actions.map((a) => a.title);
    for (const t of ['Tag claim as verified', 'Tag claim as disputed', 'Tag claim as unverified', 'Tag claim as needs source', 'Mark this disagreement as reviewed']) assert.ok(titles.includes(t), t);
  });

  it('finds every claim of the same fact across files (references)', async () => {
    const text = readFileSync(join(dir, WIRE), 'utf8');
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: uriOf(join(dir, WIRE)) }, position: positionOf(text, 'March 6', 0, 1), context: { includeDeclaration: true } });
    const files = new Set(refs.map((r) => r.uri.split('/').pop()));
    assert.ok(files.size >= 4, [...files].join(','));
    assert.ok(files.has(GAZETTE));
  });

  it('gives semantic tokens of the right types at the right places', async () => {
    const uri = uriOf(join(dir, WIRE));
    const text = readFileSync(join(dir, WIRE), 'utf8');
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const decoded: { line: number; char: number; length: number; type: number; mods: number }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      char = tokens.data[i] === 0 ? char + tokens.data[i + 1] : tokens.data[i + 1];
      decoded.push({ line, char, length: tokens.data[i + 2], type: tokens.data[i + 3], mods: tokens.data[i + 4] });
    }
    const at = (needle: string) => {
      const p = positionOf(text, needle);
      return decoded.find((t) => t.line === p.line && t.char === p.character && t.length === needle.length);
    };
    assert.equal(at('March 6')?.type, 0, 'date');
    assert.equal(at('Three')?.type, 1, 'figure');
    assert.equal(at('Three')!.mods & 1, 1, 'in conflict (3 vs 4 police killed)');
    assert.equal(at('Mara Lind')?.type, 2, 'attribution');
  });

  it('lists claims as document symbols and facts as workspace symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uriOf(join(dir, WIRE)) } });
    assert.deepEqual(symbols.map((s) => s.name.replace(/ \(\d+\)/, '')), ['Dates', 'Figures', 'Attributions']);
    const facts = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'strike' });
    assert.ok(facts.some((f) => f.name === 'when the strike began'));
  });

  it('lists at most 2,000 claims per outline section of a huge source, and says how many there are', async () => {
    const path = join(dir, 'long-list.txt');
    writeFileSync(path, 'Officials met on March 5. '.repeat(2100));
    client.fileEvent(path, 1);
    const uri = uriOf(path);
    await client.until(() => client.diagnostics.has(uri), 'long-list.txt indexed');
    const [dates] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(dates.name, 'Dates (2,100; the first 2,000 listed)');
    assert.equal(dates.children?.length, 2000);
    rmSync(path);
    client.fileEvent(path, 3);
  });

  it('shows source text in hovers as inert text, never as links or commands', async () => {
    const path = join(dir, 'hostile.txt');
    const text = 'The strike began on March 6, [click](command:workbench.action.quit) <img src=x> said **Bold** Person.\n';
    writeFileSync(path, text);
    client.fileEvent(path, 1);
    const uri = uriOf(path);
    await client.until(() => client.diagnostics.has(uri), 'hostile.txt indexed');
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(join(dir, WIRE)) }, position: positionOf(readFileSync(join(dir, WIRE), 'utf8'), 'March 6', 0, 1) });
    const md = (hover.contents as { value: string }).value;
    assert.ok(md.includes('hostile.txt'), 'the new file is listed');
    assert.ok(!/\]\(command:/.test(md), md);
    assert.ok(!md.includes('<img'), md);
    assert.ok(md.includes('\\[click\\]\\(command\\:workbench'), md);
  });

  it('joins a file created on disk to the corpus', async () => {
    const path = join(dir, 'late-report.txt');
    writeFileSync(path, 'Late report\n\n15 March 2023\n\nThe strike began on March 4, the harbour master said.\n');
    client.fileEvent(path, 1);
    const uri = uriOf(path);
    const diags = await client.until(() => (client.diagnostics.get(uri)?.length ? client.diagnostics.get(uri) : undefined), 'late-report diagnostics');
    assert.ok(diags.some((d) => d.code === 'conflict' && /2023-03-06/.test(String(d.message))));
  });

  it('clears a disagreement in another file when an edit removes it', async () => {
    const gazette = join(dir, GAZETTE);
    const wireUri = uriOf(join(dir, WIRE));
    const conflictOnStrike = () => (client.diagnostics.get(wireUri) ?? []).some((d) => /when the strike began/.test(String(d.message)));
    await client.until(conflictOnStrike, 'wire conflict on the strike date');
    const text = readFileSync(gazette, 'utf8');
    const uri = client.open(gazette, text);
    // The late report (March 4) also disagrees; remove it first.
    writeFileSync(join(dir, 'late-report.txt'), 'Nothing here.\n');
    client.fileEvent(join(dir, 'late-report.txt'), 2);
    client.change(uri, text.replace('5 March', '6 March'));
    await client.until(() => !conflictOnStrike(), 'the wire conflict to clear');
    client.change(uri, text);
    await client.until(conflictOnStrike, 'the wire conflict to return');
  });
});

describe('language server: tags', () => {
  it('writes .corroborate/tags.json, keeps the tag across an edit above the claim and a restart', async (t) => {
    const dir = copyExamples();
    let client = new TestClient(dir);
    t.after(() => client.stop());
    await client.start();
    const path = join(dir, WIRE);
    const uri = uriOf(path);
    const text = readFileSync(path, 'utf8');
    const pos = positionOf(text, 'Three', 0, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
    const verify = actions.find((a) => a.title === 'Tag claim as verified')!;
    await client.request('workspace/executeCommand', verify.command);
    const tagsPath = join(dir, '.corroborate', 'tags.json');
    const stored = JSON.parse(readFileSync(tagsPath, 'utf8'));
    assert.equal(stored.annotations.length, 1);
    assert.equal(stored.annotations[0].body.value, 'verified');
    assert.equal(stored.annotations[0].target.source, WIRE);
    assert.equal(stored.annotations[0].target.selector[0].exact, 'Three');

    // An edit above the claim: the tag follows its text.
    const edited = `An editor's note added on top.\n\n${text}`;
    client.open(path, edited);
    const hoverAt = async (t: string) => ((await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(t, 'Three', 0, 1) }))?.contents as { value: string } | undefined)?.value ?? '';
    // Wait for the opened text to be analysed (the hover then answers at the new position).
    let md = '';
    for (let i = 0; i < 50 && !md.includes('Figure'); i++) {
      md = await hoverAt(edited);
      if (!md.includes('Figure')) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(md, /Tag: \*\*verified\*\*/);
    await client.stop();

    // A restart: the tag is read back from the file.
    client = new TestClient(dir);
    const second = client;
    t.after(() => second.stop());
    await client.start();
    assert.match(await hoverAt(text), /Tag: \*\*verified\*\*/);
    await client.stop();
  });

  it('reports a corrupt tags file once, leaves it byte for byte, and refuses to tag', async (t) => {
    const dir = copyExamples();
    mkdirSync(join(dir, '.corroborate'));
    const tagsPath = join(dir, '.corroborate', 'tags.json');
    const corrupt = '{ "version": 1, "annotations": [ { "id": 3 } ] ';
    writeFileSync(tagsPath, corrupt);
    const client = new TestClient(dir);
    t.after(() => client.stop());
    await client.start();
    const error = await client.until(() => client.messages.find((m) => m.type === 1), 'an error message');
    assert.match(error.message, /tags\.json is not a valid tag file: not valid JSON/);
    const uri = uriOf(join(dir, WIRE));
    const text = readFileSync(join(dir, WIRE), 'utf8');
    const pos = positionOf(text, 'Three', 0, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: [] } });
    assert.ok(actions.every((a) => a.disabled));
    await client.request('workspace/executeCommand', { command: 'corroborate.tagClaim', arguments: [{ uri, start: text.indexOf('Three'), end: text.indexOf('Three') + 5, tag: 'verified' }] });
    assert.equal(readFileSync(tagsPath, 'utf8'), corrupt);
    assert.ok(existsSync(tagsPath));
    await client.stop();
  });
});

describe('language server: settings', () => {
  it('warns about a bad setting, uses its default, and applies a change without a restart', async (t) => {
    const dir = copyExamples();
    const client = new TestClient(dir);
    t.after(() => client.stop());
    client.settings = { maxFileSize: -3 };
    await client.start();
    const warning = await client.until(() => client.messages.find((m) => m.type === 2), 'a warning');
    assert.match(warning.message, /corroborate\.maxFileSize is invalid/);
    // An open document over the size limit is skipped, with one line in the log.
    client.settings = { maxFileSize: 1000 };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const big = join(dir, 'big.txt');
    const bigUri = client.open(big, `The strike began on March 5, police said. ${'x'.repeat(2000)}`);
    await client.until(() => client.logs.some((l) => /big\.txt: larger than corroborate\.maxFileSize \(1000\); skipped/.test(l)), 'the size log line');
    await client.until(() => codes(client.diagnostics.get(bigUri)).length === 0, 'no diagnostics for the skipped document');
    client.settings = {};
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    // An open file that the exclude settings leave out is not a source.
    const excluded = join(dir, 'node_modules', 'notes.txt');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(excluded, 'The strike began on March 1, the union said.\n');
    const excludedUri = client.open(excluded, readFileSync(excluded, 'utf8'));
    await client.until(() => client.diagnostics.has(excludedUri), 'a publish for the excluded file');
    assert.deepEqual(codes(client.diagnostics.get(excludedUri)), []);
    const uri = uriOf(join(dir, GAZETTE));
    await client.until(() => codes(client.diagnostics.get(uri)).includes('conflict'), 'conflicts');
    client.settings = { diagnostics: { conflict: 'off' } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.until(() => !codes(client.diagnostics.get(uri)).includes('conflict'), 'conflicts off');
    // Extra lexicon words re-read every source.
    const path = join(dir, 'carabinieri.txt');
    writeFileSync(path, 'Report\n\n12 March 2023\n\nFive carabinieri were slaughtered, the ministry affirmed.\n');
    client.fileEvent(path, 1);
    const extra = uriOf(path);
    await client.until(() => client.diagnostics.has(extra), 'carabinieri.txt');
    const symbols = async () => (await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: extra } })).map((s) => s.name.replace(/ \(\d+\)/, ''));
    assert.deepEqual(await symbols(), ['Dates']);
    client.settings = { lexicon: { killed: ['slaughtered'], securityGroups: ['carabinieri'], attributionVerbs: ['affirmed'] } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const before = client.messages.length;
    await client.until(async () => true, 'x');
    let names: string[] = [];
    for (let i = 0; i < 50 && names.length < 3; i++) {
      names = await symbols();
      if (names.length < 3) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(names, ['Dates', 'Figures', 'Attributions']);
    assert.equal(client.messages.length, before, 'no new warning');
    await client.stop();
  });
});

describe('language server: multi-root', () => {
  it('keeps each workspace folder its own corpus', async (t) => {
    const a = tempDir('corroborate-root-a-');
    const b = tempDir('corroborate-root-b-');
    writeFileSync(join(a, 'one.txt'), 'Report\n\n12 March 2023\n\nThe strike began on March 5, the union said.\n');
    writeFileSync(join(a, 'two.txt'), 'Report\n\n12 March 2023\n\nThe strike began on March 5, the council said.\n');
    writeFileSync(join(b, 'three.txt'), 'Report\n\n12 March 2023\n\nThe strike began on March 9, the ministry said.\n');
    const client = new TestClient(a);
    t.after(() => client.stop());
    client.workspaceFolders = [a, b];
    await client.start();
    await client.until(() => client.diagnostics.has(uriOf(join(b, 'three.txt'))) && client.diagnostics.has(uriOf(join(a, 'one.txt'))), 'both folders');
    assert.deepEqual(codes(client.diagnostics.get(uriOf(join(a, 'one.txt')))), [], 'one.txt agrees with two.txt; three.txt is another corpus');
    assert.deepEqual(codes(client.diagnostics.get(uriOf(join(b, 'three.txt')))), []);
    // The same disagreement inside one folder is reported.
    writeFileSync(join(b, 'four.txt'), 'Report\n\n12 March 2023\n\nThe strike began on March 5, the union said.\n');
    client.fileEvent(join(b, 'four.txt'), 1);
    await client.until(() => codes(client.diagnostics.get(uriOf(join(b, 'four.txt')))).includes('conflict'), 'a conflict inside folder b');
  });
});
