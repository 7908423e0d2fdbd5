// mod-verify against `go mod verify` + `go mod tidy -diff` run by hand, on a
// real module with a few hundred dependencies from the module proxy, warm cache,
// in the same run. Run: npx tsx test/bench/mod-verify.bench.ts
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../harness/run-action.js';

const IMPORTS = [
  'github.com/gin-gonic/gin',
  'github.com/spf13/cobra',
  'github.com/spf13/viper',
  'google.golang.org/grpc',
  'k8s.io/client-go/kubernetes',
  'github.com/prometheus/client_golang/prometheus',
  'go.opentelemetry.io/otel/sdk/trace',
  'github.com/aws/aws-sdk-go-v2/service/s3',
  'github.com/jackc/pgx/v5',
  'github.com/redis/go-redis/v9',
  'go.uber.org/zap',
  'github.com/stretchr/testify/assert'
];

function go(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): { code: number | null; ms: number; stderr: string } {
  const t = performance.now();
  const r = spawnSync('go', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, ms: performance.now() - t, stderr: r.stderr };
}

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'mv-bench-'));
const ws = path.join(root, 'ws');
await fs.mkdir(ws);
await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/bench\n\ngo 1.23\n');
await fs.writeFile(path.join(ws, 'main.go'), `package main\n\nimport (\n${IMPORTS.map(i => `\t_ "${i}"\n`).join('')})\n\nfunc main() {}\n`);
const env = { ...process.env, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local' };
console.log(`setting up ${ws} (go mod tidy against ${spawnSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).stdout.trim()})`);
let r = go(['mod', 'tidy'], ws, env);
if (r.code !== 0) throw new Error(r.stderr);
r = go(['mod', 'download'], ws, env);
if (r.code !== 0) throw new Error(r.stderr);
const deps = (await fs.readFile(path.join(ws, 'go.mod'), 'utf8')).split('\n').filter(l => /^\t\S+ v\S+/.test(l)).length;
const sumLines = (await fs.readFile(path.join(ws, 'go.sum'), 'utf8')).split('\n').filter(Boolean).length;
console.log(`${deps} requirements in go.mod, ${sumLines} go.sum lines`);

// Warm-up of both, so the module cache, build cache and proxy metadata are warm for each.
go(['mod', 'verify'], ws, env);
go(['mod', 'tidy', '-diff'], ws, env);
await runAction({ gate: 'mod-verify', workspace: ws, env });

// The proxy's answers kept between runs (issue 20 item 4), as a self-hosted runner keeps state-dir, or the
// Actions cache restores it on a hosted one: a RUNNER_TEMP that outlives the runs holds them.
const keptTemp = path.join(root, 'kept-runner-temp');
await fs.mkdir(keptTemp, { recursive: true });
const kept = { env: { ...env, RUNNER_TEMP: keptTemp }, inputs: { 'state-dir': path.join(keptTemp, 'answers') } };
await runAction({ gate: 'mod-verify', workspace: ws, ...kept });

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const byHand: number[] = [];
const gate: number[] = [];
const gateKept: number[] = [];
for (let i = 0; i < rounds; i++) {
  const a = go(['mod', 'verify'], ws, env);
  const b = go(['mod', 'tidy', '-diff'], ws, env);
  if (a.code !== 0 || b.code !== 0) throw new Error(`reference failed: ${a.stderr}${b.stderr}`);
  byHand.push(a.ms + b.ms);
  const t = performance.now();
  const run = await runAction({ gate: 'mod-verify', workspace: ws, env });
  gate.push(performance.now() - t);
  const tk = performance.now();
  await runAction({ gate: 'mod-verify', workspace: ws, ...kept });
  gateKept.push(performance.now() - tk);
  if (i === 0)
    console.log(
      `mod-verify result: ${run.outputs.result}, findings: ${run.outputs['finding-count']} (${run.report?.findings.map((f: any) => f.rule).join(', ')})`
    );
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const h = median(byHand);
const g = median(gate);
console.log(`warm: go mod verify + go mod tidy -diff (by hand): ${(h / 1000).toFixed(2)} s (median of ${rounds})`);
console.log(`warm: mod-verify (node dist/mod-verify/index.js, every rule): ${(g / 1000).toFixed(2)} s (median of ${rounds})`);
console.log(`warm: ratio mod-verify / by-hand: ${(g / h).toFixed(2)}x (target <= 1.3x)`);
const gk = median(gateKept);
console.log(`warm: mod-verify with the proxy's answers kept (state-dir): ${(gk / 1000).toFixed(2)} s, ratio ${(gk / h).toFixed(2)}x`);

// Cold, as on a hosted runner: each side starts from its own empty module cache (the
// proxy is the same), so both download what they need.
const coldRounds = Number(process.env.BENCH_COLD_ROUNDS ?? 1);
const coldHand: number[] = [];
const coldGate: number[] = [];
const coldKept: number[] = [];
for (let i = 0; i < coldRounds; i++) {
  const handEnv = { ...env, GOMODCACHE: path.join(root, `cold-hand-${i}`) };
  const a = go(['mod', 'verify'], ws, handEnv);
  const b = go(['mod', 'tidy', '-diff'], ws, handEnv);
  if (a.code !== 0 || b.code !== 0) throw new Error(`reference failed: ${a.stderr}${b.stderr}`);
  coldHand.push(a.ms + b.ms);
  const t = performance.now();
  const run = await runAction({ gate: 'mod-verify', workspace: ws, env: { ...env, GOMODCACHE: path.join(root, `cold-gate-${i}`) } });
  coldGate.push(performance.now() - t);
  // A fresh runner whose Actions cache restored the answers: empty module cache, answers kept.
  const tk = performance.now();
  await runAction({ gate: 'mod-verify', workspace: ws, env: { ...kept.env, GOMODCACHE: path.join(root, `cold-kept-${i}`) }, inputs: kept.inputs });
  coldKept.push(performance.now() - tk);
  if (run.outputs.result !== 'pass') console.log(`cold mod-verify result: ${run.outputs.result} (${run.report?.findings.map((f: any) => f.rule).join(', ')})`);
}
const ch = median(coldHand);
const cg = median(coldGate);
console.log(`cold: go mod verify + go mod tidy -diff (by hand, empty module cache): ${(ch / 1000).toFixed(2)} s (median of ${coldRounds})`);
console.log(`cold: mod-verify (empty module cache): ${(cg / 1000).toFixed(2)} s (median of ${coldRounds})`);
console.log(`cold: ratio mod-verify / by-hand: ${(cg / ch).toFixed(2)}x (target <= 1.3x)`);
const ck = median(coldKept);
console.log(`cold: mod-verify with the proxy's answers kept: ${(ck / 1000).toFixed(2)} s, ratio ${(ck / ch).toFixed(2)}x`);
await fs.rm(root, { recursive: true, force: true });
