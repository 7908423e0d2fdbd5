// Benchmark: readonly-list's wall time against the same six `go list` runs
// done by hand one after another (3 platforms x {packages, tests}), on a real
// module from the module proxy, warm caches for both, alternating order.
// Run: npx tsx test/bench/readonly-list.bench.ts   (env BENCH_MODULE, BENCH_ROUNDS)
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODULE = process.env.BENCH_MODULE ?? 'github.com/prometheus/client_golang@v1.20.5';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PLATFORMS = ['linux/amd64', 'windows/amd64', 'darwin/arm64'];

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-bench-readonly-'));
const goEnv: Record<string, string> = {
  ...(process.env as Record<string, string>),
  GOMODCACHE: path.join(tmp, 'modcache'),
  GOCACHE: path.join(tmp, 'gocache'),
  GOPATH: path.join(tmp, 'gopath'),
  GOFLAGS: '-modcacherw',
  GOWORK: 'off',
  GOTOOLCHAIN: 'local'
};

function go(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const r = spawnSync('go', args, { cwd, env: { ...goEnv, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`go ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Runs a process to completion, discarding output; resolves with its wall time in ms. */
function timed(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    let err = '';
    child.stderr.on('data', c => (err += c));
    child.on('close', code => (code === 0 || cmd !== 'go' ? resolve(performance.now() - started) : reject(new Error(`${cmd} ${args.join(' ')}: ${err}`))));
  });
}

try {
  // The module's source from the proxy, copied out of the read-only module cache.
  const info = JSON.parse(go(['mod', 'download', '-json', MODULE], tmp)) as { Dir: string };
  const ws = path.join(tmp, 'ws');
  await fs.cp(info.Dir, ws, { recursive: true });
  spawnSync('chmod', ['-R', 'u+w', ws]);
  go(['mod', 'download'], ws); // every module go.sum names, for all platforms

  const handRuns = PLATFORMS.flatMap(p => [false, true].map(test => ({ p, test })));
  const byHand = async (json = '-json') => {
    const started = performance.now();
    for (const { p, test } of handRuns) {
      const [goos, goarch] = p.split('/');
      await timed('go', ['list', '-mod=readonly', '-e', json, '-deps', ...(test ? ['-test'] : []), './...'], ws, {
        ...goEnv,
        GOOS: goos,
        GOARCH: goarch,
        CGO_ENABLED: '0'
      });
    }
    return performance.now() - started;
  };
  // The same six runs with the gate's field list: shows how much of the gain is
  // -json=<fields> (go skips work for fields nobody asked for) and how much concurrency.
  const FIELDS = '-json=ImportPath,Dir,ForTest,DepOnly,Module,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,IgnoredGoFiles,Error,DepsErrors';
  const runnerTemp = path.join(tmp, 'runner');
  await fs.mkdir(runnerTemp, { recursive: true });
  const gateEnv = {
    ...goEnv,
    GITHUB_WORKSPACE: ws,
    RUNNER_TEMP: runnerTemp,
    INPUT_PLATFORMS: PLATFORMS.join(','),
    INPUT_PACKAGES: './...',
    INPUT_TESTS: 'true',
    INPUT_CGO: 'off',
    'INPUT_FAIL-ON': 'never',
    'INPUT_MAX-ANNOTATIONS': '10',
    INPUT_PARALLEL: '0',
    'INPUT_WORKING-DIRECTORY': '.'
  };
  const gate = () => timed(process.execPath, [path.join(ROOT, 'dist', 'readonly-list', 'index.js')], ws, gateEnv);

  // Warm both paths (build cache, module cache, file cache) before measuring.
  await byHand();
  await gate();
  const hand: number[] = [];
  const handFields: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    if (i % 2 === 0) {
      hand.push(await byHand());
      handFields.push(await byHand(FIELDS));
      ours.push(await gate());
    } else {
      ours.push(await gate());
      handFields.push(await byHand(FIELDS));
      hand.push(await byHand());
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const report = JSON.parse(await fs.readFile(path.join(runnerTemp, 'go-ci-gates', 'readonly-list.json'), 'utf8'));
  const packages = report.data.runs.reduce((n: number, r: { packages: number }) => n + r.packages, 0);
  console.log(
    `module ${MODULE}, ${handRuns.length} targets (${PLATFORMS.join(', ')} x {packages, tests}), ${packages} package entries listed, ${os.availableParallelism()} CPUs, ${ROUNDS} rounds alternating`
  );
  console.log(
    `by hand  (6x go list -mod=readonly -e -json -deps [-test] ./..., one after another): median ${(median(hand) / 1000).toFixed(2)}s  [${hand.map(h => (h / 1000).toFixed(2)).join(' ')}]`
  );
  console.log(
    `readonly-list (node dist/readonly-list/index.js, whole process):                  median ${(median(ours) / 1000).toFixed(2)}s  [${ours.map(h => (h / 1000).toFixed(2)).join(' ')}]`
  );
  console.log(
    `by hand with the gate's -json=<fields>, one after another:                      median ${(median(handFields) / 1000).toFixed(2)}s  [${handFields.map(h => (h / 1000).toFixed(2)).join(' ')}]`
  );
  console.log(
    `ratio readonly-list / by hand with the same fields: ${(median(ours) / median(handFields)).toFixed(2)}x (concurrency alone, node start-up included)`
  );
  const ratio = median(ours) / median(hand);
  console.log(`ratio readonly-list / by hand: ${ratio.toFixed(2)}x (target <= 0.75x)  result=${report.result} errors=${report.counts.error}`);
} finally {
  await fs.rm(tmp, { recursive: true, force: true });
}
