// The language server: capabilities, and a table of handlers that each translate protocol → provider
// → protocol. Every handler runs inside `safe`, so one failing feature never takes the server down.
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType,
  TextDocumentSyncKind, TextDocuments, type ClientCapabilities, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { groupDigits } from '../corpus/facts.ts';
import { CodeActionsProvider } from '../features/codeActions.ts';
import { DiagnosticsProvider } from '../features/diagnostics.ts';
import { HoverProvider } from '../features/hover.ts';
import { ReferencesProvider } from '../features/references.ts';
import { LEGEND, SemanticTokensProvider } from '../features/semanticTokens.ts';
import { DocumentSymbolsProvider, WorkspaceSymbolsProvider } from '../features/symbols.ts';
import { quoteAt } from '../tags/anchor.ts';
import { Tag } from '../tags/schema.ts';
import { toOffset } from './convert.ts';
import { COMMANDS, INDEXED, type IndexedParams, type ReviewArgs, type TagArgs, type UntagArgs } from './protocol.ts';
import { collectGarbage } from './memory.ts';
import { parseSettings, type Settings } from './settings.ts';
import { Workspace, type Folder } from './workspace.ts';

/** Edits are analysed after this pause in typing (initializationOptions.debounceMs overrides it). */
const DEBOUNCE_MS = 50;
/** Diagnostics are published this many documents at a time. */
const PUBLISH_CHUNK = 100;

