// What stands in the way of saving the add-in's changes faithfully, found before anything is
// written: changes the file writer does not make (a sheet of the file renamed, deleted or moved;
// cells shifted right or left) and, where rows were inserted or deleted, things Excel
// itself would not move or that cannot be moved safely. The first one found is thrown as a
// MessageError naming what is in the way and where.
import { MessageError, msg } from '../../core/messages';
import type { WorkbookModel } from '../workbookModel';
import type { SourceWorkbook } from './source';

export function findObstacles(model: WorkbookModel, source: SourceWorkbook): void {
  const inFile = source.pkg.sheets.filter((s) => s.kind === 'worksheet' && s.part !== null);
  const kept = model.sheets.filter((s) => s.source !== null);
  for (const entry of inFile) {
    if (!kept.some((s) => s.source!.part === entry.part))
      throw new MessageError(msg('file-save-sheet-deleted', { sheet: entry.name }));
  }
  for (const sheet of kept) {
    if (sheet.baseline && sheet.baseline.name !== sheet.name)
      throw new MessageError(msg('file-save-sheet-renamed', { sheet: sheet.name, was: sheet.baseline.name }));
  }
  // The file's sheets keep their order, and sheets added come after them.
  const order = inFile.map((e) => e.part);
  let seenNew = false;
  let last = -1;
  for (const sheet of model.sheets) {
    if (!sheet.source) {
      seenNew = true;
      continue;
    }
    const at = order.indexOf(sheet.source.part);
    if (seenNew || at < last)
      throw new MessageError(msg('file-save-sheets-reordered', { sheet: sheet.name }));
    last = at;
  }
  for (const sheet of kept) {
    for (const s of sheet.shifts) {
      if (!s.vertical) throw new MessageError(msg('file-save-shift-unsupported', { sheet: sheet.name }));
    }
  }
}
