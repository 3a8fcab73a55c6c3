// A store over the emulated workbook for React's useSyncExternalStore: after every batch the
// add-in sends it takes a snapshot, works out which cells differ from the workbook as opened
// (what the add-in wrote) and where the selection is.
import type { ExcelHost } from '../host';
import { changedCells, type BookSnapshot } from './snapshot';

export interface HostView {
  snapshot: BookSnapshot;
  /** "Sheet!A1" of cells that differ from the workbook as opened: what the add-in wrote. */
  written: Set<string>;
  selection: { sheet: string; address: string } | null;
  batches: number;
}

export interface HostStore {
  subscribe: (listener: () => void) => () => void;
  getView: () => HostView;
}

function read(host: ExcelHost): BookSnapshot {
  return host.snapshot() as BookSnapshot;
}

export function createHostStore(host: ExcelHost): HostStore {
  const opened = read(host);
  let view: HostView = { snapshot: opened, written: new Set(), selection: host.selection, batches: 0 };
  const listeners = new Set<() => void>();
  let pending = false;
  let previous: ExcelHost['onBatch'];

  const onBatch: NonNullable<ExcelHost['onBatch']> = (info) => {
    previous?.(info);
    if (pending) return;
    pending = true;
    // The batch's changes are in the model once its response is on the way: look after it.
    setTimeout(() => {
      pending = false;
      const now = read(host);
      view = {
        snapshot: now,
        written: changedCells(opened, now),
        selection: host.selection,
        batches: view.batches + 1,
      };
      for (const l of listeners) l();
    }, 0);
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (listeners.size === 1) {
        previous = host.onBatch;
        host.onBatch = onBatch;
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && host.onBatch === onBatch) host.onBatch = previous;
      };
    },
    getView: () => view,
  };
}
