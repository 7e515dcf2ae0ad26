// The examples/ folder is the README demo: every deliberate disagreement must show, and nothing else.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Corpus } from '../server/src/corpus/corpus.ts';
import { EXAMPLES, readExample } from './helpers.ts';

describe('examples', () => {
  const corpus = new Corpus();
  for (const f of readdirSync(EXAMPLES).filter((f) => /\.(txt|md)$/.test(f))) corpus.set(f, readExample(f));
  const all = corpus.keys().flatMap((k) => corpus.diagnostics(k).map((d) => ({ ...d, file: k, text: corpus.get(k)!.text.slice(d.start, d.end) })));
  const find = (code: string, file: string, text: string) => all.find((d) => d.code === code && d.file === file && d.text === text);

  it('shows each deliberate disagreement', () => {
    assert.ok(find('conflict', 'harbour-gazette.md', '5 March'), 'strike start date');
    assert.ok(find('conflict', 'harbour-gazette.md', 'March 8'), 'state of emergency date');
    assert.ok(find('conflict', 'rights-monitor-report.md', 'Four'), 'police killed: 4 vs 3');
    assert.ok(find('conflict', 'rights-monitor-report.md', 'Hundreds'), 'detained: hundreds vs 1,200');
    assert.match(find('conflict', 'liveblog.txt', 'nine')!.message, /probably an updated toll/);
    assert.ok(find('outlier-date', 'liveblog.txt', 'August 9'));
    assert.ok(find('weekday-mismatch', 'harbour-gazette.md', 'Thursday, March 8, 2023'));
    assert.ok(find('unattributed-figure', 'harbour-gazette.md', 'Almost 300'));
  });

  it('raises no conflict where the sources agree', () => {
    const injured = all.filter((d) => d.code === 'conflict' && /injured/.test(d.message));
    assert.deepEqual(injured, [], 'nearly 300 / almost 300 / some 300 agree');
    const incident = all.filter((d) => d.code === 'conflict' && d.text === 'five');
    assert.deepEqual(incident, [], 'an incident count from footage is not the toll');
  });

  it('is the folder the README runs', () => {
    assert.equal(readdirSync(EXAMPLES).filter((f) => /\.(txt|md)$/.test(f)).length, 5);
    assert.ok(join(EXAMPLES).endsWith('examples'));
  });
});