export function startServer(connection: Connection): void {
  const log = {
    log: (m: string) => connection.console.log(m),
    error: (m: string) => connection.console.error(m),
  };
  const ws = new Workspace(log);
  const documents = new TextDocuments(TextDocument);
  const diagnostics = new DiagnosticsProvider(ws);
  const hover = new HoverProvider(ws);
  const tokens = new SemanticTokensProvider(ws);
  const references = new ReferencesProvider(ws);
  const documentSymbols = new DocumentSymbolsProvider(ws);
  const workspaceSymbols = new WorkspaceSymbolsProvider(ws);
  const codeActions = new CodeActionsProvider(ws);
  let caps: ClientCapabilities = {};
  let initOptions: unknown = undefined;
  const pending = new Map<string, NodeJS.Timeout>();
  const warned = new Set<string>();
  let debounce = DEBOUNCE_MS;

  function safe<A extends unknown[], R>(name: string, fallback: R, f: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      try {
        return f(...args);
      } catch (e) {
        log.error(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
        return fallback;
      }
    };
  }

  /**
   * Publishes the diagnostics of these documents. Large sets go out in chunks, yielding between them so
   * that typing and hover are served; each chunk computes its diagnostics when it is sent, so it never
   * sends stale ones.
   */
  function publish(uris: Iterable<string>): Promise<void> {
    const list = [...uris];
    return new Promise<void>((done) => {
      const send = (from: number) => {
        const written: Promise<void>[] = [];
        for (const uri of list.slice(from, from + PUBLISH_CHUNK)) {
          const folder = ws.folderOf(uri);
          written.push(connection.sendDiagnostics({ uri, diagnostics: folder.corpus.has(uri) ? diagnostics.provide(uri) : [] }));
        }
        if (from + PUBLISH_CHUNK < list.length) {
          // Wait until this chunk is written: a slow reader must not make the output pile up in memory.
          void Promise.allSettled(written).then(() => setImmediate(() => safe('publish', undefined, send)(from + PUBLISH_CHUNK)));
          return;
        }
        if (caps.workspace?.semanticTokens?.refreshSupport) void connection.languages.semanticTokens.refresh().catch(() => undefined);
        done();
      };
      send(0);
    });
  }

  function publishFolder(folder: Folder): Promise<void> {
    return publish(folder.corpus.keys());
  }

  async function loadSettings(folder: Folder): Promise<Settings> {
    let raw: unknown = (initOptions as { settings?: unknown } | undefined)?.settings;
    if (caps.workspace?.configuration && folder.uri) {
      try {
        raw = await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: 'corroborate' });
      } catch (e) {
        log.error(`cannot read settings: ${(e as Error).message}`);
      }
    }
    const { settings, warnings } = parseSettings(raw ?? {});
    for (const w of warnings) {
      log.log(w);
      if (!warned.has(w)) void connection.window.showWarningMessage(w);
      warned.add(w);
    }
    return settings;
  }

  function loadTags(folder: Folder): void {
    if (!folder.path) return;
    const error = folder.tags.load();
    folder.forgetTags();
    if (error && error !== folder.tagError) {
      log.error(error);
      void connection.window.showErrorMessage(`Corroborate: ${error}`);
    }
    folder.tagError = error;
  }

  async function indexFolder(folder: Folder): Promise<void> {
    const started = Date.now();
    const before = folder.corpus.keys();
    const progress = caps.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('Corroborate', 0, 'Indexing sources', false);
    const { documents: count, skipped } = await ws.index(folder, (done, total) => {
      progress?.report(Math.round((done / Math.max(1, total)) * 100), `Indexing sources ${groupDigits(done)}/${groupDigits(total)}`);
      if (done <= 16) void publish([...ws.open.keys()].filter((u) => ws.folderOf(u) === folder && folder.corpus.has(u)));
    });
    collectGarbage(); // what indexing allocated and dropped, before publishing
    const analysed = Date.now();
    // Documents the new index left out (excluded, too large, deleted) get their diagnostics cleared too.
    await publish(new Set([...before, ...folder.corpus.keys()]));
    progress?.done();
    const ms = Date.now() - started;
    log.log(`Indexed ${count} sources in ${folder.path} in ${ms} ms (reading and analysis ${analysed - started} ms, diagnostics ${Date.now() - analysed} ms)${skipped ? `; ${skipped} skipped` : ''}.`);
    void connection.sendNotification(INDEXED, { folder: folder.uri, documents: count, skipped, milliseconds: ms } satisfies IndexedParams);
  }

  async function startFolder(folder: Folder): Promise<void> {
    folder.applySettings(await loadSettings(folder));
    folder.corpus.setReferenceDate(folder.settings.referenceDate);
    loadTags(folder);
    folder.indexing = indexFolder(folder).catch((e) => log.error(`indexing failed: ${(e as Error).stack}`));
    await folder.indexing;
  }

  connection.onInitialize((params): InitializeResult => {
    caps = params.capabilities;
    initOptions = params.initializationOptions;
    const d = (initOptions as { debounceMs?: unknown } | undefined)?.debounceMs;
    if (typeof d === 'number' && d >= 0) debounce = d;
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    for (const f of folders) ws.addFolder(f.uri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        semanticTokensProvider: { legend: LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corroborate' },
    };
  });

  connection.onInitialized(async () => {
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        for (const f of e.removed) {
          const folder = ws.removeFolder(f.uri);
          if (folder) for (const k of folder.corpus.keys()) void connection.sendDiagnostics({ uri: k, diagnostics: [] });
        }
        for (const f of e.added) await startFolder(ws.addFolder(f.uri));
      });
    }
    await Promise.all(ws.folders.map((f) => startFolder(f)));
  });

  // Open documents: their text replaces the file's; edits are analysed after a short pause.
  documents.onDidOpen(safe('open', undefined, (e) => {
    ws.open.set(e.document.uri, e.document.getText());
    void publish(ws.setText(e.document.uri, e.document.getText()));
  }));
  documents.onDidChangeContent(safe('change', undefined, (e) => {
    const uri = e.document.uri;
    ws.open.set(uri, e.document.getText());
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(safe('analyse', undefined, () => {
      pending.delete(uri);
      const text = ws.open.get(uri);
      if (text !== undefined) void publish(ws.setText(uri, text));
    }), debounce));
  }));
  documents.onDidClose(safe('close', undefined, (e) => {
    const uri = e.document.uri;
    clearTimeout(pending.get(uri));
    ws.open.delete(uri);
    const folder = ws.folderOf(uri);
    const changed = folder.path && folder.includes(uri) ? ws.readFromDisk(uri) : ws.remove(uri);
    void publish(new Set([...changed, uri]));
  }));

  connection.onDidChangeWatchedFiles(safe('watch', undefined, (params) => {
    const changed = new Set<string>();
    for (const ch of params.changes) {
      const tagFolder = ws.isTagsFile(ch.uri);
      if (tagFolder) {
        loadTags(tagFolder);
        for (const k of tagFolder.corpus.keys()) changed.add(k);
        continue;
      }
      const folder = ws.folderOf(ch.uri);
      if (!folder.path || !folder.includes(ch.uri)) continue;
      const result = ch.type === FileChangeType.Deleted ? ws.remove(ch.uri) : ws.readFromDisk(ch.uri);
      for (const k of result) changed.add(k);
      if (ch.type === FileChangeType.Deleted) changed.add(ch.uri);
    }
    void publish(changed);
  }));

  connection.onDidChangeConfiguration(async () => {
    for (const folder of ws.folders) {
      const before = folder.settings;
      const lexiconBefore = folder.lexiconKey;
      const next = await loadSettings(folder);
      folder.applySettings(next);
      const reindex = before.include !== next.include || JSON.stringify(before.exclude) !== JSON.stringify(next.exclude) || before.maxFileSize !== next.maxFileSize || lexiconBefore !== folder.lexiconKey;
      if (before.referenceDate !== next.referenceDate) folder.corpus.setReferenceDate(next.referenceDate);
      if (reindex) {
        await indexFolder(folder);
        // Open documents the index did not read (not on disk, or no longer included) meet the new settings too.
        const changed = new Set<string>();
        for (const [uri, text] of ws.open) {
          if (ws.folderOf(uri) === folder && !folder.files.has(uri)) for (const k of ws.setText(uri, text)) changed.add(k);
        }
        await publish(changed);
      } else await publishFolder(folder);
    }
  });

  connection.onHover(safe('hover', null, (p) => {
    const offset = toOffset(ws, p.textDocument.uri, p.position);
    return offset === null ? null : hover.provide(p.textDocument.uri, offset);
  }));
  connection.languages.semanticTokens.on(safe('semanticTokens', { data: [] }, (p) => tokens.provide(p.textDocument.uri)));
  connection.onReferences(safe('references', [], (p) => {
    const offset = toOffset(ws, p.textDocument.uri, p.position);
    return offset === null ? [] : references.provide(p.textDocument.uri, offset);
  }));
  connection.onDocumentSymbol(safe('documentSymbol', [], (p) => documentSymbols.provide(p.textDocument.uri)));
  connection.onWorkspaceSymbol(safe('workspaceSymbol', [], (p) => workspaceSymbols.provide(p.query)));
  connection.onCodeAction(safe('codeAction', [], (p) => {
    const uri = p.textDocument.uri;
    const start = toOffset(ws, uri, p.range.start);
    const end = toOffset(ws, uri, p.range.end);
    return start === null || end === null ? [] : codeActions.provide(uri, start, end, p.context.diagnostics);
  }));

  connection.onExecuteCommand(safe('executeCommand', undefined, (p) => {
    const arg = (p.arguments ?? [])[0] as Record<string, unknown> | undefined;
    if (!arg || typeof arg.uri !== 'string') return;
    const folder = ws.folderOf(arg.uri);
    if (!folder.path) {
      void connection.window.showWarningMessage('Corroborate: tags are kept per workspace folder; open the folder to tag claims.');
      return;
    }
    if (!folder.tags.writable) {
      void connection.window.showErrorMessage(`Corroborate: ${folder.tagError ?? 'the tag file is invalid'}`);
      return;
    }
    const doc = folder.corpus.get(arg.uri);
    // Tags re-anchored since the file was written get their new positions with this write.
    if (doc) for (const t of folder.tagsFor(arg.uri).placed) folder.tags.move(t.annotation.id, quoteAt(doc.text, t.start, t.end));
    if (p.command === COMMANDS.tag && doc) {
      const a = arg as unknown as TagArgs;
      const tag = Tag.safeParse(a.tag);
      if (!tag.success) return;
      const claim = doc.analysis.claims.find((c) => c.start === a.start && c.end === a.end);
      folder.tags.tag(folder.relative(a.uri), claim?.kind, quoteAt(doc.text, a.start, a.end), tag.data);
    } else if (p.command === COMMANDS.untag) {
      folder.tags.untag((arg as unknown as UntagArgs).id);
    } else if (p.command === COMMANDS.review) {
      const a = arg as unknown as ReviewArgs;
      folder.tags.markReviewed(a.fact, DiagnosticsProvider.factValues(folder, a.fact));
      void publishFolder(folder);
    }
    folder.forgetTags();
    void publish([arg.uri]);
  }));

  documents.listen(connection);
}
