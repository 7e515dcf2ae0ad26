// Bundles the entry points into dist/. One bundle per entry, node platform, no source maps in release.
import { build } from 'esbuild';

const entries = [
  { in: 'server/src/cli.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
];
// The extension test suite, for test:vscode and test:e2e (never packaged).
if (process.env.BUILD_TESTS === '1') entries.push({ in: 'test/vscode/index.ts', out: 'out/vscode/index.js', external: ['vscode'] });

await Promise.all(entries.map((e) => build({
  entryPoints: [e.in],
  outfile: e.out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: process.env.SOURCEMAP === '1',
  banner: e.banner ? { js: e.banner } : undefined,
  external: e.external ?? [],
  logLevel: 'warning',
})));
