// Reads a source file as text, whatever it is: UTF-8 with or without BOM, UTF-16 with BOM, invalid
// UTF-8 (decoded with replacement characters, with a warning), binary files and files over the size
// limit (skipped, with a reason). Never throws.
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; skipped: boolean; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** Decodes bytes to text; `null` text means binary. */
export function decode(bytes: Uint8Array): { text: string | null; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (looksBinary(body)) return { text: null, warnings };
  try {
    return { text: utf8.decode(body), warnings };
  } catch {
    warnings.push('not valid UTF-8; decoded with replacement characters (�)');
    return { text: utf8Lenient.decode(body), warnings };
  }
}

const CONTROL = /[\x00-\x08\x0e-\x1f]/;

/** A NUL byte, or many control characters, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  // Most files have no control character at all: one native search says so.
  if (!CONTROL.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'))) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function readSource(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, skipped: false, reason: 'not a regular file' };
    size = st.size;
  } catch (e) {
    return { ok: false, skipped: false, reason: describe(e) };
  }
  if (size > maxFileSize) return { ok: false, skipped: true, reason: `larger than the limit (${size} bytes > ${maxFileSize}); skipped` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, skipped: false, reason: describe(e) };
  }
  const { text, warnings } = decode(bytes);
  if (text === null) return { ok: false, skipped: true, reason: 'binary file; skipped' };
  if (text.trim().length === 0) warnings.push('empty file; nothing to check');
  return { ok: true, text, warnings };
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file or folder';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a folder';
  return err?.message ?? String(e);
}
