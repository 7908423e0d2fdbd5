// Benchmark: vendor-consistency against the Kubernetes-style check (`go mod vendor -o <tmp>` then
// `diff -r vendor <tmp>`), measured in the same run, interleaved, on two trees:
//   real   a real mid-size module's own source from the module proxy (default github.com/nats-io/natscli,
//          about 70 vendored modules; BENCH_VENDOR_MODULE=path@version picks another), with a warm module
//          cache and from an empty one (each side its own, as on a fresh hosted runner);
//   large  a module whose imports vendor a few hundred well-known modules (warm cache).
// For every case it prints where the gate's time goes: Node start-up, the offline pre-check, the
// regeneration, the comparison, and the rest (discovery, the checkout guard, clean-up, report), and a
// floor: a bare Node script doing only what any gate holding to the project's rules must (start, the
// checkout guard's two passes, the same go mod vendor, one read of the regenerated tree).
// Run: npm run bench -- vendor-consistency   (needs the module proxy to fill the module cache)
// BENCH_DIST=<dir> other bundles; BENCH_COMPARE_DIST=<dir> adds those as "before"; BENCH_RUNS (default 3) warm rounds, BENCH_COLD_ROUNDS (default 1) cold rounds, BENCH_VENDOR_CASES=real,large.
import { spawnSync } from 'node:child_process';
import { promises as fs, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintCheckout } from '../../packages/core/src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COLD_ROUNDS = Number(process.env.BENCH_COLD_ROUNDS ?? 1);
const CASES = (process.env.BENCH_VENDOR_CASES ?? 'real,large').split(',').map(s => s.trim());
// BENCH_DIST=<dir> measures other bundles (e.g. a build of main, for a before/after figure).
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
// BENCH_COMPARE_DIST=<dir> also runs that vendor-consistency bundle in the same rounds, printed as "before".
const BEFORE = process.env.BENCH_COMPARE_DIST ? path.resolve(process.env.BENCH_COMPARE_DIST, 'vendor-consistency', 'index.js') : undefined;
const REAL_MODULE = process.env.BENCH_VENDOR_MODULE ?? 'github.com/nats-io/natscli@v0.5.0';

// Well-known modules whose import graphs together vendor a few hundred modules.
const IMPORTS = [
  'k8s.io/client-go/kubernetes',
  'k8s.io/client-go/tools/clientcmd',
  'github.com/prometheus/client_golang/prometheus',
  'google.golang.org/grpc',
  'github.com/spf13/cobra',
  'github.com/spf13/viper',
  'github.com/gin-gonic/gin',
  'go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc',
  'github.com/aws/aws-sdk-go-v2/config',
  'github.com/aws/aws-sdk-go-v2/service/s3',
  'cloud.google.com/go/storage',
  'github.com/hashicorp/vault/api',
  'go.etcd.io/etcd/client/v3',
  'github.com/redis/go-redis/v9',
  'github.com/jackc/pgx/v5',
  'go.mongodb.org/mongo-driver/mongo',
  'github.com/nats-io/nats.go',
  'github.com/IBM/sarama'
];

