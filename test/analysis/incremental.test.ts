// Re-extraction after an edit scans only the sentences around the change; it must find exactly what a
// full extraction finds. Random edits of real and sample texts (also run together into one paragraph),
// chained, compared with full extractions.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extract, extractEdited, type Extraction } from '../../server/src/analysis/analyze.ts';
import { DEV_SET, EXAMPLES, devSetAvailable } from '../helpers.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const INSERTS = [
  ' Police said 12 officers were killed on March 5.', '\n\nOn Tuesday, the ministry said 300 people were detained.\n',
  ' nearly', '\n', ' according to the Interior Ministry', '5 ', ' January 4 and 6,', '“We saw it,” she said. ',
  '. ', '. The', ' p.m.', ' between 10 and', ' to 15', ', possibly hundreds,',
  '**', '_', '[', '](https://example.org/2026/04/03/12-killed)', ' https://example.org/5-dead ',
  'Blast kills 9\n', ' 7 died in the blast.', ' A blast killed 3 people.',
  '\nSource: Interior Ministry.\n', ' 41 (Source: the health ministry)', ' on the 12th,',
  '\nSPOKESPERSON: Twelve people died.\n', '\nMr. Dosk: We', ' minister: ',
];

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  switch (Math.floor(random() * 4)) {
    case 0: return text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)] + text.slice(at);
    case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 80)));
    case 2: return text.slice(0, at) + text.slice(at).replace(/\d/, (d) => String((Number(d) + 1) % 10));
    default: return text.slice(0, at) + text.slice(at).replace(/\n/, ' ');
  }
}

function texts(): string[] {
  const out = readdirSync(EXAMPLES).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
  if (devSetAvailable()) out.push(...readdirSync(DEV_SET).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(DEV_SET, f), 'utf8')));
  out.push(TABLE_SOURCE);
  // The same texts as one long paragraph each, as sources without blank lines are.
  return [...out, ...out.map((t) => t.replace(/\s*\n\s*/g, ' '))];
}

/** A situation report with a long table: its header gives meaning to cells far below it. */
const TABLE_SOURCE = [
  'Flood situation report, 14 August 2025',
  '',
  'Heavy rain began on 11 August, the disaster office said. '.repeat(12),
  '',
  '| Province | Dead | Injured | Missing |',
  '|----------|------|---------|---------|',
  ...Array.from({ length: 40 }, (_, i) => `| District ${i + 1} | ${i % 7} | ${(i * 3) % 11} | ${i % 3} |`),
  '| Total | 120 | 163 | 39 |',
  '',
  'Officials said 120 people had died.',
].join('\n');

describe('extractEdited', () => {
  it('finds exactly what a full extraction finds, edit after edit', () => {
    const random = rng(42);
    let compared = 0;
    for (const original of texts()) {
      let text = original;
      let previous: Extraction = extract(text);
      for (let i = 0; i < 25; i++) {
        text = edit(text, random);
        const edited = extractEdited(previous, text);
        assert.deepEqual(edited, extract(text), `edit ${i} of a text starting ${JSON.stringify(original.slice(0, 40))}`);
        previous = edited;
        compared++;
      }
    }
    assert.ok(compared >= 200);
  });

  it('reads a table again when its header changes, however far below the cells are', () => {
    const renamed = TABLE_SOURCE.replace('| Dead |', '| Homes |');
    const edited = extractEdited(extract(TABLE_SOURCE), renamed);
    assert.deepEqual(edited, extract(renamed));
    assert.ok(extract(TABLE_SOURCE).figures.length > edited.figures.length);
  });

  it('reads a headline\'s label again when the headline changes, and keeps it through edits below', () => {
    const body = '\n\nClashes erupted on Monday. '.repeat(3) + 'Police said 12 people were killed in the clashes, and 40 were hurt.';
    const a = `Police: 12 killed in clashes${body}`;
    for (const b of [`UK: 12 killed in clashes${body}`, `12 killed in clashes - police${body}`, a.replace('40 were', '41 were'), `${a} Witnesses said 4 died.`]) {
      const edited = extractEdited(extract(a), b);
      assert.deepEqual(edited, extract(b), b.slice(0, 40));
    }
    const labels = (e: Extraction) => e.attributions.filter((x) => x.cue === ':' || x.cue === '-').map((x) => x.mention);
    assert.deepEqual(labels(extract(a)), ['Police']);
    assert.deepEqual(labels(extractEdited(extract(a), `UK: 12 killed in clashes${body}`)), []);
  });

  it('handles edits at the very start and end, and replacing everything', () => {
    const a = 'Police said 12 officers were killed on March 5.\n\nThe ministry said 300 were detained.';
    for (const b of ['On Monday, ' + a, a + ' Witnesses said 4 died.', 'Nothing here.', '', a.replace('12', '13'), a]) {
      assert.deepEqual(extractEdited(extract(a), b), extract(b), b);
    }
  });
});
