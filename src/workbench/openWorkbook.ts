// Opens the workbook the workbench starts with, or one the user picked, as an emulated host.
import { MessageError } from '../core/messages';
import { ExcelHost } from '../host';
import { render } from '../messages/render';

export const TEMPLATE_URL = 'assets/template.xlsx';

/** The shipped template with sample data; an empty workbook when it cannot be fetched. */
export async function openStartWorkbook(): Promise<{
  host: ExcelHost;
  name: string;
  warning: string | null;
}> {
  try {
    const response = await fetch(TEMPLATE_URL);
    if (!response.ok) throw new Error(String(response.status));
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      host: await ExcelHost.fromXlsx(bytes, { fileName: 'template.xlsx' }),
      name: 'template.xlsx',
      warning: null,
    };
  } catch {
    return {
      host: ExcelHost.empty(),
      name: 'tom arbetsbok',
      warning:
        'Mallen (assets/template.xlsx) kunde inte läsas in, så arbetsbänken startade med en tom arbetsbok.',
    };
  }
}

/** A picked file as a host, or a Swedish sentence saying why it cannot be opened. */
export async function openPickedWorkbook(
  file: File,
): Promise<{ ok: true; host: ExcelHost } | { ok: false; message: string }> {
  if (!file.name.toLowerCase().endsWith('.xlsx')) {
    return {
      ok: false,
      message: `Filen ”${file.name}” är ingen Excel-arbetsbok (.xlsx). Välj en .xlsx-fil.`,
    };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, host: await ExcelHost.fromXlsx(bytes, { fileName: file.name }) };
  } catch (error) {
    if (error instanceof MessageError)
      return {
        ok: false,
        message: `Filen ”${file.name}” gick inte att öppna som arbetsbok. ${render('sv', error.msg)}`,
      };
    return {
      ok: false,
      message: `Filen ”${file.name}” gick inte att öppna som arbetsbok: den är skadad eller inte en riktig .xlsx-fil. Välj en annan fil.`,
    };
  }
}
