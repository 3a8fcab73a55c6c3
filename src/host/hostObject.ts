// The host side of one Office.js proxy type: what Excel does when the client reads, writes,
// calls or navigates a member. Members are the wire's PascalCase names ("Values", "GetRange",
// "Format"). A member the emulator does not know answers ApiNotFound naming it, never silence.
import { HostError } from './errors';
import type { WorkbookModel } from './workbookModel';

/** What every host object can reach: the workbook and the session's display language. */
export interface HostEnv {
  wb: WorkbookModel;
  locale: string;
}

export interface PropSpec {
  get: () => unknown;
  set?: (value: unknown) => void;
}

export type MethodSpec = (...args: unknown[]) => unknown;

export abstract class HostObject {
  /** The Office.js type name, for error messages ("Range", "Worksheet"). */
  abstract readonly typeName: string;
  constructor(readonly env: HostEnv) {}

  protected props(): Record<string, PropSpec> {
    return {};
  }
  protected navs(): Record<string, () => HostObject | null> {
    return {};
  }
  protected methods(): Record<string, MethodSpec> {
    return {};
  }
  /** Fields that identify the object, sent with every answer so the client can re-path it ("Id", "_Id"). */
  identity(): Record<string, unknown> {
    return {};
  }
  /** Scalar properties answered by load() without a select list. */
  defaultSelect(): string[] {
    return Object.keys(this.props());
  }

  get(name: string): unknown {
    const p = this.props()[name];
    if (!p) throw unknownMember(this.typeName, name, 'property');
    return p.get();
  }

  set(name: string, value: unknown): void {
    const p = this.props()[name];
    if (!p) throw unknownMember(this.typeName, name, 'property');
    if (!p.set) throw new HostError('InvalidArgument', `${this.typeName}.${name} is read-only.`);
    p.set(value);
  }

  nav(name: string): HostObject | null {
    const n = this.navs()[name];
    if (!n) throw unknownMember(this.typeName, name, 'navigation property');
    return n();
  }

  hasNav(name: string): boolean {
    return name in this.navs();
  }

  call(name: string, args: unknown[]): unknown {
    const m = this.methods()[name];
    if (!m) throw unknownMember(this.typeName, name, 'method');
    // The client sends null for optional arguments left out: treat trailing nulls as omitted.
    const given = [...args];
    while (given.length && given[given.length - 1] === null) given.pop();
    return m(...given);
  }
}

/** A collection: answers loads with `_Items` and resolves the indexer (`collection.getItem(key)`). */
export abstract class HostCollection extends HostObject {
  abstract items(): HostObject[];
  abstract indexer(key: unknown): HostObject;
  override defaultSelect(): string[] {
    return [];
  }
}

export function unknownMember(type: string, name: string, kind: string): HostError {
  return new HostError(
    'ApiNotFound',
    `${type}.${name} (${kind}) is not supported by the Spridningslogg Excel emulator.`,
  );
}

// ---- argument checks shared by the objects ----

export function argString(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new HostError('InvalidArgument', `${what} must be a string.`);
  return v;
}

export function argInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new HostError('InvalidArgument', `${what} must be an integer.`);
  return v;
}

export function argBool(v: unknown, what: string): boolean {
  if (typeof v !== 'boolean') throw new HostError('InvalidArgument', `${what} must be true or false.`);
  return v;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  lightgreen: '#90EE90',
  lightyellow: '#FFFFE0',
  lightblue: '#ADD8E6',
  pink: '#FFC0CB',
  purple: '#800080',
  darkgreen: '#006400',
  darkred: '#8B0000',
  darkblue: '#00008B',
  lime: '#00FF00',
  cyan: '#00FFFF',
  magenta: '#FF00FF',
  brown: '#A52A2A',
  gold: '#FFD700',
  navy: '#000080',
  silver: '#C0C0C0',
};

/** '#RRGGBB' from "#rrggbb", "#rgb" or an HTML colour name, as Excel accepts them. */
export function argColor(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new HostError('InvalidArgument', `${what} must be a colour string.`);
  const s = v.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  let m = /^#?([0-9a-fA-F]{6})$/.exec(s);
  if (m) return `#${m[1].toUpperCase()}`;
  m = /^#([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(s);
  if (m) return `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  throw new HostError('InvalidArgument', `${what}: "${s}" is not a colour.`);
}
