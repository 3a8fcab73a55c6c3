// Executes one request of the Office.js client (the RichApi wire format: Actions over
// ObjectPaths) against the host objects, the way Excel does: actions run in order, an error
// stops the batch at the failing action and leaves the earlier ones applied.
import { HostError } from './errors';
import { HostCollection, HostObject, type HostEnv } from './hostObject';
import { RangeObject } from './rangeObject';
import { WorkbookObject } from './workbookObjects';

export interface WireObjectPath {
  Id: number;
  /** 1 global, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface WireAction {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  ActionIndex: number;
  Location: string;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: WireError;
}

/** Objects the client asked Excel to keep across batches (tracked objects, `_KeepReference`). */
export class ReferenceTable {
  private readonly byId = new Map<string, HostObject>();
  private readonly ids = new WeakMap<HostObject, string>();
  private next = 1;

  keep(obj: HostObject): string {
    let id = this.ids.get(obj);
    if (!id) {
      id = `{ref-${this.next++}}`;
      this.ids.set(obj, id);
      this.byId.set(id, obj);
      if (obj instanceof RangeObject) obj.sheet.tracked.add(obj.rect);
    }
    return id;
  }
  idOf(obj: HostObject): string | undefined {
    return this.ids.get(obj);
  }
  get(id: string): HostObject | undefined {
    return this.byId.get(id);
  }
  remove(id: string): void {
    const obj = this.byId.get(id);
    if (obj instanceof RangeObject) obj.sheet.tracked.delete(obj.rect);
    this.byId.delete(id);
  }
  get size(): number {
    return this.byId.size;
  }
}

const pascal = (s: string) => (s.startsWith('_') ? s : s.charAt(0).toUpperCase() + s.slice(1));

function serialize(obj: HostObject, select: string[] | undefined, refs: ReferenceTable): unknown {
  if (obj instanceof HostCollection)
    return { _Items: obj.items().map((item) => serializeObject(item, select, refs)) };
  return serializeObject(obj, select, refs);
}

function serializeObject(
  obj: HostObject,
  select: string[] | undefined,
  refs: ReferenceTable,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...obj.identity() };
  const ref = refs.idOf(obj);
  if (ref) out._ReferenceId = ref;
  const all = !select || select.length === 0 || select.includes('*') || select.includes('$all');
  const names = all ? obj.defaultSelect() : select;
  const nested = new Map<string, string[]>();
  for (const raw of names) {
    const [head, ...rest] = raw.split('/');
    const name = pascal(head);
    if (name === '_ReferenceId' || name === 'Id' || name === '_Id') {
      if (!(name in out)) out[name] = obj.get(name);
      continue;
    }
    if (rest.length || obj.hasNav(name)) {
      const list = nested.get(name) ?? [];
      if (rest.length) list.push(rest.join('/'));
      nested.set(name, list);
      continue;
    }
    out[name] = obj.get(name);
  }
  for (const [name, sub] of nested) {
    const child = obj.nav(name);
    out[name] = child ? serialize(child, sub, refs) : null;
  }
  return out;
}

export interface BatchOptions {
  /** Fault injection: fail at this action index with this code. */
  failAt?: { index: number; code: string };
}

export function executeBatch(
  env: HostEnv,
  refs: ReferenceTable,
  body: RequestBody,
  options: BatchOptions = {},
): ResponseBody {
  const root = new WorkbookObject(env);
  const resolved = new Map<number, HostObject | null>();

  const args = (info: WireAction['ArgumentInfo']): unknown[] => {
    const list = info?.Arguments ?? [];
    const refIds = info?.ReferencedObjectPathIds ?? [];
    return list.map((a, i) => (refIds[i] ? resolve(refIds[i]) : a));
  };

  const resolve = (id: number): HostObject | null => {
    if (resolved.has(id)) return resolved.get(id)!;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new HostError('InvalidRequest', `Unknown object path ${id}.`);
    let obj: HostObject | null;
    switch (path.ObjectPathType) {
      case 1:
        obj = root;
        break;
      case 6: {
        const kept = refs.get(path.Name);
        if (!kept)
          throw new HostError('InvalidObjectPath', `The object reference ${path.Name} is no longer valid.`);
        obj = kept;
        break;
      }
      case 7:
        obj = null;
        break;
      case 3:
      case 4:
      case 5: {
        const parent = resolve(path.ParentObjectPathId ?? -1);
        if (!parent) {
          obj = null;
          break;
        }
        if (path.ObjectPathType === 4) obj = parent.nav(path.Name);
        else if (path.ObjectPathType === 5) {
          if (!(parent instanceof HostCollection))
            throw new HostError('InvalidRequest', `${parent.typeName} has no indexer.`);
          obj = parent.indexer(args(path.ArgumentInfo)[0]);
        } else {
          const result = parent.call(path.Name, args(path.ArgumentInfo));
          if (result !== null && !(result instanceof HostObject)) {
            throw new HostError(
              'InvalidRequest',
              `${parent.typeName}.${path.Name} does not return an object.`,
            );
          }
          obj = result;
        }
        break;
      }
      default:
        throw new HostError('InvalidRequest', `Unsupported object path type ${path.ObjectPathType}.`);
    }
    resolved.set(id, obj);
    return obj;
  };

  const results: ResponseBody['Results'] = [];
  for (let i = 0; i < body.Actions.length; i++) {
    const action = body.Actions[i];
    try {
      if (options.failAt && options.failAt.index === i)
        throw new HostError(options.failAt.code, '(injected fault)');
      const obj = resolve(action.ObjectPathId);
      switch (action.ActionType) {
        case 1: {
          if (!obj) results.push({ ActionId: action.Id, Value: null });
          else {
            const ref = refs.idOf(obj);
            results.push({
              ActionId: action.Id,
              Value: { ...obj.identity(), ...(ref ? { _ReferenceId: ref } : {}) },
            });
          }
          break;
        }
        case 2:
          results.push({
            ActionId: action.Id,
            Value: obj ? serialize(obj, action.QueryInfo?.Select, refs) : null,
          });
          break;
        case 3: {
          if (action.Name === '_KeepReference') {
            if (obj) refs.keep(obj);
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          if (action.Name === '_RemoveReference') {
            const [id] = args(action.ArgumentInfo);
            refs.remove(String(id));
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          if (!obj) throw new HostError('InvalidObjectPath', `Cannot call ${action.Name} on a null object.`);
          const value = obj.call(action.Name, args(action.ArgumentInfo));
          results.push({
            ActionId: action.Id,
            Value: value instanceof HostObject ? serialize(value, undefined, refs) : (value ?? null),
          });
          break;
        }
        case 4: {
          if (!obj) throw new HostError('InvalidObjectPath', `Cannot set ${action.Name} on a null object.`);
          obj.set(action.Name, args(action.ArgumentInfo)[0]);
          break;
        }
        case 5: // trace (context.trace): nothing to do, nothing to answer
          break;
        default:
          throw new HostError('InvalidRequest', `Unsupported action type ${action.ActionType}.`);
      }
    } catch (e) {
      const err =
        e instanceof HostError
          ? e
          : new HostError('GeneralException', e instanceof Error ? e.message : String(e));
      return {
        Results: results,
        Error: {
          Code: err.code,
          Message: err.message,
          HttpStatusCode: err.httpStatus,
          ActionIndex: i,
          Location: action.Name,
        },
      };
    }
  }
  return { Results: results };
}
