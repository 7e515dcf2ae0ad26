// Code actions on a claim: tag it (verified, disputed, unverified, needs source) or remove its tag;
// on a conflict, mark the disagreement as reviewed. They run as server commands (see protocol.ts).
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { COMMANDS, type ReviewArgs, type TagArgs, type UntagArgs } from '../lsp/protocol.ts';
import type { Workspace } from '../lsp/workspace.ts';
import { TAG_LABELS, TAGS } from '../tags/schema.ts';
import type { DiagnosticData } from './diagnostics.ts';

export class CodeActionsProvider {
  constructor(private readonly ws: Workspace) {}

  provide(uri: string, start: number, end: number, diagnostics: Diagnostic[]): CodeAction[] {
    const folder = this.ws.folderOf(uri);
    const doc = folder.corpus.get(uri);
    if (!doc) return [];
    const claim = doc.analysis.claims.find((c) => c.start <= end && start <= c.end);
    const disabled = folder.tags.writable ? undefined : { reason: `The tag file is invalid: ${folder.tags.state.status === 'corrupt' ? folder.tags.state.error : ''}` };
    const out: CodeAction[] = [];
    if (claim) {
      for (const tag of TAGS) {
        out.push({
          title: `Tag claim as ${TAG_LABELS[tag]}`, kind: CodeActionKind.QuickFix, disabled,
          command: { title: `Tag claim as ${TAG_LABELS[tag]}`, command: COMMANDS.tag, arguments: [{ uri, start: claim.start, end: claim.end, tag } satisfies TagArgs] },
        });
      }
      for (const t of folder.tagsFor(uri).placed) {
        if (t.start < claim.end && claim.start < t.end) {
          out.push({
            title: 'Remove tag', kind: CodeActionKind.QuickFix, disabled,
            command: { title: 'Remove tag', command: COMMANDS.untag, arguments: [{ uri, id: t.annotation.id } satisfies UntagArgs] },
          });
        }
      }
    }
    for (const d of diagnostics) {
      const data = d.data as DiagnosticData | undefined;
      if (d.code !== 'conflict' || !data?.factId) continue;
      out.push({
        title: 'Mark this disagreement as reviewed', kind: CodeActionKind.QuickFix, diagnostics: [d], disabled,
        command: { title: 'Mark this disagreement as reviewed', command: COMMANDS.review, arguments: [{ uri, fact: data.factId } satisfies ReviewArgs] },
      });
      break;
    }
    return out;
  }
}
