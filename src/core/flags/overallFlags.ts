// Flags comparing one person's rows in a round's tab with their assignments in the overall plan.
import type { Flag, LogActivityRow, Round } from '../model';
import { unitKey } from './keys';
import type { PersonAssignments } from './overallIndex';

function cell(r: LogActivityRow, column: keyof LogActivityRow['cells']): string {
  return r.cells[column] ?? r.cells.person ?? `A${r.row}`;
}

/** The flags below as plain object literals, keys in one order (a spread of shared fields was slow). */
function flag(
  name: string,
  round: Round,
  sheet: string,
  code: Flag['code'],
  training: string,
  at: string,
  message: string,
): Flag {
  return { person: name, round, sheet, code, severity: 'warning', training, cell: at, message };
}

/** The person's flags against the overall plan, appended to `out` (a new array when not given). */
export function overallFlags(
  rows: LogActivityRow[],
  p: PersonAssignments,
  round: Round,
  out: Flag[] = [],
): Flag[] {
  const name = p.name;
  const first = rows[0];
  const sheet = first.sheet;
  const byCode = new Map<string, LogActivityRow[]>();
  for (const r of rows) {
    const code = r.training.code;
    if (code === null) continue;
    let list = byCode.get(code);
    if (!list) byCode.set(code, (list = []));
    list.push(r);
  }

  for (const [code, list] of byCode) {
    const assigned = p.trainings.get(code);
    if (!assigned) {
      out.push(
        flag(
          name,
          round,
          sheet,
          'training-not-assigned',
          code,
          cell(list[0], 'training'),
          `${name} har aktiviteter för ${code} (från rad ${list[0].row} i fliken ”${sheet}”), men ${code} är inte tilldelad ${name} i den övergripande spridningsplanen. Kontrollera utbildningen eller lägg till uppdraget i den övergripande planen.`,
        ),
      );
      continue;
    }
    if (assigned.unitKeys.size > 0) {
      let units: string | undefined; // the assigned units as the messages list them, built once
      for (const r of list) {
        if (r.unit === '' || assigned.unitKeys.has(unitKey(r.unit))) continue;
        units ??= assigned.units.map((u) => `”${u}”`).join(', ');
        out.push(
          flag(
            name,
            round,
            sheet,
            'unit-mismatch',
            code,
            cell(r, 'unit'),
            `Verksamheten ”${r.unit}” på rad ${r.row} i fliken ”${sheet}” är inte den som står för ${name} och ${code} i den övergripande spridningsplanen (${units}). Rätta verksamheten på raden eller i den övergripande planen.`,
          ),
        );
      }
    }
    if (assigned.goalReadable) {
      const planned = list.reduce((s, r) => s + (r.plannedNumber.value ?? 0), 0);
      if (planned < assigned.goal)
        out.push(
          flag(
            name,
            round,
            sheet,
            'planned-below-goal',
            code,
            cell(list[0], 'plannedNumber'),
            `${name} planerar att nå ${planned} personer med ${code} i fliken ”${sheet}”, men målet i den övergripande spridningsplanen är ${assigned.goal}. Stäm av med ${name} om fler aktiviteter behövs eller om målet ska ändras.`,
          ),
        );
    }
  }

  for (const code of p.trainings.keys()) {
    if (byCode.has(code)) continue;
    out.push(
      flag(
        name,
        round,
        sheet,
        'assigned-training-without-activity',
        code,
        cell(first, 'person'),
        `${name} ska enligt den övergripande spridningsplanen sprida ${code} men har inga aktiviteter för ${code} i fliken ”${sheet}”. Fråga ${name} om aktiviteterna saknas i planen, eller ändra den övergripande planen.`,
      ),
    );
  }
  return out;
}
