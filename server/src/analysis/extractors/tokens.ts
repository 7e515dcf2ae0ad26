// A small tokenizer over a window of the text: words (letters, inner apostrophes, hyphens and dots),
// numbers (with inner separators) and single punctuation marks. A hand-written loop: this runs
// around every candidate figure and attribution cue, so it must be cheap.
import { CAPITALISED_STOPWORDS, NAME_TITLES } from '../lexicon/attribution.ts';

/**
 * A token of the text. Its strings are cut only when first read: the extractors look at the few
 * tokens next to a cue or a count, and most of a window is never read.
 */
export class Token {
  private textValue: string | undefined;
  private lowerValue: string | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly word: boolean,
  ) {}

  get text(): string {
    return (this.textValue ??= this.source.slice(this.start, this.end));
  }

  /** Reads this mark as another: a dash around an aside reads as a comma ("X — who heads Y — said"). */
  readAs(mark: string): void {
    this.textValue = mark;
    this.lowerValue = mark;
  }

  get lower(): string {
    return (this.lowerValue ??= this.word ? this.text.toLowerCase() : this.text);
  }

  /** A word starting with an upper-case letter (of any script), read from its first character alone. */
  get capitalised(): boolean {
    if (!this.word) return false;
    const c = this.source.charCodeAt(this.start);
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && this.articlePrefixed());
    return UPPER_START.test(this.source[this.start]);
  }

  /** "al-Rashid", "el-Sayed", "bin-Talal": a name after an article joined to it, capitalised as a name. */
  private articlePrefixed(): boolean {
    const s = this.source;
    const at = this.start;
    if (s.charCodeAt(at + 2) !== 45 && s.charCodeAt(at + 3) !== 45) return false; // a hyphen after two or three letters
    return ARTICLE_PREFIX.test(s.slice(at, Math.min(this.end, at + 6)));
  }
}

const UPPER_START = /^\p{Lu}/u;
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd)-\p{Lu}/u;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || (c > 0x2bff && c < 0xd800) || c >= 0xf900;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
/** Marks allowed inside a word: ' ’ - . */
const isInner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46;

/** The next token at or after `i` and before `to`, or null. */
function nextToken(text: string, i: number, to: number): Token | null {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i >= to) return null;
  const c = text.charCodeAt(i);
  let j = i + 1;
  let word = false;
  if (isLetter(c)) {
    word = true;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isLetter(d)) j++;
      else if (isInner(d) && j + 1 < to && isLetter(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    // An initialism keeps its last full stop: "U.N.", "U.S. officials".
    if (text.charCodeAt(j) === 46 && j - i >= 3 && text.charCodeAt(j - 2) === 46 && isUpper(text.charCodeAt(j - 1))) j++;
    // A title keeps its full stop before a name: "Dr. Hana Voss", "Gen. Kael Brost".
    if (j - i <= 5 && text.charCodeAt(j) === 46 && j + 2 < to && text.charCodeAt(j + 1) === 32 && isUpper(text.charCodeAt(j + 2)) && NAME_TITLES.has(text.slice(i, j))) j++;
  } else if (isDigit(c)) {
    while (j < to) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) j++;
      else if ((d === 44 || d === 46 || d === 58) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
  }
  return new Token(text, i, j, word);
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let t = nextToken(text, from, to); t; t = nextToken(text, t.end, to)) {
    if (out.length > 0) readNameDay(t, out[out.length - 1]);
    out.push(t);
  }
  return out;
}

/**
 * "Varnia Today", "Russia Today", "the Today programme": a capitalised "Today" after a name (or "the")
 * ends the name; it reads as a name word, not as the day (as "Today", which is in no word list).
 */
function readNameDay(t: Token, before: Token): void {
  if (t.end - t.start !== 5 || !t.word || t.text !== 'Today' || !before.capitalised) return;
  if (!CAPITALISED_STOPWORDS.has(before.lower) || before.lower === 'the') t.readAs(t.text);
}

/**
 * The tokens of a window, read only as far as they are asked for: a reader that looks at the first
 * few tokens after a count does not pay for the rest of the window.
 */
export class LazyTokens {
  private readonly read: Token[] = [];
  private done = false;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** The i-th token, or undefined past the end. */
  at(i: number): Token | undefined {
    while (!this.done && this.read.length <= i) {
      const last = this.read[this.read.length - 1];
      const t = nextToken(this.text, last ? last.end : this.from, this.to);
      if (!t) this.done = true;
      else {
        if (last) readNameDay(t, last);
        this.read.push(t);
      }
    }
    return this.read[i];
  }
}
