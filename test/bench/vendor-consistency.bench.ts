// Benchmark: vendor-consistency against the Kubernetes-style check (`go mod vendor -o <tmp>` then
// `diff -r vendor <tmp>`) on a real module with a few hundred vendored dependencies from the module
// proxy, measured in the same run, interleaved. Also times the offline pre-check alone (regenerate: false).
// Run: npx tsx test/bench/vendor-consistency.bench.ts   (needs the network once, to fill the module cache)
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintCheckout } from '../../packages/core/src/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

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

const env = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GOWORK: 'off' };

function sh(cmd: string, args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: performance.now() - t, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function must(r: ReturnType<typeof sh>, what: string): ReturnType<typeof sh> {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return r;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const bundle = path.join(ROOT, 'dist', 'vendor-consistency', 'index.js');
  await fs.access(bundle);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-bench-vendor-'));
  const mod = path.join(work, 'mod');
  await fs.mkdir(mod);
  await fs.writeFile(path.join(mod, 'go.mod'), 'module example.com/benchvendor\n\ngo 1.24\n');
  await fs.writeFile(path.join(mod, 'main.go'), `package main\n\nimport (\n${IMPORTS.map(i => `\t_ "${i}"\n`).join('')})\n\nfunc main() {}\n`);
  for (const i of IMPORTS) must(sh('go', ['get', i], mod), `go get ${i}`);
  must(sh('go', ['mod', 'tidy'], mod), 'go mod tidy');
  must(sh('go', ['mod', 'vendor'], mod), 'go mod vendor');
  const txt = await fs.readFile(path.join(mod, 'vendor', 'modules.txt'), 'utf8');
  const modules = txt.split('\n').filter(l => /^# \S+ v/.test(l)).length;
  const files = must(sh('find', ['vendor', '-type', 'f'], mod), 'find').stdout.trim().split('\n').length;
  const size = must(sh('du', ['-sh', 'vendor'], mod), 'du').stdout.split('\t')[0];
  console.log(`module: ${IMPORTS.length} imports → ${modules} vendored modules, ${files} files, ${size} in vendor/ (go ${must(sh('go', ['env', 'GOVERSION'], mod), 'go env').stdout.trim()})`);

  const runnerTemp = path.join(work, 'runner-temp');
  const out = path.join(work, 'gh-output');
  await fs.writeFile(out, '');
  const gate = (inputs: Record<string, string>) => {
    return sh(process.execPath, [bundle], mod, {
      GITHUB_WORKSPACE: mod,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
      'INPUT_FAIL-ON': 'error',
      'INPUT_MAX-ANNOTATIONS': '10',
      'INPUT_WORKING-DIRECTORY': '.',
      'INPUT_MAX-DIFF-LINES': '200',
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
    });
  };
  const reference = () => {
    const tmp = path.join(work, 'ref-vendor');
    const a = must(sh('go', ['mod', 'vendor', '-o', tmp], mod), 'go mod vendor -o');
    const b = sh('diff', ['-r', 'vendor', tmp], mod);
    if (b.status !== 0) throw new Error(`diff -r found differences on a clean tree:\n${b.stdout.slice(0, 2000)}`);
    return a.ms + b.ms;
  };
  await fs.mkdir(runnerTemp, { recursive: true });
  // Warm-up: module cache, file cache, both commands once.
  reference();
  must(gate({ REGENERATE: 'true' }), 'gate warm-up');

  const ref: number[] = [];
  const full: number[] = [];
  const offline: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ref.push(reference());
    const g = gate({ REGENERATE: 'true' });
    if (g.status !== 0) throw new Error(`gate failed on a clean tree:\n${g.stdout.slice(-3000)}`);
    full.push(g.ms);
    const o = gate({ REGENERATE: 'false' });
    if (o.status !== 0) throw new Error(`offline gate failed:\n${o.stdout.slice(-3000)}`);
    offline.push(o.ms);
  }
  // What the whole-process offline time is made of: the core checkout guard hashes go.mod, go.sum and
  // every vendored file before and after the gate runs.
  const fp: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fingerprintCheckout(mod);
    fp.push(performance.now() - t);
  }
  const report = JSON.parse(await fs.readFile(path.join(runnerTemp, 'go-ci-gates', 'vendor-consistency.json'), 'utf8'));
  const inGate = report.data[0].offlineMs;
  console.log(`runs: ${RUNS} (median, interleaved)`);
  console.log(`reference  go mod vendor -o <tmp> && diff -r vendor <tmp>: ${fmt(median(ref))}`);
  console.log(`gate       node dist/vendor-consistency/index.js (regenerate: true): ${fmt(median(full))}  ratio ${(median(full) / median(ref)).toFixed(2)}x (target <= 1.10x)`);
  console.log(`offline    node dist/vendor-consistency/index.js (regenerate: false): ${fmt(median(offline))} whole process; pre-check itself ${inGate} ms (target < 1 s)`);
  console.log(`           of which the checkout guard (fingerprint of go.mod/go.sum/vendor, taken twice): ${fmt(median(fp))} per pass`);
  await fs.rm(work, { recursive: true, force: true });
}

await main();