// -modcacherw: the cold rounds' module caches can be removed afterwards.
const env = { ...process.env, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local', GOWORK: 'off' };

/** Wall time, and CPU time (user + system, the command and its children) read by GNU time. */
type Run = { ms: number; cpuMs: number; status: number | null; stdout: string; stderr: string };

const TIME = '/usr/bin/time';
let cpuFile = '';

function sh(cmd: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Run {
  const t = performance.now();
  const timed = cpuFile ? ([TIME, ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] as const) : ([cmd, args] as const);
  const r = spawnSync(timed[0], [...timed[1]], { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  const cpu = cpuFile ? readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) : [0, 0];
  return { ms, cpuMs: (cpu[0] + cpu[1]) * 1000, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function must(r: Run, what: string): Run {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return r;
}

/** Flushes dirty pages so one timed command's write-back does not land in the next one's time. */
const settle = () => spawnSync('sync');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const msf = (ms: number) => `${Math.round(ms)} ms`;

/** A workspace holding the real module's source as its module proxy zip has it, vendored. */
async function realModule(work: string): Promise<string> {
  const info = JSON.parse(must(sh('go', ['mod', 'download', '-json', REAL_MODULE], work), `go mod download ${REAL_MODULE}`).stdout);
  const mod = path.join(work, 'mod');
  await fs.cp(info.Dir, mod, { recursive: true });
  must(sh('chmod', ['-R', 'u+w', mod], work), 'chmod');
  must(sh('go', ['mod', 'vendor'], mod), 'go mod vendor');
  return mod;
}

/** A workspace whose imports vendor a few hundred modules. */
async function largeModule(work: string): Promise<string> {
  const mod = path.join(work, 'mod');
  await fs.mkdir(mod);
  await fs.writeFile(path.join(mod, 'go.mod'), 'module example.com/benchvendor\n\ngo 1.24\n');
  await fs.writeFile(path.join(mod, 'main.go'), `package main\n\nimport (\n${IMPORTS.map(i => `\t_ "${i}"\n`).join('')})\n\nfunc main() {}\n`);
  for (const i of IMPORTS) must(sh('go', ['get', i], mod), `go get ${i}`);
  must(sh('go', ['mod', 'tidy'], mod), 'go mod tidy');
  must(sh('go', ['mod', 'vendor'], mod), 'go mod vendor');
  return mod;
}

interface GateTimes {
  total: number;
  cpu: number;
  offline: number;
  regenerate: number;
  compare: number;
}

async function benchCase(name: string, work: string, mod: string, opts: { cold: boolean }): Promise<void> {
  const bundle = path.join(DIST, 'vendor-consistency', 'index.js');
  const txt = await fs.readFile(path.join(mod, 'vendor', 'modules.txt'), 'utf8');
  const modules = txt.split('\n').filter(l => /^# \S+ v/.test(l)).length;
  const files = must(sh('find', ['vendor', '-type', 'f'], mod), 'find')
    .stdout.trim()
    .split('\n').length;
  const size = must(sh('du', ['-sh', 'vendor'], mod), 'du').stdout.split('\t')[0];
  console.log(
    `\n--- ${name}: ${modules} vendored modules, ${files} files, ${size} in vendor/ (${must(sh('go', ['env', 'GOVERSION'], mod), 'go env').stdout.trim()})`
  );

  const runnerTemp = path.join(work, 'runner-temp');
  await fs.mkdir(runnerTemp, { recursive: true });
  const out = path.join(work, 'gh-output');
  await fs.writeFile(out, '');
  const reportFile = path.join(runnerTemp, 'go-ci-gates', 'vendor-consistency.json');
  const gate = (inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}, entry = bundle): { run: Run; times: GateTimes } => {
    const run = sh(process.execPath, [entry], mod, {
      // As on a runner: the gate leaves its regenerated tree in RUNNER_TEMP for the runner to empty.
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: mod,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
      'INPUT_FAIL-ON': 'error',
      'INPUT_MAX-ANNOTATIONS': '10',
      'INPUT_WORKING-DIRECTORY': '.',
      'INPUT_MAX-DIFF-LINES': '200',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
      ...extraEnv
    });
    if (run.status !== 0) throw new Error(`gate failed on a clean tree:\n${run.stdout.slice(-3000)}`);
    const times = readTimes(run.ms, run.cpuMs);
    emptyRunnerTemp();
    return { run, times };
  };
  // What the runner does after the job, untimed like the reference's rm -rf: the report stays.
  const emptyRunnerTemp = () => {
    settle();
    for (const f of readdirSync(runnerTemp))
      if (f.startsWith('go-ci-gates-vendor-consistency-')) rmSync(path.join(runnerTemp, f), { recursive: true, force: true });
  };
  const readTimes = (total: number, cpu: number): GateTimes => {
    // The report is read before the next run overwrites it.
    const data = JSON.parse(readFileSync(reportFile, 'utf8')).data[0];
    return { total, cpu, offline: data.offlineMs ?? 0, regenerate: data.regenerateMs ?? 0, compare: data.compareMs ?? 0 };
  };
  // As on a fresh runner: go vendors into a directory that does not exist yet, and nothing removes it
  // (the runner empties RUNNER_TEMP after the job). Its removal is timed apart, for a like-for-like
  // with the gate, which removes its temp dir before it exits.
  let refRuns = 0;
  const reference = (extraEnv: NodeJS.ProcessEnv = {}) => {
    const tmp = path.join(work, `ref-vendor-${refRuns++}`);
    const a = must(sh('go', ['mod', 'vendor', '-o', tmp], mod, extraEnv), 'go mod vendor -o');
    const b = sh('diff', ['-r', 'vendor', tmp], mod);
    if (b.status !== 0) throw new Error(`diff -r found differences on a clean tree:\n${b.stdout.slice(0, 2000)}`);
    settle();
    const c = must(sh('rm', ['-rf', tmp], mod), 'rm -rf');
    return { vendor: a.ms, diff: b.ms, total: a.ms + b.ms, cpu: a.cpuMs + b.cpuMs, rm: c.ms };
  };
  const nodeStart = () => sh(process.execPath, ['-e', '0'], mod).ms;
  // The floor: the least a Node action holding to the project's rules can do for the same answer. It
  // starts, stats every vendored file (the checkout guard), runs the same go mod vendor, reads every
  // regenerated file once (a comparison must; the committed side can be read while go runs), and
  // stats the vendored files again. Nothing is compared, reported or parsed.
  const floorScript = path.join(work, 'floor.mjs');
  await fs.writeFile(
    floorScript,
    [
      "import { lstatSync, readdirSync, readFileSync } from 'node:fs';",
      "import { spawnSync } from 'node:child_process';",
      'const each = (d, f) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = d + "/" + e.name; if (e.isDirectory()) each(p, f); else f(p); } };',
      "const guard = () => each('vendor', p => lstatSync(p, { bigint: true }));",
      'guard();',
      "const r = spawnSync('go', ['mod', 'vendor', '-o', process.argv[2]], { stdio: 'inherit' });",
      'if (r.status !== 0) process.exit(1);',
      'each(process.argv[2], p => readFileSync(p));',
      'guard();'
    ].join('\n')
  );
  let floorRuns = 0;
  const floorRun = () => {
    const tmp = path.join(work, `floor-vendor-${floorRuns++}`);
    const r = must(sh(process.execPath, [floorScript, tmp], mod), 'floor');
    settle();
    rmSync(tmp, { recursive: true, force: true });
    return r.ms;
  };

  // Warm-up: module cache, file cache, both commands once.
  reference();
  gate({ REGENERATE: 'true' });

  const ref: ReturnType<typeof reference>[] = [];
  const full: GateTimes[] = [];
  const before: GateTimes[] = [];
  const offline: number[] = [];
  const node: number[] = [];
  const floor: number[] = [];
  // Each timed command starts after a sync, so the write-back of what the one before wrote and
  // removed is not billed to it, and the order alternates between rounds.
  for (let i = 0; i < RUNS; i++) {
    node.push(nodeStart());
    const pair = [() => ref.push(reference()), () => full.push(gate({ REGENERATE: 'true' }).times), () => floor.push(floorRun())];
    if (BEFORE) pair.push(() => before.push(gate({ REGENERATE: 'true' }, {}, BEFORE).times));
    for (const step of i % 2 ? pair.reverse() : pair) {
      settle();
      step();
    }
    settle();
    offline.push(gate({ REGENERATE: 'false' }).run.ms);
  }
  // The checkout guard hashes go.mod and go.sum and stats every vendored file before and after the gate.
  const fp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fingerprintCheckout(mod);
    fp.push(performance.now() - t);
  }
  const refMs = median(ref.map(r => r.total));
  const gateMs = median(full.map(g => g.total));
  const pick = (k: keyof GateTimes) => median(full.map(g => g[k]));
  const nodeMs = median(node);
  console.log(`warm, ${RUNS} runs (median, interleaved):`);
  console.log(
    `  reference  go mod vendor -o <new tmp> && diff -r vendor <new tmp>: ${fmt(refMs)} (go mod vendor ${fmt(median(ref.map(r => r.vendor)))}, diff -r ${msf(median(ref.map(r => r.diff)))}; rm -rf <tmp> afterwards ${msf(median(ref.map(r => r.rm)))}, not counted)`
  );
  console.log(`  gate       node dist/vendor-consistency/index.js (regenerate: true): ${fmt(gateMs)}  ratio ${(gateMs / refMs).toFixed(2)}x (target <= 1.00x)`);
  const floorMs = median(floor);
  console.log(
    `  floor      node start + checkout guard + go mod vendor -o + one read of the regenerated tree + guard: ${fmt(floorMs)}  ` +
      `floor / reference ${(floorMs / refMs).toFixed(2)}x; gate / floor ${(gateMs / floorMs).toFixed(2)}x`
  );
  if (BEFORE) {
    const b = median(before.map(g => g.total));
    console.log(
      `  before     node ${path.relative(ROOT, BEFORE)} (regenerate: true): ${fmt(b)}  ratio ${(b / refMs).toFixed(2)}x; CPU ${fmt(median(before.map(g => g.cpu)))}; ` +
        `regeneration ${msf(median(before.map(g => g.regenerate)))}, compare ${msf(median(before.map(g => g.compare)))} (gate: ${msf(median(full.map(g => g.compare)))}, ` +
        `after/before ${(median(full.map(g => g.compare)) / median(before.map(g => g.compare))).toFixed(2)}x)`
    );
  }
  const refCpu = median(ref.map(r => r.cpu));
  const gateCpu = pick('cpu');
  console.log(
    `  CPU time (user + system, with children; steadier than wall time on a shared machine): reference ${fmt(refCpu)}, gate ${fmt(gateCpu)}  ratio ${(gateCpu / refCpu).toFixed(2)}x`
  );
  const rest = gateMs - nodeMs - pick('regenerate') - pick('compare');
  console.log(
    `  where the gate's time goes: node start-up ${msf(nodeMs)} (node -e 0), regeneration ${msf(pick('regenerate'))} ` +
      `(pre-check ${msf(pick('offline'))} alongside it), compare ${msf(pick('compare'))}, ` +
      `rest ${msf(rest)} (bundle load, discovery, checkout guard ${msf(median(fp))} per pass × 2, temp clean-up, report; ` +
      `the regenerated tree is left in RUNNER_TEMP, as the reference leaves its own)`
  );
  console.log(`  offline    node dist/vendor-consistency/index.js (regenerate: false): ${fmt(median(offline))} whole process (target < 1 s)`);

  if (!opts.cold) return;
  const coldRef: number[] = [];
  const coldGate: GateTimes[] = [];
  for (let i = 0; i < COLD_ROUNDS; i++) {
    const refCache = path.join(work, `cold-ref-${i}`);
    const gateCache = path.join(work, `cold-gate-${i}`);
    settle();
    coldRef.push(reference({ GOMODCACHE: refCache }).total);
    settle();
    coldGate.push(gate({ REGENERATE: 'true' }, { GOMODCACHE: gateCache }).times);
    await fs.rm(refCache, { recursive: true, force: true });
    await fs.rm(gateCache, { recursive: true, force: true });
  }
  const cr = median(coldRef);
  const cg = median(coldGate.map(g => g.total));
  console.log(`cold (each side its own empty module cache), ${COLD_ROUNDS} round${COLD_ROUNDS === 1 ? '' : 's'} (median):`);
  console.log(
    `  reference ${fmt(cr)}; gate ${fmt(cg)} (regeneration ${fmt(median(coldGate.map(g => g.regenerate)))})  ratio ${(cg / cr).toFixed(2)}x (target <= 1.00x)`
  );
}

async function main(): Promise<void> {
  await fs.access(path.join(DIST, 'vendor-consistency', 'index.js'));
  const timing = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-bench-cpu-'));
  cpuFile = path.join(timing, 'cpu');
  for (const c of CASES) {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), `gcg-bench-vendor-${c}-`));
    try {
      if (c === 'real') await benchCase(`real module ${REAL_MODULE}`, work, await realModule(work), { cold: COLD_ROUNDS > 0 });
      else if (c === 'large') await benchCase(`${IMPORTS.length} imports of well-known modules`, work, await largeModule(work), { cold: false });
      else throw new Error(`unknown case ${c} (real, large)`);
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }
  await fs.rm(timing, { recursive: true, force: true });
}

await main();
