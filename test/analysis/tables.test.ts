import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { isTotalRow, tableCellAt } from '../../server/src/analysis/extractors/tableCells.ts';
import type { FigureClaim } from '../../server/src/analysis/model.ts';

const TABLE = [
  '## Key figures',
  '',
  '| Province | Dead | Police injured | Houses |',
  '|----------|-----:|:--------------:|--------|',
  '| Norra    | 31   | 12             | 400    |',
  '| Sella    | about 9 | 3           | 2 of 5 |',
  '| **Total**| **40** | **15**       | 402    |',
  '',
  'The office said 40 people died.',
].join('\n');

const figures = (text: string) => analyze(text).claims.filter((c): c is FigureClaim => c.kind === 'figure');

describe('counts in markdown tables', () => {
  it('finds the header of a cell and the label of its row', () => {
    const at = TABLE.indexOf('31');
    assert.deepEqual(tableCellAt(TABLE, at, at + 2), { header: 'Dead', rowLabel: 'Norra' });
    const total = TABLE.indexOf('**40**') + 2;
    assert.deepEqual(tableCellAt(TABLE, total, total + 2), { header: 'Dead', rowLabel: 'Total' });
    // Not a cell of its own, not in a table, the header row itself.
    const part = TABLE.indexOf('2 of 5');
    assert.equal(tableCellAt(TABLE, part, part + 1), null);
    const prose = TABLE.lastIndexOf('40');
    assert.equal(tableCellAt(TABLE, prose, prose + 2), null);
    assert.ok(isTotalRow('Total') && isTotalRow(' Overall ') && !isTotalRow('Norra'));
  });

  it('reads a cell under an outcome header as a figure: the total row a toll, the other rows parts', () => {
    assert.deepEqual(figures(TABLE).map((f) => [f.text, f.outcome, f.group, f.scope]), [
      ['31', 'killed', 'people', 'partial'], ['12', 'injured', 'security', 'partial'],
      ['about 9', 'killed', 'people', 'partial'], ['3', 'injured', 'security', 'partial'],
      ['40', 'killed', 'people', 'total'], ['15', 'injured', 'security', 'total'],
      ['40', 'killed', 'people', 'total'],
    ]);
  });

  it('leaves tables of other things alone', () => {
    const other = '| Town | Houses | Roads |\n|---|---|---|\n| Norra | 400 | 12 |\n';
    assert.deepEqual(figures(other), []);
    // A pipe that opens no table: no header, no figure.
    assert.deepEqual(figures('| 31 |\n'), []);
  });
});
