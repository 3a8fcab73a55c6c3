// The Swedish catalogue: every message code's sentence. Add a group's file here (one line).
import type { Catalogue } from '../catalogue';
import { common } from './common';
import { file } from './file';

export const sv: Catalogue = {
  ...common,
  ...file,
};
