// The entry points the task pane and the CLI call. Never throw: anything that goes wrong becomes
// a Problem with a message code. ok:false means "not a plan at all / unreadable file"; a
// readable plan with row problems is ok:true with plan.problems.
import { msg, type Message } from '../messages';
import type { PersonalPlan, PlanSourceKind, Problem, Settings } from '../model';
import { DEFAULT_SETTINGS } from '../settings';
import type { Block } from './blocks';
import { docxToBlocks } from './docx';
import { htmlToBlocks } from './html';
import { interpretPlan } from './interpret';
import { odtToBlocks } from './odt';
import { planFileKind } from './fileKind';
import { planSchema } from './schema';
import { textToBlocks } from './text';

export { planSchema } from './schema';

export interface PasteInput {
  html?: string;
  text?: string;
}

export type ReadResult = { ok: true; plan: PersonalPlan } | { ok: false; problems: Problem[] };

/** Pastes longer than this (characters, per flavour) are refused: a plan is a few hundred kB. */
export const MAX_PASTE_CHARS = 5 * 1024 * 1024;
export const PASTE_NAME = 'Inklistrad text';

function fail(code: string, message: Message, source: string): ReadResult {
  return { ok: false, problems: [{ code, severity: 'error', message, where: { source } }] };
}

function finish(
  blocks: Block[],
  kind: PlanSourceKind,
  name: string,
  settings: Settings,
  extra: Problem[] = [],
): ReadResult {
  const plan = interpretPlan(blocks, { kind, name }, settings);
  const fatal = plan.problems.filter((p) => p.code === 'not-a-plan' || p.code === 'too-many-rows');
  if (fatal.length > 0) return { ok: false, problems: fatal };
  plan.problems.unshift(...extra);
  const checked = planSchema.safeParse(plan);
  if (!checked.success)
    return fail(
      'read-failed',
      msg('plan-read-failed', { source: name, from: kind === 'docx' ? 'docx' : 'paste' }),
      name,
    );
  return { ok: true, plan: checked.data };
}

export function readPaste(
  input: PasteInput,
  opts: { domParser?: DOMParser; settings?: Settings; name?: string } = {},
): ReadResult {
  const name = opts.name ?? PASTE_NAME;
  try {
    const settings = opts.settings ?? DEFAULT_SETTINGS;
    const html = typeof input?.html === 'string' && input.html.trim() !== '' ? input.html : undefined;
    const text = typeof input?.text === 'string' && input.text.trim() !== '' ? input.text : undefined;
    if (html === undefined && text === undefined)
      return fail('paste-empty', msg('plan-paste-empty', {}), name);
    const htmlUsable = html !== undefined && html.length <= MAX_PASTE_CHARS && opts.domParser !== undefined;
    const textUsable = text !== undefined && text.length <= MAX_PASTE_CHARS;
    if (!htmlUsable && !textUsable) {
      if ((html?.length ?? 0) > MAX_PASTE_CHARS || (text?.length ?? 0) > MAX_PASTE_CHARS)
        return fail(
          'paste-too-large',
          msg('plan-paste-too-large', { maxMb: MAX_PASTE_CHARS / 1024 / 1024 }),
          name,
        );
      return fail('paste-unreadable', msg('plan-paste-unreadable', {}), name);
    }
    let fromHtml: ReadResult | null = null;
    if (htmlUsable && opts.domParser) {
      fromHtml = finish(htmlToBlocks(html ?? '', opts.domParser), 'html', name, settings);
      if (fromHtml.ok || !textUsable) return fromHtml;
    }
    return finish(textToBlocks(text as string), 'text', name, settings);
  } catch {
    return fail('read-failed', msg('plan-read-failed', { source: name, from: 'paste' }), name);
  }
}

export function readDocx(bytes: Uint8Array, name: string, opts: { settings?: Settings } = {}): ReadResult {
  const label = typeof name === 'string' && name.trim() !== '' ? name : 'Dokumentet';
  try {
    if (!(bytes instanceof Uint8Array))
      return fail('not-a-docx', msg('plan-not-a-file', { file: label }), label);
    const { blocks, problems } = docxToBlocks(bytes, label);
    const fatal = problems.filter((p) => p.severity === 'error');
    if (fatal.length > 0) return { ok: false, problems: fatal };
    return finish(blocks, 'docx', label, opts.settings ?? DEFAULT_SETTINGS, problems);
  } catch {
    return fail('read-failed', msg('plan-read-failed', { source: label, from: 'docx' }), label);
  }
}

/** A refusal that says what the file is and how to save the plan as .docx. */
function refuse(message: Message, name: string): ReadResult {
  return {
    ok: false,
    problems: [{ code: message.code, severity: 'error', message, where: { source: name } }],
  };
}

/**
 * A plan file as people send it, whatever its kind: .docx (and .docm) and .odt are read into the
 * same blocks; an old Word .doc, a PDF or an RTF file gets a message saying how to save the plan
 * as .docx. The kind is told from the bytes, not the name (a .doc renamed .docx is still a .doc).
 */
export function readPlanFile(
  bytes: Uint8Array,
  name: string,
  opts: { settings?: Settings } = {},
): ReadResult {
  const label = typeof name === 'string' && name.trim() !== '' ? name : 'Dokumentet';
  if (!(bytes instanceof Uint8Array)) return readDocx(bytes, name, opts);
  const kind = planFileKind(bytes, label);
  if (kind === 'doc') return refuse(msg('plan-file-doc', { name: label }), label);
  if (kind === 'pdf') return refuse(msg('plan-file-pdf', { name: label }), label);
  if (kind === 'rtf') return refuse(msg('plan-file-rtf', { name: label }), label);
  if (kind !== 'odt') return readDocx(bytes, name, opts);
  const { blocks, problems } = odtToBlocks(bytes, label);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return finish(blocks, 'odt', label, opts.settings ?? DEFAULT_SETTINGS, problems);
}
