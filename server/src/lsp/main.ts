// Entry point of dist/server.js. Started by the VS Code extension (node IPC), or by any LSP client
// as `node dist/server.js --stdio`.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { tuneRuntime } from '../io/runtime.ts';
import { startServer } from './server.ts';

tuneRuntime();

const connection = createConnection(ProposedFeatures.all);
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack : String(e)}`));
process.on('uncaughtException', (e) => connection.console.error(`uncaught exception: ${e.stack ?? String(e)}`));
startServer(connection);
connection.listen();
