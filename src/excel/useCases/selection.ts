// Taking the user to a cell (a flag's place): the sheet activated and the cell selected. One request.
import { runExcel } from '../excelRun';
import { transient } from '../transient';

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    transient(ws.getRange(cell)).select(); // no clean-up request after the run
    await context.sync();
  });
}
