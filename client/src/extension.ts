// The VS Code side: starts the language server for plain-text and markdown sources, and offers a
// command to restart it. Everything else (analysis, hover, diagnostics, tags) lives in the server.
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const output = window.createOutputChannel('Corroborate', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'corroborate' },
  };
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('corroborate.restartServer', async () => {
      await client?.restart();
    }),
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('corroborate')) output.appendLine('Settings changed.');
    }),
  );
  try {
    await client.start();
  } catch (e) {
    void window.showErrorMessage(`Corroborate could not start its language server: ${(e as Error).message}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
