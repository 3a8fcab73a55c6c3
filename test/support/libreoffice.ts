// LibreOffice headless as an independent calculator: a workbook our code wrote is opened by
// another spreadsheet program, every formula recalculated, and its sheets read back as CSV. Shared
// by the tests that compare what Excel would show (the summary, the status sheet) with our numbers.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SOFFICE = '/usr/bin/soffice';

/**
 * Converts `files` to CSV in `dir/out`, one file per sheet (`<name>-<sheet>.csv`) when `sheet` is
 * -1, else only that sheet (1-based). A fresh profile under `dir` tells Calc to recalculate every
 * formula on load instead of trusting the cached results the file carries.
 */
export function recalculatedCsv(dir: string, files: string[], sheet = -1, timeout = 200_000): string {
  fs.mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'profile', 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n',
  );
  const out = path.join(dir, 'out');
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,${sheet}`,
      '--outdir',
      out,
      ...files,
    ],
    { stdio: 'pipe', timeout },
  );
  return out;
}

/** LibreOffice's CSV: "," separated, '"' quoted ("" inside quotes), CRLF or LF lines. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
