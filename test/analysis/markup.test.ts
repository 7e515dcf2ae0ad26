// Markup is blanked before scanning, offsets unchanged; claims in markdown read as in prose.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskMarkup, plainSpaces, unwrapLines } from '../../server/src/analysis/markup.ts';
import { checkAttributions, checkFigures, claimsOf } from '../helpers.ts';

describe('markup', () => {
  it('joins the lines of a hard-wrapped paragraph, keeping every offset, but not items, labels, datelines or sentence ends', () => {
    const wrapped = 'The protests spread to the capital on Tuesday, according to the\nInterior Ministry, which said 95 police officers had been injured on 4\nJanuary.';
    assert.equal(unwrapLines(wrapped), wrapped.replace(/\n/g, ' '));
    assert.equal(unwrapLines(wrapped.replace(/\n/g, '\r\n')), wrapped.replace(/\n/g, '  ')); // a CRLF's two characters as two spaces
    const kept = [
      'Ferry sinks off the southern coast of Serra, with at least 37 dead\nPORT ALBA, March 7 (Wire) - At least 37 people died.',
      'The timeline of the strike, as the union and the ministry tell it\n1 March: a gas explosion kills two miners',
      'These are the main figures that the ministry gave on Monday evening\n- 12 killed',
      'Twelve people died in the clashes in the capital on Monday night.\nPolice said more would be known.',
      'A short line\nAnother line',
      'Dock strike turns deadly in Port Valmora as state of emergency declared\n\nPORT VALMORA (10 March 2023) - Police said.',
      'Dock strike turns deadly in Port Valmora as state of emergency declared\r\n\r\nPolice said.',
    ];
    for (const text of kept) assert.equal(unwrapLines(text), text, text);
    assert.deepEqual(claimsOf(wrapped, 'attribution').map((a) => a.text), ['the\nInterior Ministry']);
    assert.deepEqual(claimsOf(wrapped, 'date').map((d) => d.text), ['Tuesday', '4\nJanuary']);
  });

  it('makes no-break and thin spaces plain, keeping every offset, but not a thousands separator', () => {
    const text = 'KARVIN, 14\u00a0October\u00a02031 (Wire) - 1,000\u00a0people; some 1\u202f200 detained.';
    assert.equal(plainSpaces(text), 'KARVIN, 14 October 2031 (Wire) - 1,000 people; some 1\u202f200 detained.');
    assert.equal(plainSpaces('plain text'), 'plain text');
    assert.deepEqual(claimsOf(text, 'figure').map((f) => f.text), ['some 1\u202f200']);
  });

  it('blanks emphasis, link brackets and targets, and URLs, keeping every offset', () => {
    const text = '**At least 40** died, *according to* the [Red Cross](https://example.org/rc) and _local_ media; see https://news.example/2026/04/03/12-killed.';
    const masked = maskMarkup(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.replace(/\s+/g, ' ').trim(), 'At least 40 died, according to the Red Cross and local media; see');
    assert.equal(maskMarkup('UN_SPExperts and snake_case stay.'), 'UN_SPExperts and snake_case stay.');
    const plain = 'Nothing to blank here.';
    assert.equal(maskMarkup(plain), plain);
  });

  it('reads claims through markdown, with the file\'s own text and offsets', () => {
    const text = '**At least 40 people** were killed, *according to* the [Red Cross](https://example.org/rc).';
    const [f] = checkFigures(text, [['At least 40', 40, null, 'killed', 'people']]);
    assert.equal(text.slice(f.start, f.end), f.text);
    checkAttributions(text, [['the [Red Cross', 'Red Cross']]);
    checkFigures('- **Killed:** 40\n- **Injured:** 120+', [['40', 40, 40, 'killed', 'people'], ['120+', 120, null, 'injured', 'people']]);
    assert.deepEqual(claimsOf('See https://news.example/2026/04/03/12-killed-in-march for more.', 'figure'), []);
  });
});

describe('footnote marks', () => {
  it('blanks a footnote mark and its number, so it is no count', () => {
    assert.equal(maskMarkup('were killed[4] and'), 'were killed    and');
    assert.equal(maskMarkup('the report[^3] on'), 'the report     on');
    assert.equal(maskMarkup('killed [12] protesters'), 'killed  12  protesters');
  });
});
