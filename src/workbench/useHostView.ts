// The emulated workbook as React state (see hostStore.ts).
import { useState, useSyncExternalStore } from 'react';
import type { ExcelHost } from '../host';
import { createHostStore, type HostView } from './hostStore';

export type { HostView } from './hostStore';

export function useHostView(host: ExcelHost): HostView {
  // The workbench remounts per workbook, so one store per mounted host.
  const [store] = useState(() => createHostStore(host));
  return useSyncExternalStore(store.subscribe, store.getView);
}
