// Where the extractors' patterns can start. A global regular expression tests every position of the
// text, and each extractor used to run its own over the whole text. Instead one hand-written pass
// finds the words each pattern can begin with (a trie of lower-case first words, and runs of digits),
// and every extractor runs its pattern, sticky, at those positions only. The matches are the same:
// a pattern's match always begins at a word boundary, on one of its first words.
//
// Word boundaries are those of `\b` in a non-Unicode pattern: word characters are [A-Za-z0-9_].

/** The kinds of start a pattern may need. */
export type StartKind = 'month' | 'weekday' | 'time' | 'relative' | 'count' | 'cue' | 'iso';
const KINDS: readonly StartKind[] = ['month', 'weekday', 'time', 'relative', 'count', 'cue', 'iso'];

/** Per kind, the offsets where its pattern may match, in text order. */
export type Starts = Record<StartKind, number[]>;

/** The first words of each kind's pattern (any case), and which kinds also start on digits. */
export interface StartWords {
  words: Partial<Record<StartKind, Iterable<string>>>;
  digits: StartKind[];
}

/** Per character code below 128: 0 not a word character, 1 a letter, 2 a digit, 3 an underscore. */
const CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CLASS[c] = CLASS[c + 32] = 1;
for (let c = 48; c <= 57; c++) CLASS[c] = 2;
CLASS[95] = 3;
const isWordChar = (c: number) => c < 128 && CLASS[c] !== 0;

export class StartScanner {
  /** Trie over a–z: child index per node and letter, -1 for none. */
  private next = new Int32Array(26).fill(-1);
  /** Per node, the kinds (bits) whose first word ends there. */
  private kinds: number[] = [0];
  private readonly digitKinds: number;

  /** Null when a first word is not plain ASCII letters: then the extractors scan as before. */
  static build(spec: StartWords): StartScanner | null {
    const scanner = new StartScanner(spec.digits);
    for (const kind of KINDS) {
      for (const phrase of spec.words[kind] ?? []) {
        const first = phrase.trim().toLowerCase().split(/[\s-]+/)[0];
        if (!/^[a-z]+$/.test(first)) return null;
        scanner.add(first, KINDS.indexOf(kind));
      }
    }
    return scanner;
  }

  private constructor(digits: StartKind[]) {
    this.digitKinds = digits.reduce((bits, k) => bits | (1 << KINDS.indexOf(k)), 0);
  }

  private add(word: string, kind: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + (word.charCodeAt(i) - 97);
      let child = this.next[slot];
      if (child < 0) {
        child = this.kinds.length;
        this.kinds.push(0);
        if ((child + 1) * 26 > this.next.length) {
          // Doubling: growing by one node per word would copy the table once per node.
          const grown = new Int32Array(this.next.length * 2).fill(-1);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[slot] = child;
      }
      node = child;
    }
    this.kinds[node] |= 1 << kind;
  }

  /** The starts of words that begin in [from, to); `from` must not be inside a word. */
  scan(text: string, from = 0, to = text.length): Starts {
    const out: Starts = { month: [], weekday: [], time: [], relative: [], count: [], cue: [], iso: [] };
    const lists = KINDS.map((k) => out[k]);
    const { next, kinds, digitKinds } = this;
    const n = text.length;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? CLASS[c] : 0;
      if (cls === 0) {
        i++;
        continue;
      }
      // A word starts at i (the character before is not a word character).
      let bits = 0;
      let j = i + 1;
      if (cls === 1) {
        // Down the trie while the word may still be a first word; then to the end of the word.
        let node = next[(c | 32) - 97];
        for (; node >= 0 && j < n; j++) {
          const d = text.charCodeAt(j);
          const k = d < 128 ? CLASS[d] : 0;
          if (k === 0) break;
          node = k === 1 ? next[node * 26 + ((d | 32) - 97)] : -1;
        }
        if (node >= 0 && (j >= n || !isWordChar(text.charCodeAt(j)))) bits = kinds[node];
      } else if (cls === 2) bits = digitKinds;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      if (bits !== 0) for (let k = 0; k < lists.length; k++) if (bits & (1 << k)) lists[k].push(i);
      i = j;
    }
    return out;
  }
}

/**
 * A sticky pattern's matches at the given starts, as the same pattern, global, would find them from
 * the start of the text: in order, none overlapping the one before. `skipTo` moves on past an offset
 * (an extractor that took more text than the match).
 */
class StickyMatches {
  private i = 0;
  private from = 0;

  constructor(
    private readonly re: RegExp,
    private readonly text: string,
    private readonly starts: readonly number[],
  ) {}

  next(): RegExpExecArray | null {
    const { re, text, starts } = this;
    while (this.i < starts.length) {
      const at = starts[this.i++];
      if (at < this.from) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        this.from = m.index + m[0].length;
        return m;
      }
    }
    return null;
  }

  skipTo(offset: number): void {
    this.from = Math.max(this.from, offset);
  }
}

/** The same interface over a global pattern scanning the whole text, when no starts are known. */
class GlobalMatches {
  constructor(
    private readonly re: RegExp,
    private readonly text: string,
  ) {
    re.lastIndex = 0;
  }

  next(): RegExpExecArray | null {
    return this.re.exec(this.text);
  }

  skipTo(offset: number): void {
    this.re.lastIndex = Math.max(this.re.lastIndex, offset);
  }
}

/** A global pattern and its sticky twin. */
export class Pattern {
  readonly sticky: RegExp;

  constructor(readonly global: RegExp) {
    this.sticky = new RegExp(global.source, `${global.flags.replace('g', '')}y`);
  }

  /** Its matches in `text`: at `starts` when given, else by scanning the whole text. */
  matches(text: string, starts: readonly number[] | undefined): { next(): RegExpExecArray | null; skipTo(offset: number): void } {
    return starts ? new StickyMatches(this.sticky, text, starts) : new GlobalMatches(this.global, text);
  }
}
