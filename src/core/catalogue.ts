// The programme's trainings (domain.md, "The trainings"). There is no HiS3 in the seeds.
// The coordinator can extend the catalogue through the workbook's settings (see settings.ts).
import type { TrainingDef } from './model';

export const DEFAULT_CATALOGUE: TrainingDef[] = [
  { code: 'HiS1', name: 'Vad hela organisationen bör veta!', aliases: [] },
  {
    code: 'HiS2',
    name: 'Hälsoinformation och hälsostöd för asylsökande och nyanlända',
    aliases: [],
  },
  { code: 'HiS4', name: 'Nyanlända som resurs', aliases: [] },
  {
    code: 'HiS5',
    name: 'Förstärkta arbetssätt för hälsoundersökningar',
    aliases: [],
  },
  {
    code: 'HiS6',
    name: 'Migration och psykisk hälsa – grundkurs',
    aliases: [],
  },
  {
    code: 'HiS7',
    name: 'Insatser vid trauma hos asylsökande och nyanlända',
    aliases: [],
  },
  { code: 'HiS8', name: 'Lifespan Integration', aliases: [] },
  {
    code: 'HiS9',
    name: 'Migration och psykisk hälsa – för primärvården',
    aliases: [],
  },
  {
    code: 'HiS10',
    name: 'Migration och psykisk hälsa – för elevhälsan',
    aliases: [],
  },
  {
    code: 'HiS11',
    name: 'Migration och psykisk hälsa – för specialistpsykiatrin',
    aliases: [],
  },
  {
    code: 'HiS12',
    name: 'Att leda gruppverksamhet och förändringsarbete vid nya arbetssätt',
    aliases: [],
  },
  { code: 'HiS13', name: 'Dag för chefer och beslutsfattare', aliases: [] },
];
