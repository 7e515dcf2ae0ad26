// Builds package.json's `contributes` from the code that defines it: settings (lsp/settings.ts) and
// semantic token types (features/semanticTokens.ts). `npm run sync-manifest` writes it;
// test/lsp/manifest.test.ts fails when package.json is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens.ts';
import { SETTINGS } from '../../server/src/lsp/settings.ts';

export const MANIFEST = join(__dirname, '../../package.json');

const SCOPES: Record<(typeof TOKEN_TYPES)[number], string> = {
  corroborateDate: 'constant.other.date.corroborate',
  corroborateFigure: 'constant.numeric.figure.corroborate',
  corroborateAttribution: 'entity.name.function.attribution.corroborate',
};

const MODIFIER_DESCRIPTIONS: Record<(typeof TOKEN_MODIFIERS)[number], string> = {
  conflict: 'Sources disagree on this claim',
  corroborated: 'Another source agrees with this claim',
  tagged: 'The claim carries a tag',
};

export function contributes(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(SETTINGS)) {
    const schema = z.toJSONSchema(spec.schema as z.ZodType, { unrepresentable: 'any' }) as Record<string, unknown>;
    delete schema.$schema;
    properties[`corroborate.${key}`] = { ...schema, default: spec.default, description: spec.description, scope: 'resource' };
  }
  return {
    configuration: { title: 'Corroborate', properties },
    commands: [{ command: 'corroborate.restartServer', title: 'Corroborate: Restart Language Server' }],
    semanticTokenTypes: TOKEN_TYPES.map((id) => ({ id, description: `A ${id.replace('corroborate', '').toLowerCase()} claim` })),
    semanticTokenModifiers: TOKEN_MODIFIERS.map((id) => ({ id, description: MODIFIER_DESCRIPTIONS[id] })),
    semanticTokenScopes: [{
      scopes: Object.fromEntries([
        ...TOKEN_TYPES.map((t) => [t, [SCOPES[t]]]),
        ...TOKEN_TYPES.map((t) => [`${t}.conflict`, ['invalid.illegal.conflict.corroborate', SCOPES[t]]]),
      ]),
    }],
    grammars: [
      { language: 'plaintext', scopeName: 'text.plain.corroborate', path: './syntaxes/corroborate.plaintext.tmLanguage.json' },
      { scopeName: 'corroborate.injection', path: './syntaxes/corroborate.injection.tmLanguage.json', injectTo: ['text.html.markdown'] },
    ],
  };
}

export function manifest(): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  return { ...pkg, contributes: contributes() };
}

if (require.main === module) {
  writeFileSync(MANIFEST, `${JSON.stringify(manifest(), null, 2)}\n`);
  console.log('package.json contributes updated');
}
