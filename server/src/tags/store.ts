// The tag store of one workspace folder: reads and writes `.corroborate/tags.json`.
// Writes are atomic (a temporary file, then a rename). A file that is corrupt or fails the schema is
// never overwritten: the store reports the problem and refuses changes until the file is fixed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyTagFile, parseTagFile, serializeTagFile, type Annotation, type Tag, type TagFile } from './schema.ts';
import type { Quote } from './anchor.ts';

export const TAGS_PATH = join('.corroborate', 'tags.json');

export type StoreState = { status: 'ok'; file: TagFile } | { status: 'missing'; file: TagFile } | { status: 'corrupt'; error: string };

export class TagStore {
  readonly path: string;
  state: StoreState = { status: 'missing', file: emptyTagFile() };

  constructor(readonly folder: string) {
    this.path = join(folder, TAGS_PATH);
  }

  /** (Re)reads the file. Returns the error message when it is corrupt. */
  load(): string | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        this.state = { status: 'missing', file: emptyTagFile() };
        return null;
      }
      this.state = { status: 'corrupt', error: `cannot read ${this.path}: ${(e as Error).message}` };
      return this.state.error;
    }
    const r = parseTagFile(text.replace(/^\uFEFF/, ''));
    if (!r.ok) {
      this.state = { status: 'corrupt', error: `${this.path} is not a valid tag file: ${r.error}. Tagging is disabled for this folder until it is fixed; the file will not be overwritten.` };
      return this.state.error;
    }
    this.state = { status: 'ok', file: r.file };
    return null;
  }

  get writable(): boolean {
    return this.state.status !== 'corrupt';
  }

  get file(): TagFile | null {
    return this.state.status === 'corrupt' ? null : this.state.file;
  }

  annotationsFor(source: string): Annotation[] {
    return this.file?.annotations.filter((a) => a.target.source === source) ?? [];
  }

  /** Tags (or re-tags) the claim at `quote`; returns false when the file is corrupt. */
  tag(source: string, kind: Annotation['target']['kind'], quote: Quote, tag: Tag, note?: string, now = new Date()): boolean {
    const file = this.file;
    if (!file) return false;
    const stamp = now.toISOString();
    const existing = file.annotations.find((a) => a.target.source === source && a.target.selector[1].start === quote.start && a.target.selector[1].end === quote.end);
    if (existing) {
      existing.body = { type: 'TextualBody', purpose: 'tagging', value: tag, ...(note ? { note } : {}) };
      existing.modified = stamp;
      existing.target.selector = selectors(quote);
    } else {
      file.annotations.push({
        id: `urn:corroborate:${createHash('sha256').update(`${source}\u0000${quote.start}\u0000${quote.exact}\u0000${stamp}`).digest('hex').slice(0, 16)}`,
        type: 'Annotation', motivation: 'assessing', created: stamp, modified: stamp,
        body: { type: 'TextualBody', purpose: 'tagging', value: tag, ...(note ? { note } : {}) },
        target: { source, kind, selector: selectors(quote) },
      });
    }
    return this.save();
  }

  untag(id: string): boolean {
    const file = this.file;
    if (!file) return false;
    file.annotations = file.annotations.filter((a) => a.id !== id);
    return this.save();
  }

  markReviewed(fact: string, values: string[], now = new Date()): boolean {
    const file = this.file;
    if (!file) return false;
    file.reviewed = file.reviewed.filter((r) => r.fact !== fact);
    file.reviewed.push({ fact, values: [...values].sort(), created: now.toISOString() });
    return this.save();
  }

  /** Is the disagreement on `fact`, with exactly these values, marked as reviewed? */
  /** Was this fact marked as reviewed with exactly these values? `values` is asked for only when it was. */
  isReviewed(fact: string, values: () => string[]): boolean {
    const r = this.file?.reviewed.find((x) => x.fact === fact);
    if (!r) return false;
    const a = [...values()].sort();
    return r.values.length === a.length && r.values.every((v, i) => v === a[i]);
  }

  /** Updates the stored positions of re-anchored annotations (written with the next change). */
  move(id: string, quote: Quote): void {
    const a = this.file?.annotations.find((x) => x.id === id);
    if (a) a.target.selector = selectors(quote);
  }

  private save(): boolean {
    if (this.state.status === 'corrupt') return false;
    const data = serializeTagFile(this.state.file);
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, this.path);
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing to clean up
      }
      throw e;
    }
    this.state = { status: 'ok', file: this.state.file };
    return true;
  }
}

function selectors(q: Quote): Annotation['target']['selector'] {
  return [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    { type: 'TextPositionSelector', start: q.start, end: q.end },
  ];
}
