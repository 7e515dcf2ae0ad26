// Offsets ↔ LSP positions: the one place the server converts them (through analysis/lines.ts).
import type { Position, Range } from 'vscode-languageserver';
import type { Workspace } from './workspace.ts';

export function toRange(ws: Workspace, uri: string, start: number, end: number): Range {
  const lines = ws.lines(uri);
  if (!lines) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: lines.position(start), end: lines.position(end) };
}

export function toOffset(ws: Workspace, uri: string, position: Position): number | null {
  const lines = ws.lines(uri);
  return lines ? lines.offset(position.line, position.character) : null;
}
