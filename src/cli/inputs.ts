// Groups INPUT paths into plan sources: a .docx file is one plan; NAME.html and NAME.txt with
// the same NAME are the two flavours of one paste. Order is kept (later plans of the same
// person replace earlier ones), by each group's first appearance on the command line.
import { msg, type Message } from '../core/messages';

export type PlanInput =
  | { kind: 'docx'; name: string; path: string }
  | { kind: 'paste'; name: string; htmlPath?: string; textPath?: string };

export type GroupResult = { ok: true; inputs: PlanInput[] } | { ok: false; message: Message };

export function groupInputs(paths: readonly string[]): GroupResult {
  const inputs: PlanInput[] = [];
  const pastes = new Map<string, Extract<PlanInput, { kind: 'paste' }>>();
  for (const path of paths) {
    const lower = path.toLowerCase();
    const dot = lower.lastIndexOf('.');
    const ext = dot >= 0 ? lower.slice(dot) : '';
    const stem = dot >= 0 ? path.slice(0, dot) : path;
    // .odt is read like .docx; .doc, .rtf and .pdf get the reader's message on how to save as .docx
    if (['.docx', '.docm', '.odt', '.doc', '.rtf', '.pdf'].includes(ext)) {
      inputs.push({ kind: 'docx', name: baseName(path), path });
    } else if (ext === '.html' || ext === '.htm' || ext === '.txt') {
      let paste = pastes.get(stem);
      if (!paste) {
        paste = { kind: 'paste', name: baseName(stem) };
        pastes.set(stem, paste);
        inputs.push(paste);
      }
      const slot = ext === '.txt' ? 'textPath' : 'htmlPath';
      const earlier = paste[slot];
      if (earlier) return { ok: false, message: msg('cli-paste-twice', { path, earlier }) };
      paste[slot] = path;
    } else {
      return { ok: false, message: msg('cli-unknown-file-type', { path }) };
    }
  }
  return { ok: true, inputs };
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}
