import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/lsp/settings.ts';
import { ROOT } from '../helpers.ts';
import { contributes } from '../tools/manifest.ts';

describe('manifest and settings', () => {
  it('package.json contributes what the code defines (run `npm run sync-manifest` after a change)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes, JSON.parse(JSON.stringify(contributes())));
    assert.equal(pkg.main, './dist/client.js');
    assert.match(pkg.engines.vscode, /^\^1\.(\d+)\./);
    assert.ok(Number(/^\^1\.(\d+)/.exec(pkg.engines.vscode)![1]) <= 100, 'code-server 4.100 ships VS Code 1.100');
  });

  it('validates settings one by one, keeping defaults for bad values', () => {
    const { settings, warnings } = parseSettings({ include: '**/*.txt', maxFileSize: 'big', diagnostics: { conflict: 'off', outlierDate: 'loud' }, referenceDate: '2022-1-1' });
    assert.equal(settings.include, '**/*.txt');
    assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.equal(settings['diagnostics.conflict'], 'off');
    assert.equal(settings['diagnostics.outlierDate'], 'default');
    assert.equal(settings.referenceDate, null);
    assert.equal(warnings.length, 3);
    assert.match(parseSettings({ referenceDate: '2022-13-45' }).warnings[0] ?? '', /corroborate\.referenceDate is invalid \(no such day/);
    assert.equal(parseSettings({ referenceDate: '2024-02-29' }).settings.referenceDate, '2024-02-29');
    assert.ok(warnings.every((w) => /^Setting corroborate\.\S+ is invalid/.test(w)));
  });

  it('has TextMate grammars whose patterns colour dates, figures and attribution verbs', () => {
    const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes/corroborate.plaintext.tmLanguage.json'), 'utf8'));
    const match = (section: string, text: string) => grammar.repository[section].patterns.some((p: { match: string }) => new RegExp(p.match.replace(/^\(\?i\)/, ''), p.match.startsWith('(?i)') ? 'i' : '').test(text));
    assert.ok(match('date', 'on Wednesday, Jan. 5, 2022'));
    assert.ok(match('date', 'since 2 January'));
    assert.ok(match('date', 'at 12:15 a.m.'));
    assert.ok(match('date', 'filed 2024-03-20.'));
    assert.ok(!match('date', 'case 2024-13-20'));
    assert.ok(match('figure', '12 police officers were killed'));
    assert.ok(match('attribution', 'Bachelet said'));
    assert.ok(!match('date', 'They march on.'));
    const injection = JSON.parse(readFileSync(join(ROOT, 'syntaxes/corroborate.injection.tmLanguage.json'), 'utf8'));
    assert.match(injection.injectionSelector, /text\.html\.markdown/);
  });
});
