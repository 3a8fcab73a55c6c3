// Parts that hang off sheets whose rows moved: filled in by the row-shift step.
import type { WorkbookPackage } from '../../core/xlsx/workbookPackage';
import type { Shift, WorkbookModel } from '../workbookModel';

export function patchRelatedParts(
  _model: WorkbookModel,
  _pkg: WorkbookPackage,
  _formulaShifts: ReadonlyMap<string, readonly Shift[]>,
): Map<string, string> {
  return new Map();
}
