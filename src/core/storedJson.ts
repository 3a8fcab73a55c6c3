// What the add-in keeps in workbook.settings (handled marks, the check's marks, the summary's
// area, column mappings) comes back as text or as already parsed JSON, and may have been
// damaged or written by another version: it is read defensively, never an error.

/** The value parsed when it is JSON text, as it is otherwise; undefined for text that is no JSON. */
export function storedJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** The objects of a stored JSON array (other entries left out); [] when it is no array. */
export function storedObjects(value: unknown): Record<string, unknown>[] {
  const data = storedJson(value);
  if (!Array.isArray(data)) return [];
  return (data as unknown[]).filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null);
}
