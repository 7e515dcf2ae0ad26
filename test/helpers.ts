// Test helpers: one `check` helper per layer, minimal fixtures, explicit reference dates.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/analysis/analyze.ts';
import type { Claim, DateClaim, FigureClaim, AttributionClaim } from '../server/src/analysis/model.ts';

export const ROOT = resolve(__dirname, '..');
export const DEV_SET = resolve(ROOT, '../shared/corpus/kazakhstan-2022');
export const EXAMPLES = join(ROOT, 'examples');

/** A new temporary directory, removed when the test process exits (each test file runs in its own). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function devSetAvailable(): boolean {
  return existsSync(join(DEV_SET, 'gold.json'));
}

/** Claims of one kind in `text`, analysed with an explicit reference date. */
export function claimsOf<K extends Claim['kind']>(text: string, kind: K, reference = '2022-01-11'): Extract<Claim, { kind: K }>[] {
  const a = analyze(text, { folderReference: reference, folderYear: Number(reference.slice(0, 4)) });
  return a.claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

/** Asserts the dates found in `text`: [span text, value] pairs, in order. */
export function checkDates(text: string, expected: [string, string | null][], reference = '2022-01-11'): DateClaim[] {
  const dates = claimsOf(text, 'date', reference);
  assert.deepEqual(dates.map((d) => [d.text, d.value]), expected, `dates in: ${text}`);
  return dates;
}

/** Asserts the casualty figures found: [span text, min, max, outcome, group]. */
export function checkFigures(text: string, expected: [string, number, number | null, FigureClaim['outcome'], FigureClaim['group']][]): FigureClaim[] {
  const figures = claimsOf(text, 'figure');
  assert.deepEqual(figures.map((f) => [f.text, f.min, f.max, f.outcome, f.group]), expected, `figures in: ${text}`);
  return figures;
}

/** Asserts the attributions found: [source mention, normalised source]. */
export function checkAttributions(text: string, expected: [string, string][]): AttributionClaim[] {
  const list = claimsOf(text, 'attribution');
  assert.deepEqual(list.map((a) => [a.text, a.source]), expected, `attributions in: ${text}`);
  return list;
}

export function readExample(name: string): string {
  return readFileSync(join(EXAMPLES, name), 'utf8');
}
