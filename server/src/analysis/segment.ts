// Splits a text into paragraphs and sentences. Offsets only: nothing is copied.

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

export interface Segmentation {
  sentences: Sentence[];
  paragraphs: { start: number; end: number }[];
}

/** Words that end with a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov',
  'pres', 'prof', 'no', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.n', 'u.k', 'e.u', 'jr', 'sr', 'inc',
  'corp', 'co', 'ltd', 'approx', 'est', 'mt', 'ft', 'fig', 'vol',
]);

const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s)/g;

/** The white space of `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 13;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** . ! ? : " ” ’ ) ] — marks that end a line's sentence. */
const ENDS_LINE = new Set([46, 33, 63, 58, 34, 0x201d, 0x2019, 41, 93]);

/** Is the newline at `i` a hard break (new paragraph) rather than a soft wrap inside one? */
function isHardBreak(text: string, i: number): boolean {
  // Blank line, or the previous line ends a sentence, or the next starts with a capital/quote/bullet.
  let j = i + 1;
  while (j < text.length && isBlank(text.charCodeAt(j))) j++;
  if (j >= text.length || text.charCodeAt(j) === 10) return true;
  let k = i - 1;
  while (k >= 0 && isBlank(text.charCodeAt(k))) k--;
  if (k < 0 || text.charCodeAt(k) === 10) return true;
  const prev = text.charCodeAt(k);
  const next = text.charCodeAt(j);
  if (ENDS_LINE.has(prev)) return true;
  if ((isLower(prev) || prev === 44 || prev === 59) && (isLower(next) || isDigit(next) || next === 40)) return false;
  return true;
}

export function segment(text: string): Segmentation {
  const paragraphs: { start: number; end: number }[] = [];
  let pStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const lineEnd = nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl; // before a CR of CRLF
    if (isHardBreak(text, nl)) {
      if (lineEnd > pStart) paragraphs.push({ start: pStart, end: lineEnd });
      pStart = nl + 1;
    }
  }
  if (text.length > pStart) paragraphs.push({ start: pStart, end: text.length });

  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    let sStart = p.start;
    while (sStart < p.end && isSpace(text.charCodeAt(sStart))) sStart++;
    // Searched within the paragraph: a search of the whole text would run on to the next full stop,
    // past every paragraph without one (a list of dated headings), once per paragraph.
    const body = text.slice(sStart, p.end);
    const from = sStart;
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
      const at = from + m.index;
      const endAt = at + m[0].length;
      if (endAt >= p.end) break;
      if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(text, at, endAt)) continue;
      sentences.push({ start: sStart, end: endAt, paragraph: pi });
      sStart = endAt;
      while (sStart < p.end && isSpace(text.charCodeAt(sStart))) sStart++;
    }
    if (sStart < p.end) sentences.push({ start: sStart, end: p.end, paragraph: pi });
  });
  return { sentences, paragraphs };
}

function endsSentence(text: string, dot: number, after: number): boolean {
  // The word before the dot.
  let w = dot;
  for (; w > 0; w--) {
    const c = text.charCodeAt(w - 1);
    if (!(isLower(c) || isUpper(c) || c === 46)) break;
  }
  let n = after;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  const next = text.charCodeAt(n);
  const opensSentence = isUpper(next) || next === 34 || next === 0x201c;
  // No abbreviation, initial or "a.m." is longer than six letters: the common case needs no more.
  if (dot - w <= 6 || text.charCodeAt(w + 1) === 46) {
    const raw = text.slice(w, dot);
    const word = raw.toLowerCase();
    if (word === 'a.m' || word === 'p.m') return opensSentence && !/^(?:on|at|in)\b/.test(text.slice(n, n + 3));
    if (ABBREVIATIONS.has(word)) return false;
    if (raw.length === 1 && isUpper(raw.charCodeAt(0))) return false; // an initial: "J. Smith"
    if (raw.length > 2 && raw.charCodeAt(1) === 46 && /^(?:[a-z]\.)+[a-z]$/i.test(raw)) return opensSentence && isLower(text.charCodeAt(n + 1)); // U.N. / U.S.
  }
  return opensSentence || isDigit(next) || next === 0x2018 || next === 39 || next === 40 || next === 91;
}

/** Index of the sentence containing `offset` (binary search), or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}
