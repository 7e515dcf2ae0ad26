// The claim-tag file, `.corroborate/tags.json`: one annotation per tagged claim, shaped after the W3C
// Web Annotation model (a body with the tag, a target with a quote selector and a position selector),
// plus the disagreements a team marked as reviewed. Written pretty-printed in a stable order.
import * as z from 'zod';

export const TAGS = ['verified', 'disputed', 'unverified', 'needs-source'] as const;
export const Tag = z.enum(TAGS);
export type Tag = z.infer<typeof Tag>;

export const TAG_LABELS: Record<Tag, string> = {
  verified: 'verified', disputed: 'disputed', unverified: 'unverified', 'needs-source': 'needs source',
};

export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const Annotation = z.object({
  id: z.string().min(1),
  type: z.literal('Annotation'),
  motivation: z.literal('assessing'),
  created: z.string().datetime(),
  modified: z.string().datetime(),
  body: z.object({
    type: z.literal('TextualBody'),
    purpose: z.literal('tagging'),
    value: Tag,
    note: z.string().optional(),
  }),
  target: z.object({
    /** The source file, relative to the workspace folder, with forward slashes. */
    source: z.string().min(1),
    /** The claim kind, for readers of the file. */
    kind: z.enum(['date', 'figure', 'attribution']).optional(),
    selector: z.tuple([TextQuoteSelector, TextPositionSelector]),
  }),
});
export type Annotation = z.infer<typeof Annotation>;

export const Reviewed = z.object({
  /** The fact id, as in `corroborate check --format json`. */
  fact: z.string().min(1),
  /** The distinct values the sources gave when the disagreement was reviewed. */
  values: z.array(z.string()),
  created: z.string().datetime(),
});
export type Reviewed = z.infer<typeof Reviewed>;

export const TagFile = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld').optional(),
  version: z.literal(1),
  annotations: z.array(Annotation),
  reviewed: z.array(Reviewed).default([]),
});
export type TagFile = z.infer<typeof TagFile>;

export function emptyTagFile(): TagFile {
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', version: 1, annotations: [], reviewed: [] };
}

/** Serialises with a fixed key order and sorted entries, so that diffs stay small. */
export function serializeTagFile(file: TagFile): string {
  const annotations = [...file.annotations]
    .sort((a, b) => (a.target.source < b.target.source ? -1 : a.target.source > b.target.source ? 1 : a.target.selector[1].start - b.target.selector[1].start || (a.id < b.id ? -1 : 1)))
    .map((a) => ({
      id: a.id, type: a.type, motivation: a.motivation, created: a.created, modified: a.modified,
      body: { type: a.body.type, purpose: a.body.purpose, value: a.body.value, ...(a.body.note ? { note: a.body.note } : {}) },
      target: {
        source: a.target.source, ...(a.target.kind ? { kind: a.target.kind } : {}),
        selector: [
          { type: 'TextQuoteSelector', exact: a.target.selector[0].exact, prefix: a.target.selector[0].prefix, suffix: a.target.selector[0].suffix },
          { type: 'TextPositionSelector', start: a.target.selector[1].start, end: a.target.selector[1].end },
        ],
      },
    }));
  const reviewed = [...file.reviewed].sort((a, b) => (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0))
    .map((r) => ({ fact: r.fact, values: [...r.values].sort(), created: r.created }));
  return `${JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', version: 1, annotations, reviewed }, null, 2)}\n`;
}

/** Parses a tag file's text; a clear message on failure. */
export function parseTagFile(text: string): { ok: true; file: TagFile } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  const r = TagFile.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message}` };
  }
  return { ok: true, file: r.data };
}
