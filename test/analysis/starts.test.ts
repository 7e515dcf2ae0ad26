// The start scanner: one pass that finds where each extractor's pattern may begin. Extractors given
// its starts must find exactly what they find scanning the whole text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extract } from '../../server/src/analysis/analyze.ts';
import { AttributionExtractor } from '../../server/src/analysis/extractors/AttributionExtractor.ts';
import { COUNT_STARTS, CasualtyFigureExtractor } from '../../server/src/analysis/extractors/CasualtyFigureExtractor.ts';
import { IsoDateExtractor } from '../../server/src/analysis/extractors/IsoDateExtractor.ts';
import { DAY_DATE_STARTS, DayDateExtractor } from '../../server/src/analysis/extractors/DayDateExtractor.ts';
import { RELATIVE_STARTS, RelativeDayExtractor } from '../../server/src/analysis/extractors/RelativeDayExtractor.ts';
import { StartScanner } from '../../server/src/analysis/extractors/starts.ts';
import { TIME_STARTS, TimeExtractor } from '../../server/src/analysis/extractors/TimeExtractor.ts';
import { Occupied } from '../../server/src/analysis/extractors/types.ts';
import { WEEKDAY_STARTS, WeekdayExtractor } from '../../server/src/analysis/extractors/WeekdayExtractor.ts';
import { segment, sentenceAt } from '../../server/src/analysis/segment.ts';
import { DEV_SET, EXAMPLES, devSetAvailable } from '../helpers.ts';

const attributions = new AttributionExtractor();
const scanner = StartScanner.build({
  words: { month: DAY_DATE_STARTS, weekday: WEEKDAY_STARTS, time: TIME_STARTS, relative: RELATIVE_STARTS, count: COUNT_STARTS, cue: attributions.starts },
  digits: ['time', 'count', 'iso'],
})!;

/** Texts where word boundaries are easy to get wrong. */
const TRICKY = [
  'COVID-19 and COVID19 killed 5,000; 3.5 million were injured on Jan. 5, 2022 at 12:15 a.m., police said.',
  'Said_5 said. “Twelve officers were killed,” said Mara Lind; twenty-five others were hurt on Mondays and on Monday.',
  'The café’s owner said 9 people died; élu said thousands were detained between 3 and 5:30 p.m. the following day.',
  'According to the ministry, dozens of protesters and 12 officers died. the day before, a few were arrested; today, scores.',
  'x5 May5 _May May-day 2May Marching in March, the JANUARY 4 and 6 clashes; midnight;noon,midday. Yesterday Tomorrow',
  'Filed 2024-03-20; ref 2024-03-20-7, x2024-02-30 and 2023-02-29 are not dates, (2022-01-05) is.',
];

function corpusTexts(): string[] {
  const texts = [...TRICKY];
  for (const f of readdirSync(EXAMPLES)) if (f.endsWith('.txt') || f.endsWith('.md')) texts.push(readFileSync(join(EXAMPLES, f), 'utf8'));
  if (devSetAvailable()) for (const f of readdirSync(DEV_SET)) if (f.endsWith('.txt')) texts.push(readFileSync(join(DEV_SET, f), 'utf8'));
  return texts;
}

describe('start scanner', () => {
  it('finds first words at word boundaries only, in any case, and digit runs', () => {
    const text = 'Said x5 said5 5 5x _said “said” SAID According to';
    const s = scanner.scan(text);
    assert.deepEqual(s.cue, [0, 26, 32, 37]);
    assert.deepEqual(s.count, [14, 16]);
    assert.deepEqual(s.time, [14, 16]);
  });

  it('gives every extractor the matches it finds scanning the whole text', () => {
    for (const text of corpusTexts()) {
      const starts = scanner.scan(text);
      for (const ex of [new IsoDateExtractor(), new DayDateExtractor(), new TimeExtractor(), new RelativeDayExtractor(), new WeekdayExtractor()]) {
        assert.deepEqual(ex.extract(text, starts), ex.extract(text), `${ex.name} on ${text.slice(0, 60)}`);
      }
      const { sentences } = segment(text);
      const sentenceOf = (o: number) => sentences[sentenceAt(sentences, o)] ?? { start: 0, end: text.length };
      const figures = new CasualtyFigureExtractor();
      assert.deepEqual(figures.extract(text, new Occupied(), sentenceOf, starts), figures.extract(text, new Occupied(), sentenceOf), text.slice(0, 60));
      assert.deepEqual(attributions.extract(text, sentenceOf, starts), attributions.extract(text, sentenceOf), text.slice(0, 60));
    }
  });

  it('steps aside when an extra word is not plain ASCII, and the extra word still works', () => {
    assert.equal(StartScanner.build({ words: { cue: ['declaró'] }, digits: [] }), null);
    const ex = extract('Ana Ruiz declaró que 12 policías murieron.', { attributionVerbs: ['declaró'] });
    assert.deepEqual(ex.attributions.map((a) => a.mention), ['Ana Ruiz']);
  });
});
