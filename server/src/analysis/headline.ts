// A headline in title case capitalises its verbs: "UN Urges Release of Detainees", "Police Say 12 Killed
// in Clashes". The cues are matched in lower case, as prose writes them; so in the scan text (see
// markup.ts) a title-case first line has its cue words lowered — same length, offsets unchanged. The
// claims' texts are still cut from the file's own text. And the lines of the opening block (masthead, date,
// headline, byline) that a headline's figure and a headline's label are read from.

/** How far into the text the headline may run. */
const HEAD_CHARS = 300;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Is this line in title case: its longer words capitalised, bar one at most? */
function isTitleCase(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const m of line.matchAll(WORD)) {
    if (m[0].length < 4) continue;
    if (m[0][0] === m[0][0].toUpperCase() && m[0][0] !== m[0][0].toLowerCase()) upper++;
    else lower++;
  }
  return upper >= 3 && lower <= 1;
}

/** The scan text with the cue words of a title-case first line in lower case (the text itself when there are none). */
export function lowerHeadlineCues(scan: string, cues: ReadonlySet<string>): string {
  const start = scan.search(/\S/);
  if (start < 0 || start > HEAD_CHARS) return scan;
  const newline = scan.indexOf('\n', start);
  const end = Math.min(newline < 0 ? scan.length : newline, start + HEAD_CHARS);
  const line = scan.slice(start, end);
  if (!isTitleCase(line)) return scan;
  let out = line;
  for (const m of line.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    // Not the first word: "Says" opening a line names no source before it anyway.
    if (m.index === 0 || lower === m[0] || !cues.has(lower) || lower.length !== m[0].length) continue;
    out = out.slice(0, m.index) + lower + out.slice(m.index + lower.length);
  }
  return out === line ? scan : scan.slice(0, start) + out + scan.slice(end);
}

/** How many lines the opening block (masthead, date, headline, byline) may have, and how long a headline may be. */
const OPENING_LINES = 6;
const HEADLINE_CHARS = 200;

/**
 * The non-blank lines of the opening block, before the first line of prose (one longer than a headline,
 * or ending a sentence), at most OPENING_LINES, each ending before `before`: "The Alba Herald", "Monday,
 * March 8", "Ferry toll rises to 44". `end` is where the line's text ends (before a CR of CRLF); `next`, where the next line starts.
 */
export function openingLines(text: string, before = text.length): { start: number; end: number; next: number }[] {
  const out: { start: number; end: number; next: number }[] = [];
  for (let at = 0; at < text.length && out.length < OPENING_LINES;) {
    const nl = text.indexOf('\n', at);
    const next = nl < 0 ? text.length : nl + 1;
    const end = nl < 0 ? text.length : nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end > before) break;
    const line = text.slice(at, end).trim();
    if (line.length > HEADLINE_CHARS || /[.!?]["”’]?$/.test(line)) break;
    if (line) out.push({ start: at, end, next });
    at = next;
  }
  return out;
}
