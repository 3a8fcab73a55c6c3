// Word's text/plain → blocks. Table cells are TAB-separated and rows end with CRLF; a line break
// inside a cell splits its row over two lines, unquoted. Word always puts a paragraph between
// two tables, so a table is a run of lines that contain TABs, plus the lines that continue a row
// that has fewer cells than the table's width. Limits (inherent to the format): a line break in
// a row's first or last cell cannot be told from a paragraph, and a horizontally merged cell
// shortens its row. Vertically merged cells arrive as empty cells; the interpreter fills the
// columns where that happens (training, target group, unit) down.
import type { Block } from './blocks';
import { padRows } from './blocks';

function isSumRow(cells: string[]): boolean {
  const first = (cells.find((c) => c.trim() !== '') ?? '').trim().toLowerCase();
  return first.startsWith('summa') || first.startsWith('totalt');
}

export function textToBlocks(text: string): Block[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.includes('\t')) {
      blocks.push({ kind: 'paragraph', text: line });
      i++;
      continue;
    }
    // The table's width: the widest of the TAB lines that follow without interruption.
    let width = 0;
    for (let j = i; j < lines.length && lines[j].includes('\t'); j++)
      width = Math.max(width, lines[j].split('\t').length);
    const rows: string[][] = [];
    let cur: string[] | null = null;
    const emit = () => {
      if (cur) rows.push(cur);
      cur = null;
    };
    while (i < lines.length) {
      const l = lines[i];
      const hasTab = l.includes('\t');
      if (!hasTab && (cur === null || l.trim() === '')) break;
      const fields = l.split('\t');
      if (cur === null) cur = fields;
      else {
        const row: string[] = cur;
        row[row.length - 1] += `\n${fields[0]}`;
        row.push(...fields.slice(1));
      }
      i++;
      if (cur.length >= width || isSumRow(cur)) emit();
    }
    emit();
    blocks.push({ kind: 'table', rows: padRows(rows) });
  }
  return blocks;
}
