// Finds the source files under the paths given on the command line.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCE_EXTENSIONS = ['.txt', '.md'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface WalkResult {
  files: string[];
  errors: { path: string; reason: string }[];
}

/** Files given directly are kept whatever their extension; folders are walked for .txt and .md. */
export function collectSources(paths: string[]): WalkResult {
  const files: string[] = [];
  const errors: { path: string; reason: string }[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      errors.push({ path: p, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String((e as Error).message) });
      continue;
    }
    if (!isDir) add(p);
    else walk(p, add, errors);
  }
  return { files, errors };
}

function walk(dir: string, add: (f: string) => void, errors: { path: string; reason: string }[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ path: dir, reason: String((e as Error).message) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name)) continue;
      walk(full, add, errors);
    } else if (e.isFile() && SOURCE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
      add(full);
    }
  }
}
