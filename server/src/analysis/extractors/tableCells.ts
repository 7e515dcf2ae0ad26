// Counts in the cells of a markdown table whose header names the outcome:
//
//   | Province | Dead | Injured |
//   |----------|------|---------|
//   | Norra    | 31   | 120     |
//   | **Total**| **40** | **165** |
//
// A cell's header says what it counts; its row's first cell says whose count it is: a total row
// ("Total", "Overall", "All provinces") gives the toll, any other row one part of it.

/** A count standing alone in a table cell: the header of its column and the label of its row. */
export interface TableCell {
  header: string;
  rowLabel: string;
}

const TOTAL_ROW = /^(?:total|totals|overall|grand\s+total|all(?:\s+\w+)?|national(?:\s+total)?|nationwide|combined)$/i;
/** The delimiter row under a header: "|---|:---:|". */
const DELIMITER_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
/** How many rows above a cell its header may be. */
const MAX_ROWS = 60;
/** How far back a table row's opening pipe may be: a longer line is prose, and looking further back on every count of a one-line text would be quadratic. */
const MAX_ROW_CHARS = 1000;

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
};

/** A table row's cells, without the outer pipes, trimmed and without emphasis marks. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c) => c.replace(/[*_`]/g, ' ').trim());
}

const isRow = (line: string) => line.trimStart().startsWith('|');

/** Where the table row around `at` opens (its first pipe, before `at`), or -1 when `at` is on no table row. */
function rowPipe(text: string, at: number): number {
  const from = Math.max(0, at - MAX_ROW_CHARS);
  let i = at;
  while (i > from && text.charCodeAt(i - 1) !== 10) i--;
  if (i > 0 && text.charCodeAt(i - 1) !== 10) return -1;
  while (i < at && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '|' && i < at ? i : -1;
}

/** Where the line of `at` ends, or -1 when it runs on past MAX_ROW_CHARS (a line that long is prose). */
function rowEnd(text: string, at: number): number {
  const to = Math.min(text.length, at + MAX_ROW_CHARS);
  for (let i = at; i < to; i++) if (text.charCodeAt(i) === 10) return i;
  return to === text.length ? to : -1;
}

/** Does the line of `at` open with a pipe (a table row)? */
export const inTableRow = (text: string, at: number): boolean => rowPipe(text, at) >= 0;

/** Is `at` on a table's line (one that opens with a pipe, or a delimiter row)? */
export function onTableLine(text: string, at: number): boolean {
  const from = lineStart(text, at);
  const to = lineEnd(text, at);
  if (to - from > MAX_ROW_CHARS) return false;
  const line = text.slice(from, to);
  return isRow(line) || DELIMITER_ROW.test(line);
}

/** The cell the count [start, end) fills alone, with its header; null when it is not in a table body. */
export function tableCellAt(text: string, start: number, end: number): TableCell | null {
  const pipe = rowPipe(text, start);
  if (pipe < 0) return null;
  const from = lineStart(text, pipe);
  const to = rowEnd(text, end);
  if (to < 0) return null;
  const line = text.slice(from, to);
  const column = countPipes(text, pipe + 1, start);
  const row = cells(line);
  if (column >= row.length || row[column] !== text.slice(start, end).replace(/[*_`]/g, ' ').trim()) return null;
  // Up to the header: the row above the delimiter row.
  let above = from;
  for (let n = 0; n < MAX_ROWS && above > 0; n++) {
    const prevEnd = above - 1;
    const prevStart = lineStart(text, prevEnd);
    const prev = text.slice(prevStart, prevEnd).replace(/\r$/, '');
    const delimiter = DELIMITER_ROW.test(prev);
    if (!delimiter && !isRow(prev)) return null;
    if (delimiter) {
      if (prevStart === 0) return null;
      const headerEnd = prevStart - 1;
      const header = cells(text.slice(lineStart(text, headerEnd), headerEnd).replace(/\r$/, ''));
      return column < header.length ? { header: header[column], rowLabel: row[0] ?? '' } : null;
    }
    above = prevStart;
  }
  return null;
}

function countPipes(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 124) n++;
  return n;
}

/** Is this row the table's total, not one of its parts? */
export const isTotalRow = (label: string): boolean => TOTAL_ROW.test(label.trim());
