// Workbook.functions (ExcelApi 1.2): worksheet functions evaluated by Excel without a cell.
// Each call answers a FunctionResult whose `value` is the result and whose `error` is the error
// value ("#NUM!") when there is one. The emulator has no formula engine: it evaluates only the
// functions listed here, in the workbook's own date system; any other answers ApiNotFound.
import { daySerial } from '../core/xlsx/dates';
import { HostObject, type HostEnv, type MethodSpec, type PropSpec } from './hostObject';

export class FunctionResultObject extends HostObject {
  readonly typeName = 'FunctionResult';
  constructor(
    env: HostEnv,
    private readonly result: { value: unknown; error: string | null },
  ) {
    super(env);
  }
  protected override props(): Record<string, PropSpec> {
    return {
      Value: { get: () => (this.result.error === null ? this.result.value : null) },
      Error: { get: () => this.result.error },
    };
  }
}

function numberArg(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  // Text that is a number counts as that number; other text is #VALUE!.
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Math.trunc(Number(v));
  return null;
}

/**
 * DATE(year, month, day) as Excel computes it: a year 0–1899 is 1900 + year; months and days
 * outside their range roll over; the serial is in the workbook's date system, #NUM! when it
 * falls before the system's first day or the year is outside 0–9999.
 * https://support.microsoft.com/office/date-function-e36c0c8c-4104-49da-ab83-82328b832349
 */
export function excelDate(
  year: unknown,
  month: unknown,
  day: unknown,
  date1904: boolean,
): { value: unknown; error: string | null } {
  const [y0, m, d] = [numberArg(year), numberArg(month), numberArg(day)];
  if (y0 === null || m === null || d === null) return { value: null, error: '#VALUE!' };
  if (y0 < 0 || y0 > 9999) return { value: null, error: '#NUM!' };
  const months = (y0 < 1900 ? y0 + 1900 : y0) * 12 + (m - 1);
  const y = Math.floor(months / 12);
  const serial = daySerial(y, months - y * 12 + 1, 1, date1904) + d - 1;
  if (serial < 0 || y > 9999) return { value: null, error: '#NUM!' };
  return { value: serial, error: null };
}

export class FunctionsObject extends HostObject {
  readonly typeName = 'Functions';
  protected override methods(): Record<string, MethodSpec> {
    const result = (r: { value: unknown; error: string | null }) => new FunctionResultObject(this.env, r);
    return {
      Date: (year, month, day) => result(excelDate(year, month, day, this.env.wb.date1904)),
    };
  }
}
