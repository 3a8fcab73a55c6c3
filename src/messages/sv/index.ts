// The Swedish catalogue: every message code's sentence. Add a group's file here (one line).
import type { Catalogue } from '../catalogue';
import { checks } from './checks';
import { cli } from './cli';
import { common } from './common';
import { file } from './file';
import { flags } from './flags';
import { goals } from './goals';
import { importSentences } from './import';
import { importBatch } from './importBatch';
import { plan } from './plan';
import { progress } from './progress';
import { reading } from './reading';
import { settings } from './settings';
import { status } from './status';
import { totals } from './totals';
import { workbook } from './workbook';

export const sv: Catalogue = {
  ...common,
  ...workbook,
  ...plan,
  ...flags,
  ...importSentences,
  ...importBatch,
  ...settings,
  ...totals,
  ...cli,
  ...reading,
  ...file,
  ...goals,
  ...status,
  ...progress,
  ...checks,
};
