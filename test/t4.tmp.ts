import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runAction } from './harness/run-action.js';
import { SumdbTestServer } from './servers/sumdb.js';
const hash = (n: number, salt: number) => `h1:${Buffer.from(Array.from({ length: 32 }, (_, i) => (n * 31 + i * 7 + salt) & 255)).toString('base64')}`;
const db = new SumdbTestServer();
const lines: string[] = [];
for (let i = 0; i < 4000; i++) {
  const mod = i % 4 === 0 ? `example.com/bench/m${String(i / 4).padStart(4, '0')}` : `example.com/filler/f${i}`;
  db.add(mod, 'v1.0.0', hash(i, 1), hash(i, 2));
  if (mod.startsWith('example.com/bench/')) lines.push(`${mod} v1.0.0 ${hash(i, 1)}`, `${mod} v1.0.0/go.mod ${hash(i, 2)}`);
}
await db.start();
const ws = '/tmp/gcg-prof/ws'; await fs.rm('/tmp/gcg-prof', { recursive: true, force: true }); await fs.mkdir(ws, { recursive: true });
await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/bench\n\ngo 1.21\n');
await fs.writeFile(path.join(ws, 'go.sum'), lines.sort().join('\n') + '\n');
const goEnv = { GOSUMDB: db.gosumdb, GONOSUMDB: '', GOPRIVATE: '', GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOENV: 'off', };
for (const label of ['cold', 'warm']) {
  const t = Date.now();
  const run = await runAction({ gate: 'sum-audit', workspace: ws, env: goEnv, inputs: { tidy: 'false', concurrency: '32', 'state-dir': '/tmp/gcg-prof/state' } });
  console.log(label, Date.now() - t, run.outputs['verified-count'], run.stderr.slice(0,300), run.stdout.split('\n').filter(l => /group::go|Lookups|lookups/.test(l)).join(' | '));
}
const { spawn } = await import('node:child_process');
await fs.rm('/tmp/gcg-prof/state', { recursive: true, force: true });
for (const label of ['cold-prof']) {
  const env: Record<string,string> = { ...process.env as Record<string,string>, ...goEnv, NODE_OPTIONS: '', GITHUB_WORKSPACE: ws, RUNNER_TEMP: '/tmp/gcg-prof/rt', INPUT_TIDY: 'false', INPUT_CONCURRENCY: '32', 'INPUT_STATE-DIR': '/tmp/gcg-prof/state', 'INPUT_FAIL-ON': 'error', 'INPUT_WORKING-DIRECTORY': '.', 'INPUT_MAX-ANNOTATIONS': '10', INPUT_SUMDB: 'true', INPUT_CACHE: 'true', INPUT_UNVERIFIABLE: 'warn', 'INPUT_REQUEST-TIMEOUT': '20', INPUT_ATTEMPTS: '4' };
  await fs.mkdir('/tmp/gcg-prof/rt', { recursive: true });
  const t = Date.now();
  let out = '';
  await new Promise(r => { const c = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=/tmp/gcg-prof/prof', '/work/wt/sum-audit/dist/sum-audit/index.js'], { env, cwd: ws, stdio: ['ignore', 'pipe', 'pipe'] }); c.stdout.on('data', d => (out += d)); c.on('close', r); });
  console.log(out.split('\n').filter(l => /lookups|Passed|Failed|error/.test(l)).join('\n').slice(0, 600));
  console.log(label, Date.now() - t);
}
await db.stop();
// then profile a warm run directly
import { spawnSync } from 'node:child_process';
