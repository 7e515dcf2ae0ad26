// Command-line arguments, validated with zod.
import * as z from 'zod';
import { IsoDay } from './io/isoDay.ts';

export const USAGE = `Usage: corroborate check <files or folders...> [options]

Checks a folder of sources (.txt, .md) for claims — dates, casualty figures, attributions —
and for where the sources disagree.

Options:
  --format human|json      output format (default: human)
  --max-warnings N         exit with 1 when there are more than N warnings
  --reference-date DATE    YYYY-MM-DD: the day undated sources were written, when none says
  --max-file-size BYTES    skip larger files (default: 10485760)
  -h, --help               show this help
  -v, --version            show the version
`;

export const CheckOptions = z.object({
  command: z.literal('check'),
  paths: z.array(z.string()).min(1, 'check needs at least one file or folder'),
  format: z.enum(['human', 'json']).default('human'),
  maxWarnings: z.coerce.number().int().nonnegative().optional(),
  referenceDate: IsoDay.nullable().default(null),
  maxFileSize: z.coerce.number().int().positive().optional(),
});
export type CheckOptions = z.infer<typeof CheckOptions>;

type Parsed = CheckOptions | { command: 'help' } | { command: 'version' } | { error: string };

const FLAGS: Record<string, keyof CheckOptions> = {
  '--format': 'format', '--max-warnings': 'maxWarnings', '--reference-date': 'referenceDate', '--max-file-size': 'maxFileSize',
};

export function parseCliArgs(argv: string[]): Parsed {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) return { command: 'help' };
  if (argv.includes('-v') || argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command !== 'check') return { error: `unknown command '${command}'` };
  const raw: Record<string, unknown> = { command, paths: [] as string[] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag in FLAGS) {
      const value = inline ?? rest[++i];
      if (value === undefined) return { error: `${flag} needs a value` };
      raw[FLAGS[flag]] = value;
    } else if (a.startsWith('-') && a !== '-') {
      return { error: `unknown option '${a}'` };
    } else {
      (raw.paths as string[]).push(a);
    }
  }
  const r = CheckOptions.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const name = issue.path.length ? Object.entries(FLAGS).find(([, v]) => v === issue.path[0])?.[0] ?? String(issue.path[0]) : '';
    return { error: `${name ? `${name}: ` : ''}${issue.message}` };
  }
  return r.data;
}
