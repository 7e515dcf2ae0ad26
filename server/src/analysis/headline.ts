// A headline in title case capitalises its verbs: "UN Urges Release of Detainees", "Police Say 12 Killed
// in Clashes". The cues are matched in lower case, as prose writes them; so in the scan text (see
// markup.ts) a title-case first line has its cue words lowered — same length, offsets unchanged. The
// claims' texts are still cut from the file's own text.

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
