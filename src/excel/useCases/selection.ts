// Taking the user to a cell (a flag's place): the sheet activated and the cell selected. One request.
import { runExcel } from '../excelRun';

export async function selectCell(sheet: string, cell: string): Promise<void> {
  await runExcel(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
