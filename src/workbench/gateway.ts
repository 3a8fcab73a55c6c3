// The workbench's gateway: the add-in's real Office.js gateway (src/excel/), talking to
// whatever ExcelHost is installed in the page.
import type { WorkbookGateway } from '../excel/gateway';
import { OfficeWorkbookGateway } from '../excel/officeGateway';

export function createGateway(): WorkbookGateway {
  return new OfficeWorkbookGateway();
}
