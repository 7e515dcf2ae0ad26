// The extension's settings, defined once. package.json's `contributes.configuration` mirrors this
// (test/lsp/settings.test.ts keeps them in sync). A bad value gets a warning naming the setting and
// its default is used; the other settings still apply.
import * as z from 'zod';
import { IsoDay } from '../io/isoDay.ts';

const Level = z.enum(['error', 'warning', 'information', 'hint', 'off', 'default']);
export type Level = z.infer<typeof Level>;

export const SETTINGS = {
  include: { schema: z.string().min(1), default: '**/*.{txt,md}', description: 'Glob (relative to the workspace folder) of the source files to read.' },
  exclude: { schema: z.array(z.string()), default: ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'], description: 'Globs of files and folders never read.' },
  referenceDate: { schema: IsoDay.nullable(), default: null as string | null, description: 'The day the sources were written (YYYY-MM-DD), for folders in which no source states its own date.' },
  maxFileSize: { schema: z.number().int().positive(), default: 10 * 1024 * 1024, description: 'Files larger than this many bytes are skipped.' },
  'diagnostics.conflict': { schema: Level, default: 'default' as Level, description: 'Severity of disagreements between sources (default: warning, or information for the majority value).' },
  'diagnostics.outlierDate': { schema: Level, default: 'default' as Level, description: 'Severity of dates far outside the folder\'s timeline.' },
  'diagnostics.weekdayMismatch': { schema: Level, default: 'default' as Level, description: 'Severity of weekdays that contradict their date.' },
  'diagnostics.unattributedFigure': { schema: Level, default: 'default' as Level, description: 'Severity of casualty figures that no source backs.' },
  'lexicon.attributionVerbs': { schema: z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words')), default: [] as string[], description: 'Extra attribution verbs ("X affirmed").' },
  'lexicon.securityGroups': { schema: z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words')), default: [] as string[], description: 'Extra nouns for security forces ("carabinieri").' },
  'lexicon.killed': { schema: z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words')), default: [] as string[], description: 'Extra words meaning killed, after the count ("12 officers were slaughtered").' },
  'lexicon.injured': { schema: z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words')), default: [] as string[], description: 'Extra words meaning injured, after the count.' },
  'lexicon.detained': { schema: z.array(z.string().regex(/^[a-z][a-z ]*$/, 'lower-case words')), default: [] as string[], description: 'Extra words meaning detained, after the count.' },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: (typeof SETTINGS)[K]['default'] extends infer D ? (D extends readonly string[] ? string[] : D) : never };

export const DEFAULT_SETTINGS = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, v.default])) as unknown as Settings;

function lookup(raw: unknown, key: string): unknown {
  let cur: unknown = raw;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Validates the `corroborate` section; returns the settings and one warning per bad value. */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const warnings: string[] = [];
  for (const [key, spec] of Object.entries(SETTINGS)) {
    const value = lookup(raw, key);
    if (value === undefined) continue;
    const r = (spec.schema as z.ZodType).safeParse(value);
    if (r.success) settings[key] = r.data;
    else warnings.push(`Setting corroborate.${key} is invalid (${r.error.issues[0].message}); using the default ${JSON.stringify(spec.default)}.`);
  }
  return { settings: settings as Settings, warnings };
}
