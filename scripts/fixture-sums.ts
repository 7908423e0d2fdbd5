// Regenerates go.sum for fixture modules with the real go command against the
// fixture proxy: `npx tsx scripts/fixture-sums.ts test/fixtures/modules/clean ...`.
// Fixtures with deliberate go.sum faults are edited by hand after this.
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFileProxy, hermeticGoEnv, readProxyModules } from '../packages/core/src/index.js';

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sums-'));
const proxyUrl = await buildFileProxy(path.join(root, 'proxy'), await readProxyModules('test/fixtures/proxy'));
const env = { ...process.env, ...(await hermeticGoEnv(root, proxyUrl)) };
for (const dir of process.argv.slice(2)) {
  const args = process.env.TIDY_ARGS ? process.env.TIDY_ARGS.split(' ') : ['mod', 'tidy'];
  const r = spawnSync('go', args, { cwd: dir, env, encoding: 'utf8' });
  console.log(`${dir}: go ${args.join(' ')} -> ${r.status}${r.stderr ? '\n' + r.stderr : ''}`);
}
await fs.rm(root, { recursive: true, force: true });
