// Builds regular-expression alternations from word lists: escaped, longest first.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `(?:longest|longer|long)` from a list of words or phrases; spaces match any run of white space. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${list.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})`;
}
