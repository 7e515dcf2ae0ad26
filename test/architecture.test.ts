// Import boundaries and rules that keep the code's shape (see ARCHITECTURE.md).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  it('keeps the core pure: analysis/ and corpus/ import no LSP, VS Code, file system or process', () => {
    for (const f of [...files(join(ROOT, 'server/src/analysis')), ...files(join(ROOT, 'server/src/corpus'))]) {
      const src = readFileSync(f, 'utf8');
      const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const i of imports) assert.ok(!/^(?:vscode|node:|fs$|path$|child_process)/.test(i), `${relative(ROOT, f)} imports ${i}`);
      assert.ok(!/\bprocess\./.test(src), `${relative(ROOT, f)} uses process`);
    }
  });

  it('names no person or place from the dev set in product code (rules must generalise)', () => {
    const names = /Bachelet|Almaty|Zhanaozen|Tokaev|Tokayev|Nur-Sultan|Kazakh|Throssell|Pedneault|Taimerdenov/;
    for (const f of [...files(join(ROOT, 'server/src')), ...files(join(ROOT, 'client/src'))]) {
      assert.ok(!names.test(readFileSync(f, 'utf8')), relative(ROOT, f));
    }
  });
});
