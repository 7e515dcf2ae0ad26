// No text makes the analysis throw. The rules index tokens around a match ("the word before the
// cue"), and an index past the text's edge or a repeated word is where they go wrong: so every word
// of the lexicons is analysed alone, doubled, tripled, and next to the words the rules look for.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import * as attribution from '../../server/src/analysis/lexicon/attribution.ts';
import * as calendar from '../../server/src/analysis/lexicon/calendar.ts';
import * as casualties from '../../server/src/analysis/lexicon/casualties.ts';
import * as events from '../../server/src/analysis/lexicon/events.ts';
import * as numbers from '../../server/src/analysis/lexicon/numbers.ts';
import { DEV_SET, EXAMPLES, devSetAvailable } from '../helpers.ts';

const VOCABULARY = [...new Set<string>([
  ...attribution.CUES_AFTER_SOURCE, ...attribution.CUES_BEFORE_SOURCE, ...attribution.SOURCE_NOUNS, ...attribution.DETERMINERS,
  ...Object.keys(attribution.PRONOUNS), ...Object.keys(attribution.OBJECT_PRONOUNS),
  ...Object.keys(casualties.OUTCOME_AFTER), ...Object.keys(casualties.OUTCOME_NOUNS), ...Object.keys(casualties.OUTCOME_BEFORE), ...Object.keys(casualties.GROUP_NOUNS),
  ...Object.keys(numbers.HEDGES), ...Object.keys(numbers.VAGUE), ...Object.keys(numbers.UNITS),
  ...calendar.MONTH_WORDS, ...calendar.WEEKDAY_WORDS, ...Object.keys(events.PHASE_WORDS),
  'according to', 'to', 'of', 'and', 'the', '12', '1,000', '5:30', 'p.m.', '2022', 'Mara Lind', 'Interior Ministry',
  ',', '.', '(', ')', '“', '”', '"', "'s", '-', '–', ':', ';', '\n\n',
])];
const NEIGHBOURS = ['to', 'of', 'the', 'said', '12', 'January', ',', '.', 'according to', 'he'];

function failures(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const text of texts) {
    try {
      analyze(text, { folderReference: '2022-01-05' });
    } catch (e) {
      out.push(`${JSON.stringify(text)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return out;
}

/** The text as a mail or a PDF copy has it: every paragraph line longer than `width` broken at spaces (list items and table rows stay). */
function wrap(text: string, width: number): string {
  return text.split('\n').map((line) => {
    if (line.length <= width || /^\s*[#|*-]/.test(line)) return line;
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current].join('\n');
  }).join('\n');
}

function* shapes(): Generator<string> {
  for (const w of VOCABULARY) {
    yield* [w, `${w} ${w}`, `${w} ${w} ${w}.`, `${w},`, `(${w})`, `The ${w}`];
    for (const n of NEIGHBOURS) yield* [`${w} ${n}`, `${n} ${w}`];
  }
}

describe('robustness of the analysis', () => {
  it('analyses every lexicon word alone, repeated and beside the words the rules look for, without throwing', () => {
    assert.ok(VOCABULARY.length > 500, 'the lexicons are all in');
    assert.deepEqual(failures(shapes()), []);
  });

  it('reads a CRLF text, one spaced with no-break spaces, or one hard-wrapped at 72 or 78 columns as the plain text: the same claims, values and backers', () => {
    const view = (text: string) => analyze(text, { folderReference: '2022-01-05' }).claims.map((c) => [
      c.kind, c.text.replace(/\r/g, '').replace(/\u00a0/g, ' ').replace(/\n/g, ' '),
      c.kind === 'date' ? c.value : c.kind === 'figure' ? `${c.min} ${c.outcome} ${c.group} ${c.scope} ${c.attribution}` : c.source,
    ].join(' | '));
    const dirs = devSetAvailable() ? [EXAMPLES, DEV_SET] : [EXAMPLES];
    let files = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => /\.(txt|md)$/.test(x))) {
        const text = readFileSync(join(dir, f), 'utf8');
        const plain = view(text);
        assert.deepEqual(view(text.replace(/\n/g, '\r\n')), plain, `${f} with CRLF`);
        assert.deepEqual(view(text.replace(/ /g, '\u00a0')), plain, `${f} with no-break spaces`);
        for (const width of [72, 78]) assert.deepEqual(view(wrap(text, width)), plain, `${f} wrapped at ${width}`);
        files++;
      }
    }
    assert.ok(files >= 5);
  });

  it('reads a doubled word after a cue ("according to to the ministry") as text, not as a source', () => {
    const claims = analyze('Police said 12 people were killed, according to to the Interior Ministry.').claims;
    assert.deepEqual(claims.filter((c) => c.kind === 'attribution').map((c) => c.text), ['Police']);
    assert.deepEqual(claims.filter((c) => c.kind === 'figure').map((c) => c.text), ['12']);
  });
});
