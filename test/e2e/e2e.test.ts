// test:e2e: the extension as users install it (the .vsix) inside code-server — the real VS Code server
// and workbench — driven by Debian's Chromium through playwright-core. Runs the extension suite in the
// extension host (test/vscode/suite.ts) and checks what a person sees, saving a screenshot of each step
// under .e2e/screenshots (git-ignored).
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { until } from '../until.ts';
import { tempDir } from '../helpers.ts';

const ROOT = resolve(__dirname, '../..');
const SHOTS = join(ROOT, '.e2e', 'screenshots');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}


describe('VS Code (code-server) end to end', () => {
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let workspace: string;
  let report: string;
  const shots: string[] = [];
  const shot = async (name: string) => {
    const file = join(SHOTS, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  };

  before(async () => {
    const codeServer = execFileSync('bash', [join(__dirname, 'setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop()!;
    const entry = join(codeServer, 'node_modules/code-server/out/node/entry.js');
    const w = tempDir('corroborate-e2e-');
    workspace = join(w, 'sources');
    cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
    report = join(w, 'report.json');
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const exts = join(w, 'exts');
    // The runner: a tiny extension that runs the suite once the workbench has started.
    const runner = join(exts, 'corroborate-tests.runner-0.0.1');
    mkdirSync(runner, { recursive: true });
    writeFileSync(join(runner, 'package.json'), JSON.stringify({
      name: 'runner', publisher: 'corroborate-tests', version: '0.0.1', engines: { vscode: '^1.100.0' },
      main: './extension.js', activationEvents: ['onStartupFinished'],
    }));
    writeFileSync(join(runner, 'extension.js'), `exports.activate = () => { require(${JSON.stringify(join(ROOT, 'out/vscode/index.js'))}).run().catch((e) => console.error(e)); };\n`);
    mkdirSync(join(w, 'data', 'User'), { recursive: true });
    writeFileSync(join(w, 'data', 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false,
      'workbench.colorTheme': 'Default Dark Modern', 'security.workspace.trust.enabled': false,
    }));
    const env = { ...process.env, XDG_CONFIG_HOME: join(w, 'xdg'), XDG_DATA_HOME: join(w, 'xdg'), XDG_CACHE_HOME: join(w, 'xdg'), CORROBORATE_TEST_REPORT: report };
    const common = ['--auth', 'none', '--config', join(w, 'config.yaml'), '--user-data-dir', join(w, 'data'), '--extensions-dir', exts, '--disable-telemetry', '--disable-update-check'];
    execFileSync(process.execPath, [entry, ...common, '--install-extension', join(ROOT, 'corroborate.vsix')], { env, stdio: 'ignore' });
    const port = await freePort();
    server = spawn(process.execPath, [entry, '--bind-addr', `127.0.0.1:${port}`, ...common, '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', workspace], { env, detached: true, stdio: 'ignore' });
    await until('code-server', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    for (const s of shots) console.log(`screenshot: ${s}`);
  });

  it('runs the extension suite in the extension host', async () => {
    const r = await until('the suite report', () => existsSync(report) && JSON.parse(readFileSync(report, 'utf8')), 150_000);
    const failed = r.results.filter((x: { ok: boolean }) => !x.ok);
    assert.deepEqual(failed, [], JSON.stringify(r.results, null, 2));
    assert.equal(r.results.length, 6);
  });

  it('shows the source with its claims coloured', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'estria-wire.txt' }).first().click();
    const lines = page.locator('.editor-instance .view-lines');
    await lines.first().waitFor();
    const claim = page.locator('.view-line span span', { hasText: /^March\s6$/ }).first();
    await claim.waitFor();
    const plain = page.locator('.view-line span span', { hasText: /^The\sstrike\sbegan\son\s$/ }).first();
    await until('semantic colouring', async () => (await claim.evaluate((e) => (globalThis as unknown as { getComputedStyle(x: unknown): { color: string } }).getComputedStyle(e).color)) !== (await plain.evaluate((e) => (globalThis as unknown as { getComputedStyle(x: unknown): { color: string } }).getComputedStyle(e).color).catch(() => '')), 30_000);
    await shot('1-claims-coloured');
  });

  it('hovers a conflicting claim and shows the other sources', async () => {
    const claim = page.locator('.view-line span span', { hasText: /^March\s6$/ }).first();
    const hover = page.locator('.monaco-hover-content');
    await until('hover', async () => {
      const box = await claim.boundingBox();
      if (!box) return false;
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await sleep(800);
      return (await hover.count()) > 0 && /Other sources on this fact/.test((await hover.allInnerTexts()).join('\n'));
    }, 30_000);
    const text = (await hover.allInnerTexts()).join('\n');
    assert.match(text, /harbour-gazette\.md/);
    assert.match(text, /2023-03-05/);
    await shot('2-hover-other-sources');
    await page.mouse.move(5, 5);
  });

  it('lists the disagreement in the Problems panel with its related locations', async () => {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await until('problems', async () => (await rows.filter({ hasText: 'Sources disagree' }).count()) > 0, 30_000);
    await shot('3-problems-panel');
  });

  it('tags a claim with the light-bulb quick fix', async () => {
    const tags = join(workspace, '.corroborate', 'tags.json');
    const before = existsSync(tags) ? readFileSync(tags, 'utf8') : '';
    const claim = page.locator('.view-line span span', { hasText: /^nearly\s300$/ }).first();
    await claim.click();
    await page.keyboard.press('Control+.');
    const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Tag claim as disputed' }).first();
    await item.waitFor({ timeout: 15_000 });
    await shot('4-quick-fix-menu');
    // The list animates while the mouse rests on the editor: choose with the keyboard, as a person might.
    const labels = await page.locator('.action-widget .monaco-list-row.action').allInnerTexts();
    const index = labels.findIndex((l) => l.includes('Tag claim as disputed'));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await until('the tag in tags.json', () => existsSync(tags) && readFileSync(tags, 'utf8') !== before && /disputed/.test(readFileSync(tags, 'utf8')), 15_000);
  });
});
