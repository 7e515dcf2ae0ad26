import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze.ts';
import { quoteAt, reanchor } from '../../server/src/tags/anchor.ts';
import { parseTagFile } from '../../server/src/tags/schema.ts';
import { TagStore } from '../../server/src/tags/store.ts';
import { tempDir } from '../helpers.ts';

const TEXT = 'Report.\n\n12 police officers were killed, the ministry said. Later 19 were injured.';

describe('re-anchoring', () => {
  const q = quoteAt(TEXT, TEXT.indexOf('12'), TEXT.indexOf('12') + 2);

  it('keeps the position while the quote is still there', () => {
    assert.deepEqual(reanchor(TEXT, q, []), { start: q.start, end: q.end, how: 'position' });
  });

  it('follows the quote and its context after an edit above it', () => {
    const edited = `A new first line with 12 in it.\n${TEXT}`;
    const p = reanchor(edited, q, analyze(edited).claims)!;
    assert.equal(p.how, 'quote');
    assert.equal(p.start, edited.indexOf('12 police'));
  });

  it('finds the claim fuzzily when its words changed, and gives up when the context is gone', () => {
    const edited = TEXT.replace('12 police', '14 police');
    const p = reanchor(edited, q, analyze(edited).claims)!;
    assert.equal(p.how, 'fuzzy');
    assert.equal(edited.slice(p.start, p.end), '14');
    const rewritten = 'Entirely different text about the weather on Monday.';
    assert.equal(reanchor(rewritten, q, analyze(rewritten).claims), null);
  });
});

describe('tag store', () => {
  it('writes a stable, schema-valid file atomically and reads it back', () => {
    const dir = tempDir('corroborate-tags-');
    const store = new TagStore(dir);
    assert.equal(store.load(), null);
    const now = new Date('2026-01-02T03:04:05Z');
    assert.ok(store.tag('b.txt', 'figure', quoteAt(TEXT, 9, 11), 'disputed', 'two counts differ', now));
    assert.ok(store.tag('a.txt', 'date', quoteAt(TEXT, 0, 6), 'verified', undefined, now));
    const text = readFileSync(join(dir, '.corroborate/tags.json'), 'utf8');
    assert.ok(parseTagFile(text).ok);
    const file = JSON.parse(text);
    assert.deepEqual(file.annotations.map((a: { target: { source: string } }) => a.target.source), ['a.txt', 'b.txt'], 'sorted by source');
    assert.deepEqual(Object.keys(file.annotations[0]), ['id', 'type', 'motivation', 'created', 'modified', 'body', 'target']);
    assert.equal(file.annotations[1].body.note, 'two counts differ');
    assert.deepEqual(readdirSync(join(dir, '.corroborate')), ['tags.json'], 'no temporary file left');
    const again = new TagStore(dir);
    assert.equal(again.load(), null);
    assert.equal(again.annotationsFor('b.txt')[0].body.value, 'disputed');
    assert.ok(again.untag(again.annotationsFor('b.txt')[0].id));
    assert.equal(new TagStore(dir).load() ?? 'ok', 'ok');
  });

  it('refuses to touch a corrupt or invalid file, with a message naming it', () => {
    const dir = tempDir('corroborate-tags-');
    mkdirSync(join(dir, '.corroborate'));
    const path = join(dir, '.corroborate/tags.json');
    for (const bad of ['{ not json', '{"version": 2, "annotations": []}', '{"version": 1, "annotations": [{"id": "x"}]}']) {
      writeFileSync(path, bad);
      const store = new TagStore(dir);
      const error = store.load();
      assert.match(error!, /tags\.json is not a valid tag file/);
      assert.equal(store.writable, false);
      assert.equal(store.tag('a.txt', 'date', quoteAt(TEXT, 0, 6), 'verified'), false);
      assert.equal(readFileSync(path, 'utf8'), bad);
    }
  });

  it('remembers reviewed disagreements until the values change', () => {
    const dir = tempDir('corroborate-tags-');
    const store = new TagStore(dir);
    store.load();
    store.markReviewed('date:strike began', ['b', 'a']);
    assert.ok(store.isReviewed('date:strike began', () => ['a', 'b']));
    assert.ok(!store.isReviewed('date:strike began', () => ['a', 'b', 'c']));
  });
});
