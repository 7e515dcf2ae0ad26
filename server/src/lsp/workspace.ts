// The server's view of the workspace: one corpus and one tag store per workspace folder (multi-root
// workspaces are separate corpora), the files of each folder on disk, and the open documents, whose
// unsaved text replaces their file's. Indexing runs in time slices and yields between them, so that hover
// and typing are served while it runs.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Minimatch } from 'minimatch';
import { URI } from 'vscode-uri';
import { LineIndex } from '../analysis/lines.ts';
import type { Claim } from '../analysis/model.ts';
import { extrasKey, type LexiconExtras } from '../analysis/lexicon/extras.ts';
import { Corpus } from '../corpus/corpus.ts';
import type { DiagnosticCode } from '../corpus/diagnostics.ts';
import { readSource } from '../io/readSource.ts';
import { reanchor, type Placement } from '../tags/anchor.ts';
import type { Annotation } from '../tags/schema.ts';
import { TagStore, TAGS_PATH } from '../tags/store.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

/**
 * How long indexing works before it yields to hover and typing. A slice, not a count of files: the
 * first files are analysed while the code is still cold, and one file may be large.
 */
const SLICE_MS = 8;
/**
 * Turns of the event loop given away after each slice. One request takes several (the reader, the
 * handler, each awaited write of the reply and of progress before it), and a slice ran in every
 * turn: with one turn a hover waited 30-60 ms behind indexing, with four 2-20 ms.
 */
const TURNS = 4;

export interface Logger {
  log(message: string): void;
  error(message: string): void;
}

export interface PlacedTag {
  annotation: Annotation;
  start: number;
  end: number;
}

export interface DocumentTags {
  placed: PlacedTag[];
  orphans: Annotation[];
}

export class Folder {
  readonly corpus: Corpus;
  readonly tags: TagStore;
  settings: Settings = DEFAULT_SETTINGS;
  /** URIs of the included files on disk. */
  readonly files = new Set<string>();
  /** The last tags-file error reported, so it is reported once. */
  tagError: string | null = null;
  indexing: Promise<void> | null = null;
  private readonly tagCache = new Map<string, { text: string; result: DocumentTags }>();

  constructor(readonly uri: string, readonly path: string | null, onAnalysisError?: (key: string, error: unknown) => void) {
    this.corpus = new Corpus({ label: (k) => this.relative(k), onAnalysisError });
    this.tags = new TagStore(path ?? '');
  }

  /** The path of a document relative to the folder, with forward slashes. */
  relative(uri: string): string {
    const p = uriToPath(uri);
    if (!this.path || !p) return p ?? uri;
    return relative(this.path, p).split(sep).join('/');
  }

  includes(uri: string): boolean {
    const p = uriToPath(uri);
    if (!this.path || !p) return true;
    return this.includesRelative(relative(this.path, p).split(sep).join('/'));
  }

  /** The include and exclude globs, compiled once per settings change. */
  private globs: { include: Minimatch; exclude: Minimatch[] } | null = null;

  private compiled(): { include: Minimatch; exclude: Minimatch[] } {
    this.globs ??= { include: new Minimatch(this.settings.include, { dot: false }), exclude: this.settings.exclude.map((x) => new Minimatch(x, { dot: true })) };
    return this.globs;
  }

  includesRelative(rel: string): boolean {
    if (rel.startsWith('..')) return false;
    const g = this.compiled();
    return g.include.match(rel) && !g.exclude.some((x) => x.match(rel));
  }

  /** Is a folder (relative path) excluded as a whole? */
  excludesFolder(rel: string): boolean {
    return this.compiled().exclude.some((x) => x.match(`${rel}/`) || x.match(`${rel}/x`));
  }

  /** Tags of a document, re-anchored to its current text (cached until the text or the tags change). */
  tagsFor(uri: string): DocumentTags {
    const doc = this.corpus.get(uri);
    // Most folders have no tags: nothing to anchor, nothing to cache.
    if (!doc || !this.tags.file?.annotations.length) return { placed: [], orphans: [] };
    const hit = this.tagCache.get(uri);
    if (hit && hit.text === doc.text) return hit.result;
    const result: DocumentTags = { placed: [], orphans: [] };
    for (const a of this.tags.annotationsFor(this.relative(uri))) {
      const [quote, position] = a.target.selector;
      const place: Placement = reanchor(doc.text, { ...quote, start: position.start, end: position.end }, doc.analysis.claims);
      if (place) result.placed.push({ annotation: a, start: place.start, end: place.end });
      else result.orphans.push(a);
    }
    this.tagCache.set(uri, { text: doc.text, result });
    return result;
  }

