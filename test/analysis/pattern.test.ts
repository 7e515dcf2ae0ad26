import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alternation } from '../../server/src/analysis/lexicon/pattern.ts';

const whole = (words: string[]) => new RegExp(`^${alternation(words)}$`, 'u');

describe('alternation (word lists as a factored pattern)', () => {
  it('factors shared prefixes, in character order', () => {
    assert.equal(alternation(['stated', 'says', 'said']), '(?:s(?:a(?:id|ys)|tated))');
    assert.equal(alternation(['dozen', 'dozens']), '(?:dozens?)');
    assert.equal(alternation(['a', 'ab', 'abc']), '(?:a(?:bc?)?)');
  });
  it('matches exactly the words, and no others', () => {
    const words = ['killed', 'kill', 'kills', 'killing', 'injured', 'a few', 'a few hundred'];
    const re = whole(words);
    for (const w of words) assert.ok(re.test(w), w);
    for (const w of ['kil', 'killer', 'injure', 'a', 'a fe', 'few hundred']) assert.ok(!re.test(w), w);
  });
  it('prefers the longer word where one is a prefix of another', () => {
    assert.equal(new RegExp(alternation(['dozen', 'dozens'])).exec('dozens of')?.[0], 'dozens');
    assert.equal(new RegExp(alternation(['a few', 'a few hundred'])).exec('a few hundred people')?.[0], 'a few hundred');
  });
  it('escapes regular-expression syntax, reads a space as any white space, and ignores repeats and empty words', () => {
    const re = whole(['U.N.', '(UN)', 'a|b', 'a  few', 'a few', '', 'é𝒜']);
    for (const w of ['U.N.', '(UN)', 'a|b', 'a few', 'a \n few', 'é𝒜']) assert.ok(re.test(w), w);
    for (const w of ['UXNX', 'UN', 'a', 'b', '', 'afew']) assert.ok(!re.test(w), w);
  });
});
