// `npm run bench`: runs scripts/bench.ts with the repository's TypeScript require hook and
// --expose-gc (for clean heap baselines). Extra arguments are passed on (--quick, --skip-browser).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(
  process.execPath,
  ['--expose-gc', '-r', './scripts/ts-register.cjs', 'scripts/bench.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(r.status ?? 1);
