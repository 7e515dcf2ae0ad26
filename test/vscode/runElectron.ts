// npm run test:vscode: the extension suite in VS Code through @vscode/test-electron, on a temporary
// copy of examples/. Downloads VS Code where the network allows, or uses VSCODE_EXECUTABLE_PATH.
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { tempDir } from '../helpers.ts';

const root = resolve(__dirname, '../..');
const workspace = tempDir('corroborate-vscode-');
cpSync(join(root, 'examples'), workspace, { recursive: true });
runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'out/vscode/index.js'),
  launchArgs: [workspace, '--disable-workspace-trust'],
  vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
}).then(
  () => console.log('1 passed, 0 failed'),
  (e) => {
    console.error(`test:vscode failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
