// A real JSON-RPC client for dist/server.js over stdio, as an editor would be: it answers the
// server's requests (configuration, registrations, progress), collects published diagnostics, and
// sends file-watcher events when a test changes files on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import { EXAMPLES, ROOT, tempDir } from '../helpers.ts';

export const SERVER = join(ROOT, 'dist/server.js');

export function copyExamples(): string {
  const dir = tempDir('corroborate-lsp-');
  cpSync(EXAMPLES, dir, { recursive: true });
  return dir;
}

export const uriOf = (path: string) => URI.file(path).toString();

export class TestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  readonly child: ChildProcess;
  private waiters: (() => void)[] = [];
  private indexed = 0;
  /** The server's own time for the last indexing, from its notification. */
  indexedMs = NaN;
  settings: Record<string, unknown> = {};
  /** The workspace folders to open (default: the one folder given to the constructor). */
  workspaceFolders: string[] | null = null;
  private versions = new Map<string, number>();

  constructor(readonly folder: string) {
    this.child = spawn(process.execPath, [...(process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => this.logs.push(String(d)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    const c = this.connection;
    c.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    c.onNotification('corroborate/indexed', (p: { milliseconds: number }) => {
      this.indexedMs = p.milliseconds;
      this.indexed++;
      this.wake();
    });
    c.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    c.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    c.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.wake();
      return null;
    });
    c.onRequest('client/registerCapability', () => null);
    c.onRequest('window/workDoneProgress/create', () => null);
    c.onRequest('workspace/semanticTokens/refresh', () => null);
    c.onNotification('$/progress', () => undefined);
    c.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `check` holds, re-testing after each message from the server. */
  async until<T>(check: () => T | undefined | false | null, what: string, ms = 10_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.logs.join('\n').slice(-2000)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  async start(initializationOptions: unknown = undefined, afterInitialized?: () => void): Promise<void> {
    const before = this.indexed;
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      initializationOptions,
      rootUri: uriOf(this.folder),
      workspaceFolders: (this.workspaceFolders ?? [this.folder]).map((f, i) => ({ uri: uriOf(f), name: `folder${i}` })),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ['markdown'] } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    afterInitialized?.();
    const folders = (this.workspaceFolders ?? [this.folder]).length;
    await this.until(() => this.indexed >= before + folders, 'indexing', 120_000);
  }

  open(path: string, text: string): string {
    const uri = uriOf(path);
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    return uri;
  }

  change(uri: string, text: string): void {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  }

  fileEvent(path: string, type: 1 | 2 | 3): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  private stopped = false;

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    // A server that honours `exit` ends by itself (and writes what --cpu-prof collected); one that does not is killed.
    const exited = this.child.exitCode !== null ? Promise.resolve() : new Promise((r) => this.child.once('exit', r));
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    if (this.child.exitCode === null) this.child.kill();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    this.connection.dispose();
  }
}

/** Position of the nth occurrence of `needle` in `text` (0-based line/character). */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`“${needle}” not found`);
  at += delta;
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}
