// The entry @vscode/test-electron loads inside the extension host.
export { run } from './suite.ts';
