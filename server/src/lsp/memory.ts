// A full garbage collection on demand. Indexing a folder allocates far more than it keeps (windows
// of tokens, match arrays, slices); collecting once when it is done returns that memory before the
// long-lived phase, instead of letting the heap grow on it while diagnostics are published.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Runs a full collection; false when this runtime does not allow it (then nothing happens). */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    gc = null;
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (typeof exposed === 'function') gc = exposed;
      else {
        setFlagsFromString('--expose-gc');
        const fn: unknown = runInNewContext('gc');
        if (typeof fn === 'function') gc = fn as () => void;
      }
    } catch {
      gc = null;
    }
  }
  if (!gc) return false;
  try {
    gc();
    return true;
  } catch {
    return false;
  }
}
