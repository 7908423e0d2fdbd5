// Start-up of every bundled gate: each gate run as the runner runs it (node dist/<gate>/index.js with
// INPUT_* variables, action.yml defaults) on a trivial module, against `node -e 0` measured in the same
// run, interleaved; printed as the difference and the ratio, with how much of the difference the go
// commands the gate ran account for (summed from its log). Then coverage-gate on a small real profile
// (github.com/google/uuid's own tests, a module from the module proxy) against `go tool cover -func`.
// Run: npm run bench -- startup   (BENCH_RUNS, default 9; BENCH_DIST, BENCH_COMPARE_DIST; the uuid case needs the module proxy once)
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inputEnvName } from '@go-ci-gates/core';
import { REPO_ROOT } from '../harness/go-sandbox.js';
import { actionInputs } from '../harness/run-action.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const GATES = ['coverage-gate', 'license-policy', 'mod-review', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency'];
/** What each gate needs beyond its defaults to pass on the trivial module. */
const GATE_INPUTS: Record<string, Record<string, string>> = { 'coverage-gate': { profile: 'cover.out' }, 'mod-review': { 'base-ref': 'HEAD~1' } };
const SMALL_REAL_MODULE = 'github.com/google/uuid@v1.6.0';
const TARGET_MS = 150;
// BENCH_DIST=<dir> measures other bundles (e.g. a build of main, for a before/after figure).
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(REPO_ROOT, 'dist');
// BENCH_COMPARE_DIST=<dir> also runs those bundles in the same rounds and prints them as "before".
const BEFORE = process.env.BENCH_COMPARE_DIST ? path.resolve(process.env.BENCH_COMPARE_DIST) : undefined;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Timed {
  ms: number;
  /** CPU time of the process and every process it waited for (user + system), when GNU time is installed. */
  cpuMs?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

// CPU time does not grow with what else the machine runs as wall time does: on a shared machine it is the steadier figure.
const GNU_TIME = ['/usr/bin/time', '/bin/time'].find(f => existsSync(f) && spawnSync(f, ['-f', '%U', 'true'], { encoding: 'utf8' }).status === 0);
const CPU_MARK = 'gcg-bench-cpu';

function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Timed {
  const t = performance.now();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', `${CPU_MARK} %U %S`, cmd, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  const m = new RegExp(`^${CPU_MARK} ([\\d.]+) ([\\d.]+)\\n?$`, 'm').exec(r.stderr);
  const stderr = m ? r.stderr.replace(m[0], '') : r.stderr;
  return { ms, ...(m ? { cpuMs: (Number(m[1]) + Number(m[2])) * 1000 } : {}), status: r.status, stdout: r.stdout, stderr };
}

/** A module with one main package and a test: everything a gate can look at, nothing to download. */
async function trivialModule(dir: string, goEnv: NodeJS.ProcessEnv): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'go.mod'), 'module example.com/trivial\n\ngo 1.22\n');
  await fs.writeFile(
    path.join(dir, 'main.go'),
    'package main\n\nfunc abs(x int) int {\n\tif x < 0 {\n\t\treturn -x\n\t}\n\treturn x\n}\n\nfunc main() { println(abs(-1)) }\n'
  );
  await fs.writeFile(
    path.join(dir, 'main_test.go'),
    'package main\n\nimport "testing"\n\nfunc TestAbs(t *testing.T) {\n\tif abs(-2) != 2 {\n\t\tt.Fatal("abs")\n\t}\n}\n'
  );
  const r = timed('go', ['test', '-coverprofile=cover.out', './...'], dir, goEnv);
  if (r.status !== 0) throw new Error(`go test failed: ${r.stderr}`);
  // Two commits, so mod-review has a base to compare with (HEAD~1: the module without its test).
  const git = (args: string[]) => {
    const g = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, encoding: 'utf8' });
    if (g.status !== 0) throw new Error(`git ${args.join(' ')}: ${g.stderr}`);
  };
  git(['init', '-q']);
  git(['add', 'go.mod', 'main.go']);
  git(['commit', '-q', '-m', 'module']);
  git(['add', 'main_test.go']);
  git(['commit', '-q', '-m', 'test']);
}

/** The environment the runner gives a JavaScript action: inputs with their defaults, file commands, temp dirs. */
async function actionEnv(
  gate: string,
  workspace: string,
  scratch: string,
  goEnv: NodeJS.ProcessEnv,
  inputs: Record<string, string>
): Promise<NodeJS.ProcessEnv> {
  const files: Record<string, string> = {};
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH']) {
    files[name] = path.join(scratch, name.toLowerCase());
    await fs.writeFile(files[name], '');
  }
  const runnerTemp = path.join(scratch, 'runner-temp');
  await fs.mkdir(runnerTemp, { recursive: true });
  const event = path.join(scratch, 'event.json');
  await fs.writeFile(event, '{}');
  const env: NodeJS.ProcessEnv = {
    ...goEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo/trivial',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    RUNNER_TEMP: runnerTemp,
    ...files
  };
  for (const [name, spec] of Object.entries(actionInputs(gate))) if (spec.default !== undefined) env[inputEnvName(name)] = String(spec.default);
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
  return env;
}

