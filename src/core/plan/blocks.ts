// The intermediate document model every front-end (.docx, clipboard HTML, clipboard text)
// produces, and the one interpreter (interpret.ts) reads. Cell text keeps line breaks as "\n";
// merges are already resolved: a vertically merged cell's value is in every row it spans, a
// horizontally spanned cell keeps its value in its first column and '' in the others.
export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** Pads every row of a table to the width of its widest row. */
export function padRows(rows: string[][]): string[][] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}
