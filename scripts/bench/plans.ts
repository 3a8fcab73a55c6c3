// Realistic generated personal plans for the import benchmark: a contact block and ten
// activities each, read with the core's own value readers (as the plan readers would).
import type { Activity, PersonalPlan } from '../../src/core/model';
import { readDate } from '../../src/core/values/date';
import { readNumber } from '../../src/core/values/number';
import { readStatus } from '../../src/core/values/status';
import { readTraining, readTrainingList } from '../../src/core/values/training';

const TRAININGS = ['HiS1', 'HiS2', 'HiS4', 'HiS6', 'HiS9', 'HiS12'];
const ACTIVITIES = ['Föreläsning', 'Arbetsplatsträff', 'Workshop', 'Utbildningsdag', 'Informationsmöte'];
const GROUPS = ['Sjuksköterskor', 'Undersköterskor', 'Läkare', 'Kuratorer', 'All personal'];
const DATES = ['15 mars', '2017-04-03', 'v. 17', 'maj', '12/9'];

/** `n` plans of people named "<prefix> <i>", `activities` rows each. */
export function generatePlans(n: number, activities = 10, prefix = 'Spridningsledare'): PersonalPlan[] {
  const plans: PersonalPlan[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${prefix} ${String(i + 1).padStart(4, '0')}`;
    const codes = [TRAININGS[i % TRAININGS.length], TRAININGS[(i + 3) % TRAININGS.length]];
    const unit = `Vårdcentralen ${['Norr', 'Söder', 'Öster', 'Väster'][i % 4]} ${i % 17}`;
    const rows: Activity[] = [];
    for (let j = 0; j < activities; j++) {
      rows.push({
        training: readTraining(codes[j % 2]),
        activity: ACTIVITIES[(i + j) % ACTIVITIES.length],
        targetGroup: GROUPS[(i * 3 + j) % GROUPS.length],
        unit,
        plannedDate: readDate(DATES[(i + j) % DATES.length], 2017),
        plannedNumber: readNumber(j % 7 === 6 ? 'ca 15' : String(10 + ((i + j) % 20))),
        status: readStatus(''),
        doneDate: readDate('', 2017),
        reached: readNumber(''),
        comment: j % 5 === 4 ? 'Tillsammans med enhetschefen' : '',
        source: { source: `${name}.docx`, table: 3, row: j + 2 },
      });
    }
    plans.push({
      source: { kind: 'docx', name: `${name}.docx` },
      contact: {
        name,
        title: 'Sjuksköterska',
        unit,
        region: 'Region Test',
        email: `spridningsledare${i + 1}@region.example`,
        phone: `070-${String(1000000 + i).slice(1)}`,
        trainingsRaw: codes.join(', '),
        trainings: readTrainingList(codes.join(', ')),
      },
      goals: [],
      activities: rows,
      problems: [],
    });
  }
  return plans;
}
