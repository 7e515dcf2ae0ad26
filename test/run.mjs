// Runs every test/**/*.test.ts with node's built-in test runner (TypeScript through tsx).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'vscode' || name === 'e2e' ? [] : find(p);
    return name.endsWith('.test.ts') ? [p] : [];
  });
}
const files = find('test').filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
