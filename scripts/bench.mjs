#!/usr/bin/env node
// Runs every benchmark (test/bench/*.bench.ts), or those named: `npm run bench -- coverage-gate`.
// Benchmarks print each figure as a ratio against the reference tool measured in the same run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test', 'bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter(f => f.endsWith('.bench.ts'))
  .filter(f => !wanted.length || wanted.some(w => f.startsWith(w)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(dir, f)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (!files.length) console.log('no benchmarks matched');
process.exit(failed ? 1 : 0);