  forgetTags(): void {
    this.tagCache.clear();
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.globs = null;
    const severity: Partial<Record<DiagnosticCode, NonNullable<Corpus['options']['severity']>[DiagnosticCode]>> = {};
    const map: Record<string, DiagnosticCode> = {
      'diagnostics.conflict': 'conflict', 'diagnostics.outlierDate': 'outlier-date',
      'diagnostics.weekdayMismatch': 'weekday-mismatch', 'diagnostics.unattributedFigure': 'unattributed-figure',
    };
    for (const [key, code] of Object.entries(map)) {
      const level = settings[key as keyof Settings] as string;
      if (level !== 'default') severity[code] = level as never;
    }
    const lexicon: LexiconExtras = {
      attributionVerbs: settings['lexicon.attributionVerbs'], securityGroups: settings['lexicon.securityGroups'],
      outcomes: { killed: settings['lexicon.killed'], injured: settings['lexicon.injured'], detained: settings['lexicon.detained'] },
    };
    this.corpus.options = { ...this.corpus.options, severity, lexicon };
    this.corpus.invalidateAll();
  }

  /** The lexicon extras as a key: when it changes, every source must be read again. */
  get lexiconKey(): string {
    return extrasKey(this.corpus.options.lexicon);
  }
}

export function uriToPath(uri: string): string | null {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : null;
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return URI.file(path).toString();
}

export class Workspace {
  readonly folders: Folder[] = [];
  /** Documents outside every workspace folder (a single file opened on its own). */
  readonly loose = new Folder('', null, (key, e) => this.analysisFailed(key, e));
  private readonly lineIndexes = new Map<string, LineIndex>();
  /** Open documents' texts, by URI. */
  readonly open = new Map<string, string>();

  constructor(private readonly logger: Logger) {}

  addFolder(uri: string): Folder {
    const f = new Folder(uri, uriToPath(uri), (key, e) => this.analysisFailed(key, e));
    this.folders.push(f);
    this.folders.sort((a, b) => b.uri.length - a.uri.length); // longest first: nested folders win
    return f;
  }

  private analysisFailed(uri: string, e: unknown): void {
    this.logger.error(`analysis of ${uri} failed, its claims are left out (the other files are analysed): ${e instanceof Error ? e.stack : String(e)}`);
  }

  removeFolder(uri: string): Folder | undefined {
    const i = this.folders.findIndex((f) => f.uri === uri);
    return i >= 0 ? this.folders.splice(i, 1)[0] : undefined;
  }

  folderOf(uri: string): Folder {
    for (const f of this.folders) {
      const base = f.uri.endsWith('/') ? f.uri : `${f.uri}/`;
      if (uri.startsWith(base)) return f;
    }
    return this.loose;
  }

  all(): Folder[] {
    return [...this.folders, this.loose];
  }

  lines(uri: string): LineIndex | null {
    const doc = this.folderOf(uri).corpus.get(uri);
    if (!doc) return null;
    let idx = this.lineIndexes.get(uri);
    if (!idx || idx.text !== doc.text) {
      idx = new LineIndex(doc.text);
      this.lineIndexes.set(uri, idx);
    }
    return idx;
  }

  /** The claim under an offset (the innermost, if claims nest), or null. */
  claimAt(uri: string, offset: number): Claim | null {
    const doc = this.folderOf(uri).corpus.get(uri);
    if (!doc) return null;
    const claims = doc.analysis.claims;
    let lo = 0;
    let hi = claims.length - 1;
    let found: Claim | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (claims[mid].start <= offset) {
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && i >= hi - 3; i--) {
      const c = claims[i];
      if (c.start <= offset && offset <= c.end && (!found || c.end - c.start < found.end - found.start)) found = c;
    }
    return found;
  }

  /** Sets a document's text (an open editor's, or the file's). Returns the URIs to republish. */
  setText(uri: string, text: string): Set<string> {
    const folder = this.folderOf(uri);
    this.lineIndexes.delete(uri);
    if (folder.path && uriToPath(uri) && !folder.includes(uri)) {
      // Open, but not a source by the folder's include/exclude settings.
      const changed = this.remove(uri);
      changed.add(uri);
      return changed;
    }
    if (text.length > folder.settings.maxFileSize) {
      if (!this.tooLarge.has(uri)) this.logger.log(`${folder.relative(uri)}: larger than corroborate.maxFileSize (${folder.settings.maxFileSize}); skipped`);
      this.tooLarge.add(uri);
      const changed = this.remove(uri);
      changed.add(uri); // its own diagnostics are cleared
      return changed;
    }
    this.tooLarge.delete(uri);
    return folder.corpus.set(uri, text, this.open.has(uri));
  }

