// Follows the emulated workbook: after every batch the add-in sends, takes a snapshot, works
// out which cells changed (the add-in's writes) and where the selection is.
import { useEffect, useState } from 'react';
import type { ExcelHost } from '../host';
import { changedCells, type BookSnapshot } from './snapshot';

export interface HostView {
  snapshot: BookSnapshot;
  /** "Sheet!A1" of cells that differ from the workbook as opened: what the add-in wrote. */
  written: Set<string>;
  selection: { sheet: string; address: string } | null;
  batches: number;
}

function read(host: ExcelHost): BookSnapshot {
  return host.snapshot() as BookSnapshot;
}

export function useHostView(host: ExcelHost): HostView {
  const [view, setView] = useState<HostView>(() => ({
    snapshot: read(host),
    written: new Set(),
    selection: host.selection,
    batches: 0,
  }));
  useEffect(() => {
    const opened = read(host);
    setView({ snapshot: opened, written: new Set(), selection: host.selection, batches: 0 });
    let pending = false;
    const previous = host.onBatch;
    host.onBatch = (info) => {
      previous?.(info);
      if (pending) return;
      pending = true;
      // The batch's changes are in the model once the response is on its way: look after it.
      setTimeout(() => {
        pending = false;
        const now = read(host);
        setView((v) => ({
          snapshot: now,
          written: changedCells(opened, now),
          selection: host.selection,
          batches: v.batches + 1,
        }));
      }, 0);
    };
    return () => {
      host.onBatch = previous;
    };
  }, [host]);
  return view;
}
