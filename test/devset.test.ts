// Quality on the dev set (../shared/corpus/kazakhstan-2022), through the CLI's JSON, with the eval scorer.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { score, type Gold, type Report } from './eval/score.ts';
import { DEV_SET, ROOT, devSetAvailable } from './helpers.ts';

describe('dev set', { skip: devSetAvailable() ? false : 'no ../shared/corpus/kazakhstan-2022' }, () => {
  const gold = JSON.parse(readFileSync(join(DEV_SET, 'gold.json'), 'utf8')) as Gold;
  const files = Object.keys(gold.documents);
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(DEV_SET, f), 'utf8')]));
  const out = execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', ...files.map((f) => join(DEV_SET, f))]);
  const s = score(gold, JSON.parse(out.toString()) as Report, texts);

  it('meets the extraction targets', () => {
    assert.ok(s.dates.f1 >= 0.9, `dates F1 ${s.dates.f1}`);
    assert.ok(s.dates.valueAccuracy >= 0.9, `dates value accuracy ${s.dates.valueAccuracy}`);
    assert.ok(s.figures.f1 >= 0.85, `figures F1 ${s.figures.f1}`);
    assert.ok(s.attributions.f1 >= 0.8, `attributions F1 ${s.attributions.f1}`);
  });

  it('catches at least 6 of the 8 conflicts with no false alarm', () => {
    assert.ok(s.conflicts.caught >= 6, `caught ${s.conflicts.caught}: ${JSON.stringify(s.conflicts.names)}`);
    assert.deepEqual(s.falseAlarms.details, []);
  });
});

describe('scorer', () => {
  it('matches one-to-one by overlap and compares agents loosely', async () => {
    const { sameAgent, locate } = await import('./eval/score.ts');
    assert.ok(sameAgent('the Kazakh Interior Ministry', 'Kazakh Interior Ministry'));
    assert.ok(!sameAgent('Jonathan Pedneault', 'female protester witness'));
    assert.deepEqual(locate('a b a b', 'b', 1), { start: 6, end: 7 });
  });
});
