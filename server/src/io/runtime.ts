// Runtime settings shared by the entry points (dist/cli.js, dist/server.js).
import { setFlagsFromString } from 'node:v8';

/**
 * Regular expressions compile straight to machine code on first use. V8's default interprets a
 * pattern first and compiles it again once it is reused, which costs a cold start tens of
 * milliseconds over the lexicon's many Unicode-class patterns (the first document's analysis) and
 * buys nothing over a whole corpus.
 */
export function tuneRuntime(): void {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // An embedder that forbids it: the default is only slower to start.
  }
}
