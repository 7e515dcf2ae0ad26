// Builds regular-expression alternations from word lists, escaped and factored into a trie:
// "said|says|stated" becomes "s(?:a(?:id|ys)|tated)". V8 then tests one branch per character
// instead of every word at every position. Longer words win over their prefixes ("dozens" over
// "dozen"), as in a longest-first alternation. A space matches any run of white space.
//
// The patterns are built when the server starts, before its first diagnostics, so the builder
// works on sorted arrays of code points rather than on trie nodes: one sort, then each level of
// the trie is a run of words sharing a prefix.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SPECIAL = new Set('.*+?^${}()|[]\\');

function piece(ch: string): string {
  if (ch === ' ') return '\\s+';
  return SPECIAL.has(ch) ? `\\${ch}` : ch;
}

/** The pattern of `words[from..to)`, which share their first `depth` code points. */
function level(words: readonly string[][], from: number, to: number, depth: number): string {
  let end = false;
  const branches: string[] = [];
  let i = from;
  while (i < to) {
    const w = words[i];
    if (w.length === depth) {
      end = true;
      i++;
      continue;
    }
    const ch = w[depth];
    let j = i + 1;
    while (j < to && words[j][depth] === ch) j++;
    branches.push(piece(ch) + level(words, i, j, depth + 1));
    i = j;
  }
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!end) return body;
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
}

function compare(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return a.length - b.length;
}

/** `(?:…)` matching exactly the given words or phrases. */
export function alternation(words: Iterable<string>): string {
  const seen = new Set<string>();
  const list: string[][] = [];
  for (const w of words) {
    if (!w) continue;
    const norm = w.replace(/\s+/g, ' ');
    if (seen.has(norm)) continue;
    seen.add(norm);
    list.push([...norm]);
  }
  list.sort(compare);
  return `(?:${level(list, 0, list.length, 0)})`;
}
