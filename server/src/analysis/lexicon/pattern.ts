// Builds regular-expression alternations from word lists, escaped and factored into a trie:
// "said|says|stated" becomes "s(?:a(?:id|ys)|tated)". V8 then tests one branch per character
// instead of every word at every position. Longer words win over their prefixes ("dozens" over
// "dozen"), as in a longest-first alternation. A space matches any run of white space.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

function toPattern(node: Node): string {
  const branches = [...node.next].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([ch, child]) => (ch === ' ' ? '\\s+' : escapeRegExp(ch)) + toPattern(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && body.length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
}

/** `(?:…)` matching exactly the given words or phrases. */
export function alternation(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of new Set(words)) {
    if (!w) continue;
    let n = root;
    for (const ch of w.replace(/\s+/g, ' ')) {
      let child = n.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        n.next.set(ch, child);
      }
      n = child;
    }
    n.end = true;
  }
  return `(?:${toPattern(root)})`;
}
