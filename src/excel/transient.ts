// Ranges used only within the batch being built.
//
// Inside Excel.run the client asks Excel to keep every Range it creates (`_KeepReference`), so
// that it stays valid across syncs, and releases them all in one more request after the run
// (`_RemoveReference`): a round trip of its own, and until then Excel moves each kept range
// whenever rows are inserted. A range that is queued, synced once and then only read from its
// loaded properties needs none of that. `transient` drops the keep before the batch is sent
// (public API: trackedObjects.remove), so the import's runs end without a clean-up request.
// Such a range must not be used after the next sync (the client then refuses it).

export function transient<T extends Excel.Range | Excel.RangeAreas>(range: T): T {
  range.context.trackedObjects.remove(range);
  return range;
}
