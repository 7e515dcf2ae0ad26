// A small tokenizer over a window of the text: words, numbers and single punctuation marks.

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}][\p{L}\p{M}'’\-.]*[\p{L}\p{M}]|[\p{L}\p{M}]|\d[\d,.:]*\d|\d|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    out.push({ start: from + m.index, end: from + m.index + t.length, text: t, lower: t.toLowerCase(), word: /^[\p{L}\p{M}]/u.test(t) });
  }
  return out;
}
