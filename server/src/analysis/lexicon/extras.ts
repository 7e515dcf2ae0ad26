// Words a user adds to the built-in lexicons (settings `corroborate.lexicon.*`).
import type { Outcome } from '../model.ts';

export interface LexiconExtras {
  /** Attribution verbs that follow their source: "affirmed". */
  attributionVerbs?: string[];
  /** Nouns for security forces: "carabinieri". */
  securityGroups?: string[];
  /** Words after a count that give its outcome: "slaughtered" → killed. */
  outcomes?: Partial<Record<Outcome, string[]>>;
}

export function isEmpty(x: LexiconExtras | undefined): boolean {
  return !x || (!x.attributionVerbs?.length && !x.securityGroups?.length && !Object.values(x.outcomes ?? {}).some((l) => l?.length));
}

/** A stable key for caching pipelines built from these extras. */
export function extrasKey(x: LexiconExtras | undefined): string {
  if (isEmpty(x)) return '';
  const sort = (l?: string[]) => [...(l ?? [])].map((w) => w.toLowerCase().trim()).filter(Boolean).sort();
  const o = x!.outcomes ?? {};
  return JSON.stringify([sort(x!.attributionVerbs), sort(x!.securityGroups), sort(o.killed), sort(o.injured), sort(o.detained), sort(o.missing)]);
}