  /** Open documents skipped for their size, so the log says it once. */
  private readonly tooLarge = new Set<string>();

  /** Reads a file from disk into its folder's corpus, unless an editor has it open. */
  readFromDisk(uri: string): Set<string> {
    if (this.open.has(uri)) return new Set();
    const folder = this.folderOf(uri);
    if (!uriToPath(uri) || !folder.includes(uri)) return this.remove(uri);
    const text = this.readFile(folder, uri);
    return text === null ? this.remove(uri) : this.setText(uri, text);
  }

  /** Reads an included file, logging why it was skipped or how it was decoded; null when skipped. */
  private readFile(folder: Folder, uri: string): string | null {
    const r = readSource(uriToPath(uri)!, folder.settings.maxFileSize);
    if (!r.ok) {
      this.logger.log(`${folder.relative(uri)}: ${r.reason}`);
      return null;
    }
    for (const w of r.warnings) this.logger.log(`${folder.relative(uri)}: ${w}`);
    folder.files.add(uri);
    return r.text;
  }

  remove(uri: string): Set<string> {
    const folder = this.folderOf(uri);
    folder.files.delete(uri);
    this.lineIndexes.delete(uri);
    if (!folder.corpus.has(uri)) return new Set();
    const changed = folder.corpus.delete(uri);
    return changed;
  }

  /**
   * Reads every included file of a folder, in time slices, yielding between them. `progress` is called
   * after each slice; open documents keep their editor text.
   */
  async index(folder: Folder, progress: (done: number, total: number) => void): Promise<{ documents: number; skipped: number }> {
    if (!folder.path) return { documents: 0, skipped: 0 };
    const paths = await this.walk(folder, folder.path);
    const found = new Set(paths);
    for (const uri of [...folder.files]) if (!found.has(uri)) this.remove(uri);
    let skipped = 0;
    let slice = performance.now();
    for (let i = 0; i < paths.length; i++) {
      const entry = this.indexEntry(folder, paths[i]);
      if (entry === 'skipped') skipped++;
      else if (entry) {
        folder.corpus.load([entry]);
        this.lineIndexes.delete(entry[0]);
      }
      if (i === paths.length - 1 || performance.now() - slice >= SLICE_MS) {
        progress(i + 1, paths.length);
        for (let k = 0; k < TURNS; k++) await new Promise((r) => setImmediate(r));
        slice = performance.now();
      }
    }
    return { documents: folder.corpus.size, skipped };
  }

  /** What indexing loads for one file: its text (an open document's editor text), nothing to do, or 'skipped'. */
  private indexEntry(folder: Folder, uri: string): [string, string] | null | 'skipped' {
    const open = this.open.get(uri);
    if (open === undefined) {
      const text = this.readFile(folder, uri);
      return text === null ? 'skipped' : [uri, text];
    }
    if (open.length > folder.settings.maxFileSize) {
      this.setText(uri, open); // logs and leaves it out
      return 'skipped';
    }
    folder.files.add(uri);
    // Already analysed from the editor with this text: analysing it again would only lose its kept raw claims.
    return folder.corpus.get(uri)?.text !== open ? [uri, open] : null;
  }

  private async walk(folder: Folder, dir: string): Promise<string[]> {
    const out: string[] = [];
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.logger.error(`cannot read folder ${dir}: ${(e as Error).message}`);
      return out;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      const rel = relative(folder.path!, full).split(sep).join('/');
      if (e.isDirectory()) {
        if (e.name.startsWith('.') || folder.excludesFolder(rel)) continue;
        out.push(...(await this.walk(folder, full)));
      } else if (e.isFile() && folder.includesRelative(rel)) {
        out.push(pathToUri(full));
      }
    }
    return out.sort();
  }

  isTagsFile(uri: string): Folder | null {
    const p = uriToPath(uri);
    if (!p) return null;
    for (const f of this.folders) if (f.path && p === join(f.path, TAGS_PATH)) return f;
    return null;
  }
}
