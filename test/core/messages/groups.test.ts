// The groups of message codes, each on its own: a code declared in two groups would silently take
// the later group's parameters when they are spread into ALL_MESSAGE_SAMPLES (and the two areas
// would share one sentence), and a group not spread there would have codes no catalogue knows.
// The groups are found as the files of src/core/messages declare them, so a new group is checked
// without being listed here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_MESSAGE_SAMPLES } from '../../../src/core/messages';

const DIR = path.resolve(__dirname, '../../../src/core/messages');
/** Files of the directory that declare no group. */
const NOT_GROUPS = new Set(['index.ts', 'define.ts']);

type Groups = Record<string, Record<string, unknown>>;

/** Every exported group of every file: "plan.ts planMessages" → its samples. */
async function groupsOnDisk(): Promise<Groups> {
  const groups: Groups = {};
  for (const file of fs.readdirSync(DIR).sort()) {
    if (!file.endsWith('.ts') || NOT_GROUPS.has(file)) continue;
    const module = (await import(path.join(DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (value !== null && typeof value === 'object')
        groups[`${file} ${name}`] = value as Record<string, unknown>;
  }
  return groups;
}

/** Codes declared in more than one group, with the groups that declare them. */
function duplicateCodes(groups: Groups): Record<string, string[]> {
  const where = new Map<string, string[]>();
  for (const [group, samples] of Object.entries(groups))
    for (const code of Object.keys(samples)) where.set(code, [...(where.get(code) ?? []), group]);
  return Object.fromEntries([...where].filter(([, in_]) => in_.length > 1));
}

describe('message groups', () => {
  it('finds the groups of the directory', async () => {
    const groups = await groupsOnDisk();
    expect(Object.keys(groups)).toEqual(
      expect.arrayContaining(['plan.ts planMessages', 'cli.ts cliMessages']),
    );
    expect(Object.keys(groups).length).toBeGreaterThanOrEqual(10);
  });

  it('declare every code in one group only', async () => {
    expect(duplicateCodes(await groupsOnDisk())).toEqual({});
  });

  it('are all spread into ALL_MESSAGE_SAMPLES, with their own parameters', async () => {
    const groups = await groupsOnDisk();
    const all = ALL_MESSAGE_SAMPLES as Record<string, unknown>;
    for (const samples of Object.values(groups))
      for (const [code, params] of Object.entries(samples)) expect([code, all[code]]).toEqual([code, params]);
    const declared = Object.values(groups).reduce((n, g) => n + Object.keys(g).length, 0);
    expect(Object.keys(all)).toHaveLength(declared);
  });

  it('a code in two groups is found, naming both', () => {
    const groups = {
      'plan.ts planMessages': { 'plan-docx-empty': {}, 'shared-code': { file: 'a' } },
      'import.ts importMessages': { 'shared-code': { tab: 'b' } },
      'cli.ts cliMessages': { 'cli-out-missing': {} },
    };
    expect(duplicateCodes(groups)).toEqual({
      'shared-code': ['plan.ts planMessages', 'import.ts importMessages'],
    });
  });
});