/** Milliseconds the gate's go commands took, from the `go ... (12ms, exit 0)` groups it logs. */
function goCommandMs(stdout: string): { ms: number; count: number } {
  let ms = 0;
  let count = 0;
  for (const m of stdout.matchAll(/^::group::go .* \((\d+(?:\.\d+)?)(ms|s), exit [^)]*\)$/gm)) {
    ms += Number(m[1]) * (m[2] === 's' ? 1000 : 1);
    count++;
  }
  return { ms, count };
}

async function main(): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-bench-startup-'));
  try {
    // No network: a trivial module needs none, and the figure must not depend on the proxy.
    const goEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-mod=mod',
      GOPROXY: 'off',
      GOWORK: 'off'
    };
    for (const k of ['GOMODCACHE', 'GOCACHE', 'GOPATH']) if (process.env[k]) goEnv[k] = process.env[k];
    const mod = path.join(work, 'trivial');
    await trivialModule(mod, goEnv);
    const envs = new Map<string, NodeJS.ProcessEnv>();
    for (const g of GATES) envs.set(g, await actionEnv(g, mod, await fs.mkdtemp(path.join(work, `${g}-`)), goEnv, GATE_INPUTS[g] ?? {}));

    const node: number[] = [];
    const nodeCpu: number[] = [];
    const gate = new Map<string, number[]>(GATES.map(g => [g, []]));
    const gateCpu = new Map<string, number[]>(GATES.map(g => [g, []]));
    const before = new Map<string, number[]>(GATES.map(g => [g, []]));
    const beforeCpu = new Map<string, number[]>(GATES.map(g => [g, []]));
    const goMs = new Map<string, number[]>(GATES.map(g => [g, []]));
    const goCount = new Map<string, number>();
    /** ms from process start to the gate's own work (its `start-up:` debug line), and its `go env`. */
    const startupMs = new Map<string, number[]>(GATES.map(g => [g, []]));
    const goEnvMs = new Map<string, number[]>(GATES.map(g => [g, []]));
    const bundle = (g: string) => path.join(DIST, g, 'index.js');
    // Warm-up: file cache, go's build and list caches.
    timed(process.execPath, ['-e', '0'], mod, goEnv);
    for (const g of GATES) timed(process.execPath, [bundle(g)], mod, envs.get(g)!);
    for (let i = 0; i < RUNS; i++) {
      const n = timed(process.execPath, ['-e', '0'], mod, goEnv);
      node.push(n.ms);
      if (n.cpuMs !== undefined) nodeCpu.push(n.cpuMs);
      for (const g of GATES) {
        const r = timed(process.execPath, [bundle(g)], mod, envs.get(g)!);
        if (r.status !== 0) throw new Error(`${g} did not pass on the trivial module:\n${r.stdout.slice(-3000)}${r.stderr.slice(-2000)}`);
        gate.get(g)!.push(r.ms);
        if (r.cpuMs !== undefined) gateCpu.get(g)!.push(r.cpuMs);
        if (BEFORE) {
          const b = timed(process.execPath, [path.join(BEFORE, g, 'index.js')], mod, envs.get(g)!);
          if (b.status !== 0) throw new Error(`${g} (before) did not pass on the trivial module:\n${b.stdout.slice(-3000)}${b.stderr.slice(-2000)}`);
          before.get(g)!.push(b.ms);
          if (b.cpuMs !== undefined) beforeCpu.get(g)!.push(b.cpuMs);
        }
        const startup = /^::debug::start-up: (\d+) ms/m.exec(r.stdout);
        if (startup) startupMs.get(g)!.push(Number(startup[1]));
        const goEnvRun = /^::group::go env -json \((\d+(?:\.\d+)?)(ms|s),/m.exec(r.stdout);
        if (goEnvRun) goEnvMs.get(g)!.push(Number(goEnvRun[1]) * (goEnvRun[2] === 's' ? 1000 : 1));
        const go = goCommandMs(r.stdout);
        goMs.get(g)!.push(go.ms);
        goCount.set(g, go.count);
      }
    }
    const base = median(node);
    console.log(`trivial module (one main package and a test, no dependencies), ${RUNS} runs interleaved, medians:`);
    const baseCpu = nodeCpu.length ? median(nodeCpu) : undefined;
    console.log(
      `  node -e 0: ${base.toFixed(0)} ms${baseCpu !== undefined ? `, CPU ${baseCpu.toFixed(0)} ms` : ''} (${process.version}; CPU: user + system of the process and the go commands it ran)`
    );
    for (const g of GATES) {
      const ms = median(gate.get(g)!);
      const extra = ms - base;
      const go = median(goMs.get(g)!);
      console.log(
        `  ${g.padEnd(19)} ${ms.toFixed(0).padStart(5)} ms  start-up ${extra >= 0 ? '+' : ''}${extra.toFixed(0).padStart(4)} ms over node -e 0 ` +
          `(ratio ${(ms / base).toFixed(2)}x; its ${goCount.get(g)} go command${goCount.get(g) === 1 ? '' : 's'} ${go.toFixed(0)} ms summed) ` +
          `${extra <= TARGET_MS ? 'ok' : 'over'} (target <= +${TARGET_MS} ms)` +
          (BEFORE ? `; before ${median(before.get(g)!).toFixed(0)} ms (+${(median(before.get(g)!) - base).toFixed(0)} ms)` : '')
      );
      if (baseCpu !== undefined && gateCpu.get(g)!.length) {
        const cpu = median(gateCpu.get(g)!);
        const was = BEFORE && beforeCpu.get(g)!.length ? median(beforeCpu.get(g)!) : undefined;
        console.log(
          `  ${''.padEnd(19)} CPU ${cpu.toFixed(0).padStart(5)} ms, +${(cpu - baseCpu).toFixed(0)} ms over node -e 0` +
            (was !== undefined ? `; before ${was.toFixed(0)} ms (+${(was - baseCpu).toFixed(0)} ms), after/before ${(cpu / was).toFixed(2)}x` : '')
        );
      }
    }
    console.log(
      `start-up path (process start to the gate's own work: bundle loaded, inputs read, modules discovered, checkout fingerprinted), medians, against node -e 0 (${base.toFixed(0)} ms):`
    );
    for (const g of GATES) {
      if (!startupMs.get(g)!.length) continue;
      const ms = median(startupMs.get(g)!);
      const goEnv = goEnvMs.get(g)!.length ? median(goEnvMs.get(g)!) : 0;
      const over = ms - base;
      const withGoEnv = over + goEnv;
      console.log(
        `  ${g.padEnd(19)} ${ms.toFixed(0).padStart(5)} ms  ${over >= 0 ? '+' : ''}${over.toFixed(0).padStart(4)} ms over node -e 0` +
          `${goEnv ? `, +${withGoEnv.toFixed(0)} ms with its go env (${goEnv.toFixed(0)} ms)` : ''} ${withGoEnv <= TARGET_MS ? 'ok' : 'over'} (target <= +${TARGET_MS} ms)`
      );
    }
    await smallRealProfile(work);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

/** coverage-gate against `go tool cover -func` on the profile of a small real module's own tests. */
async function smallRealProfile(work: string): Promise<void> {
  const goEnv: NodeJS.ProcessEnv = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod', GOWORK: 'off' };
  const dl = timed('go', ['mod', 'download', '-json', SMALL_REAL_MODULE], work, goEnv);
  if (dl.status !== 0) throw new Error(`go mod download ${SMALL_REAL_MODULE}: ${dl.stderr}${dl.stdout}`);
  const mod = path.join(work, 'real');
  await fs.cp(JSON.parse(dl.stdout).Dir, mod, { recursive: true });
  timed('chmod', ['-R', 'u+w', mod], work, goEnv);
  const t = timed('go', ['test', '-coverprofile=cover.out', './...'], mod, goEnv);
  if (t.status !== 0) throw new Error(`go test in ${SMALL_REAL_MODULE}: ${t.stderr}${t.stdout}`);
  const env = await actionEnv('coverage-gate', mod, await fs.mkdtemp(path.join(work, 'cov-')), goEnv, { profile: 'cover.out', baseline: 'none' });
  const bundle = path.join(DIST, 'coverage-gate', 'index.js');
  timed('go', ['tool', 'cover', '-func=cover.out'], mod, goEnv); // builds the cover tool once
  timed(process.execPath, [bundle], mod, env);
  const ref: number[] = [];
  const gate: number[] = [];
  const before: number[] = [];
  let total = '';
  for (let i = 0; i < RUNS; i++) {
    const r = timed('go', ['tool', 'cover', '-func=cover.out'], mod, goEnv);
    if (r.status !== 0) throw new Error(`go tool cover -func: ${r.stderr}`);
    total = /total:\s+\(statements\)\s+([\d.]+)%/.exec(r.stdout)?.[1] ?? '?';
    ref.push(r.ms);
    const g = timed(process.execPath, [bundle], mod, env);
    if (g.status !== 0) throw new Error(`coverage-gate on ${SMALL_REAL_MODULE}:\n${g.stdout.slice(-3000)}`);
    gate.push(g.ms);
    if (BEFORE) before.push(timed(process.execPath, [path.join(BEFORE, 'coverage-gate', 'index.js')], mod, env).ms);
  }
  const lines = (await fs.readFile(path.join(mod, 'cover.out'), 'utf8')).trim().split('\n').length - 1;
  const [r, g] = [median(ref), median(gate)];
  console.log(`small real profile (${SMALL_REAL_MODULE}, go test -coverprofile: ${lines} block lines, total ${total}%), ${RUNS} runs interleaved, medians:`);
  console.log(
    `  go tool cover -func=cover.out: ${r.toFixed(0)} ms; coverage-gate (node dist/coverage-gate/index.js): ${g.toFixed(0)} ms  ratio ${(g / r).toFixed(2)}x` +
      (BEFORE ? `; before ${median(before).toFixed(0)} ms (${(median(before) / r).toFixed(2)}x)` : '')
  );
}

await main();
