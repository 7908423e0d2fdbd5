// sum-audit against gosumcheck on one local checksum database, in one run.
// A generated go.sum of 2,000 lines (1,000 module versions, zip + /go.mod) is
// checked by: sum-audit cold (no state), sum-audit warm (tree head, records and
// tiles kept from the cold run), and golang.org/x/exp's gosumcheck pointed at
// the same server with -k and -u. Prints wall-time ratios and HTTP request counts.
//
//   npx tsx test/bench/sum-audit.bench.ts     (or: npm run bench -- sum-audit)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../harness/run-action.js';
import { SumdbTestServer } from '../servers/sumdb.js';

const MODULES = 1000;
const FILLER = 3000; // other records in the log, so proofs span several tiles and levels
const REPEATS = 3;

const hash = (n: number, salt: number) => `h1:${Buffer.from(Array.from({ length: 32 }, (_, i) => (n * 31 + i * 7 + salt) & 255)).toString('base64')}`;

async function installGosumcheck(bin: string): Promise<string> {
  const env = { ...process.env, GOBIN: bin, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local' };
  for (const pkg of ['golang.org/x/exp/sumdb/gosumcheck@latest', 'golang.org/x/mod/gosumcheck@latest']) {
    const r = spawnSync('go', ['install', pkg], { env, encoding: 'utf8' });
    if (r.status === 0) return pkg;
    console.log(`go install ${pkg} failed: ${r.stderr.trim().split('\n').pop()}`);
  }
  throw new Error('could not install gosumcheck');
}

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ ms: number; stdout: string; stderr: string; code: number | null }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', c => (stdout += c));
    child.stderr.on('data', c => (stderr += c));
    child.on('error', reject);
    child.on('close', code => resolve({ ms: performance.now() - start, stdout, stderr, code }));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-bench-sum-audit-'));
  const gobin = path.join(root, 'bin');
  const pkg = await installGosumcheck(gobin);
  const gosumcheck = path.join(gobin, 'gosumcheck');
  if (!existsSync(gosumcheck)) throw new Error('gosumcheck binary missing');

  const db = new SumdbTestServer();
  const lines: string[] = [];
  const ids = Array.from({ length: MODULES + FILLER }, (_, i) => i);
  // Interleave bench modules with filler so the records spread over the whole log.
  for (const i of ids) {
    const mod = i % 4 === 0 && i / 4 < MODULES ? `example.com/bench/m${String(i / 4).padStart(4, '0')}` : `example.com/filler/f${i}`;
    db.add(mod, 'v1.0.0', hash(i, 1), hash(i, 2));
    if (mod.startsWith('example.com/bench/')) lines.push(`${mod} v1.0.0 ${hash(i, 1)}`, `${mod} v1.0.0/go.mod ${hash(i, 2)}`);
  }
  await db.start();
  const ws = path.join(root, 'ws');
  await fs.mkdir(ws);
  await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/bench\n\ngo 1.21\n');
  await fs.writeFile(path.join(ws, 'go.sum'), lines.sort().join('\n') + '\n');
  const goEnv = { GOSUMDB: db.gosumdb, GONOSUMDB: '', GOPRIVATE: '', GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOENV: 'off' };
  const inputs = { tidy: 'false', concurrency: process.env.BENCH_CONCURRENCY ?? '32' };

  const measure = async (name: string, fn: () => Promise<{ ms: number; check: () => void }>) => {
    const times: number[] = [];
    const requests: number[] = [];
    const serverCpu: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const before = db.requests.length;
      // This process is the checksum database server: its CPU time during a run is the server's share of the wall time.
      const cpu = process.cpuUsage();
      const r = await fn();
      const used = process.cpuUsage(cpu);
      r.check();
      times.push(r.ms);
      requests.push(db.requests.length - before);
      serverCpu.push((used.user + used.system) / 1000);
    }
    return { name, ms: median(times), requests: median(requests), serverMs: median(serverCpu), all: times.map(t => Math.round(t)) };
  };

  const gsc = await measure('gosumcheck', async () => {
    const r = await timed(gosumcheck, ['-k', db.verifierKey, '-u', db.url, path.join(ws, 'go.sum')], { ...process.env, ...goEnv }, ws);
    return {
      ms: r.ms,
      check: () => {
        if (r.stdout.trim() || r.code !== 0) throw new Error(`gosumcheck reported problems: ${r.stdout.slice(0, 500)} ${r.stderr.slice(0, 500)}`);
      }
    };
  });

  const stateDirs: string[] = [];
  const runGate = async (stateDir: string, extra: Record<string, string> = {}, verified = 2 * MODULES) => {
    const start = performance.now();
    const run = await runAction({ gate: 'sum-audit', workspace: ws, env: goEnv, inputs: { ...inputs, 'state-dir': stateDir, ...extra } });
    const ms = performance.now() - start;
    return {
      ms,
      check: () => {
        if (run.exitCode !== 0 || run.outputs['verified-count'] !== String(verified))
          throw new Error(`sum-audit failed: ${run.outputs['verified-count']} verified\n${run.stdout.slice(-2000)}`);
      }
    };
  };
  const cold = await measure('sum-audit cold', async () => {
    // In the workspace: since issue 19 state-dir stays in the workspace or RUNNER_TEMP (runAction's is per run).
    const dir = path.join(ws, `.state-${stateDirs.length}`);
    stateDirs.push(dir);
    return runGate(dir);
  });
  const warm = await measure('sum-audit warm', () => runGate(stateDirs[0]));
  // The floor: the same bundle reading the same go.sum with the database check off (Node start, go env, report).
  const floor = await measure('floor (sumdb off)', () => runGate(path.join(ws, '.state-unused'), { sumdb: 'false' }, 0));
  await db.stop();

  const tiles = db.requests.filter(r => r.path.startsWith('/tile/')).length;
  console.log(
    `\nsum-audit vs ${pkg} — ${2 * MODULES} go.sum lines (${MODULES} module versions) in a log of ${MODULES + FILLER} records, local test checksum database, median of ${REPEATS}`
  );
  console.log(`${'tool'.padEnd(18)} ${'wall ms'.padStart(8)} ${'ratio'.padStart(7)} ${'requests'.padStart(9)} ${'server cpu ms'.padStart(14)}  runs (ms)`);
  for (const r of [gsc, cold, warm, floor]) {
    console.log(
      `${r.name.padEnd(18)} ${String(Math.round(r.ms)).padStart(8)} ${(r.ms / gsc.ms).toFixed(2).padStart(6)}x ${String(r.requests).padStart(9)} ${String(Math.round(r.serverMs)).padStart(14)}  ${r.all.join(', ')}`
    );
  }
  console.log(
    "server cpu: CPU time of this process (the test checksum database, plus the harness spawning the run) during each run; it is part of both tools' wall time."
  );
  console.log(`targets: cold ≤ 0.5x with requests ≤ ${MODULES} lookups + tiles; warm ≤ 0.1x with near-zero requests (tile requests over all runs: ${tiles})`);
  console.log(`command: npx tsx test/bench/sum-audit.bench.ts (gosumcheck -k <key> -u ${db.url} go.sum)`);
  await fs.rm(root, { recursive: true, force: true });
}

await main();
