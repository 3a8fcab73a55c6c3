// A gateway that loads its implementation on first use (or at once, with `preload`) and hands
// every call to it. It is built from GATEWAY_MEMBERS, whose type is checked to be exactly the
// members of WorkbookGateway, so it cannot fall behind the interface: a member added there and
// not here is a compile error, and so is a member that is not an async method.
import type { WorkbookGateway } from './gateway';

type AsyncMember<K extends keyof WorkbookGateway> = WorkbookGateway[K] extends (
  ...args: never[]
) => Promise<unknown>
  ? true
  : never;

const MEMBERS: { [K in keyof WorkbookGateway]: AsyncMember<K> } = {
  open: true,
  inspect: true,
  createTab: true,
  saveColumnMapping: true,
  getSettings: true,
  saveSettings: true,
  previewImport: true,
  applyImport: true,
  undoLastImport: true,
  hasUndo: true,
  check: true,
  reminderList: true,
  readLog: true,
  refreshTotals: true,
  setOverallPlanFile: true,
  copyOverallFileToLog: true,
  markHandled: true,
  unmarkHandled: true,
  addTrainingAlias: true,
  selectCell: true,
  refreshStatus: true,
};

/** Every member of WorkbookGateway, by name. */
export const GATEWAY_MEMBERS = Object.freeze(Object.keys(MEMBERS) as (keyof WorkbookGateway)[]);

type AnyMember = (...args: unknown[]) => Promise<unknown>;

export interface LazyGateway {
  gateway: WorkbookGateway;
  /** Starts loading now (the first call would otherwise start it); a failure is reported by that call. */
  preload(): void;
}

/**
 * `load` runs once; while it runs, calls wait for it. A failed load fails the calls waiting
 * for it with its error, and the next call loads again (e.g. after a network hiccup).
 */
export function lazyGateway(load: () => Promise<WorkbookGateway>): LazyGateway {
  let loading: Promise<WorkbookGateway> | null = null;
  const target = (): Promise<WorkbookGateway> => {
    loading ??= load().catch((e: unknown) => {
      loading = null;
      throw e;
    });
    return loading;
  };
  const door: Partial<Record<keyof WorkbookGateway, AnyMember>> = {};
  for (const name of GATEWAY_MEMBERS) {
    door[name] = async (...args: unknown[]) => {
      const real = await target();
      return (real[name] as unknown as AnyMember).apply(real, args);
    };
  }
  return {
    gateway: Object.freeze(door) as WorkbookGateway,
    preload: () => void target().catch(() => undefined),
  };
}
