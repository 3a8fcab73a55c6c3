// Flags comparing one person's rows in a round's tab with their assignments in the overall plan.
import type { Flag, LogActivityRow, Round } from '../model';
import { unitKey } from './keys';
import type { PersonAssignments } from './overallIndex';

function cell(r: LogActivityRow, column: keyof LogActivityRow['cells']): string {
  return r.cells[column] ?? r.cells.person ?? `A${r.row}`;
}

export function overallFlags(rows: LogActivityRow[], p: PersonAssignments, round: Round): Flag[] {
  const out: Flag[] = [];
  const name = p.name;
  const first = rows[0];
  const sheet = first.sheet;
  const byCode = new Map<string, LogActivityRow[]>();
  for (const r of rows) {
    const code = r.training.code;
    if (code === null) continue;
    const list = byCode.get(code) ?? [];
    list.push(r);
    byCode.set(code, list);
  }
  const base = { person: name, round, sheet };

  for (const [code, list] of byCode) {
    const assigned = p.trainings.get(code);
    if (!assigned) {
      out.push({
        ...base,
        code: 'training-not-assigned',
        severity: 'warning',
        training: code,
        cell: cell(list[0], 'training'),
        message: `${name} har aktiviteter för ${code} (från rad ${list[0].row} i fliken ”${sheet}”), men ${code} är inte tilldelad ${name} i den övergripande spridningsplanen. Kontrollera utbildningen eller lägg till uppdraget i den övergripande planen.`,
      });
      continue;
    }
    if (assigned.unitKeys.size > 0) {
      for (const r of list) {
        if (r.unit === '' || assigned.unitKeys.has(unitKey(r.unit))) continue;
        out.push({
          ...base,
          code: 'unit-mismatch',
          severity: 'warning',
          training: code,
          cell: cell(r, 'unit'),
          message: `Verksamheten ”${r.unit}” på rad ${r.row} i fliken ”${sheet}” är inte den som står för ${name} och ${code} i den övergripande spridningsplanen (${assigned.units.map((u) => `”${u}”`).join(', ')}). Rätta verksamheten på raden eller i den övergripande planen.`,
        });
      }
    }
    if (assigned.goalReadable) {
      const planned = list.reduce((s, r) => s + (r.plannedNumber.value ?? 0), 0);
      if (planned < assigned.goal)
        out.push({
          ...base,
          code: 'planned-below-goal',
          severity: 'warning',
          training: code,
          cell: cell(list[0], 'plannedNumber'),
          message: `${name} planerar att nå ${planned} personer med ${code} i fliken ”${sheet}”, men målet i den övergripande spridningsplanen är ${assigned.goal}. Stäm av med ${name} om fler aktiviteter behövs eller om målet ska ändras.`,
        });
    }
  }

  for (const code of p.trainings.keys()) {
    if (byCode.has(code)) continue;
    out.push({
      ...base,
      code: 'assigned-training-without-activity',
      severity: 'warning',
      training: code,
      cell: cell(first, 'person'),
      message: `${name} ska enligt den övergripande spridningsplanen sprida ${code} men har inga aktiviteter för ${code} i fliken ”${sheet}”. Fråga ${name} om aktiviteterna saknas i planen, eller ändra den övergripande planen.`,
    });
  }
  return out;
}
