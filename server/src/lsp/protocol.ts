// Custom messages between the server and its clients. The only definition of each.

/** Server → client notification: a workspace folder finished (re)indexing. Tests and e2e wait for it. */
export const INDEXED = 'corroborate/indexed';
export interface IndexedParams {
  folder: string;
  documents: number;
  skipped: number;
  milliseconds: number;
}

/** Commands the server executes (workspace/executeCommand); code actions carry them. */
export const COMMANDS = {
  tag: 'corroborate.tagClaim',
  untag: 'corroborate.removeTag',
  review: 'corroborate.markReviewed',
} as const;

export interface TagArgs {
  uri: string;
  start: number;
  end: number;
  tag: string;
}
export interface UntagArgs {
  uri: string;
  id: string;
}
export interface ReviewArgs {
  uri: string;
  fact: string;
}
