// mod-review against doing it by hand: `git worktree add` of the base, `go list -m -json all`
// on base and head, and a diff of the two lists; on a real module from the module proxy, where
// the pull request bumps a few direct dependencies and with them dozens of transitive ones.
// Warm module and build caches, same run. The gate runs as on a warm hosted runner: an Actions
// cache service (test/servers/actions-cache.ts) keeps the proxy's answers and the checksum
// database state between rounds; the first run (nothing kept yet) is printed on its own.
// The floor is the reference plus what the issue requires beyond it that costs go work: the
// shipped set, `go list -deps` of the main packages on both sides, timed the same way.
// Run: npm run bench -- mod-review
// BENCH_ROUNDS (default 5) warm rounds; BENCH_COMPARE_DIST=<dir> also runs that mod-review bundle in the same rounds ("before").
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../harness/run-action.js';
import { ActionsCacheServer } from '../servers/actions-cache.js';

/** Base versions, and the versions the pull request moves them to. */
const BUMPS: [string, string, string][] = [
  ['github.com/gin-gonic/gin', 'v1.8.2', 'v1.10.0'],
  ['github.com/spf13/viper', 'v1.15.0', 'v1.19.0'],
  ['google.golang.org/grpc', 'v1.55.0', 'v1.64.0'],
  ['go.uber.org/zap', 'v1.24.0', 'v1.27.0']
];

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { code: number | null; ms: number; stdout: string; stderr: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, ms: performance.now() - t, stdout: r.stdout, stderr: r.stderr };
}
const must = (r: ReturnType<typeof run>, what: string) => {
  if (r.code !== 0) throw new Error(`${what} failed: ${r.stderr}`);
  return r;
};

const root = await fs.mkdtemp(path.join(os.tmpdir(), 'mr-bench-'));
const ws = path.join(root, 'ws');
await fs.mkdir(ws);
const env = { ...process.env, GOFLAGS: '-modcacherw', GOTOOLCHAIN: 'local', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
const git = (args: string[]) =>
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: ws, env, encoding: 'utf8' }).trim();
const imports = ['github.com/gin-gonic/gin', 'github.com/spf13/viper', 'google.golang.org/grpc', 'go.uber.org/zap'];
await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/bench\n\ngo 1.22\n');
await fs.writeFile(path.join(ws, 'main.go'), `package main\n\nimport (\n${imports.map(i => `\t_ "${i}"\n`).join('')})\n\nfunc main() {}\n`);
console.log(`setting up ${ws} (go get against ${spawnSync('go', ['env', 'GOPROXY'], { encoding: 'utf8' }).stdout.trim()})`);
must(run('go', ['get', ...BUMPS.map(([p, v]) => `${p}@${v}`)], ws, env), 'go get (base)');
must(run('go', ['mod', 'tidy'], ws, env), 'go mod tidy (base)');
git(['init', '-q', '-b', 'main']);
git(['add', '-A']);
git(['commit', '-q', '-m', 'base']);
const base = git(['rev-parse', 'HEAD']);
must(run('go', ['get', ...BUMPS.map(([p, , v]) => `${p}@${v}`)], ws, env), 'go get (head)');
must(run('go', ['mod', 'tidy'], ws, env), 'go mod tidy (head)');
git(['add', '-A']);
git(['commit', '-q', '-m', 'bump']);
const head = git(['rev-parse', 'HEAD']);
const eventFile = path.join(root, 'event.json');
await fs.writeFile(
  eventFile,
  JSON.stringify({
    number: 1,
    pull_request: { number: 1, base: { sha: base, ref: 'main', repo: { full_name: 'o/r' } }, head: { sha: head, ref: 'bump', repo: { full_name: 'o/r' } } }
  })
);
const cacheServer = new ActionsCacheServer();
await cacheServer.start();
const gateEnv = { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'o/r', ...cacheServer.env() };
// The compared bundle keeps its state in a cache of its own: two versions sharing one would each meet
// the other's entries (another bundle format, another tile layout) and run cold-ish in turn.
const beforeCache = new ActionsCacheServer();

type Listed = { Path: string; Version?: string; Main?: boolean };
const parseList = (text: string): Map<string, string> => {
  const out = new Map<string, string>();
  // go list -json prints concatenated objects: split at the top-level boundaries.
  for (const chunk of text.split(/\n}\n/)) {
    const t = chunk.trim();
    if (!t) continue;
    const m = JSON.parse(t.endsWith('}') ? t : `${t}\n}`) as Listed;
    if (!m.Main) out.set(m.Path, m.Version ?? '');
  }
  return out;
};

/**
 * The reference: a worktree of the base, go list on both sides, a diff (`ms`). Then, in the same
 * worktree, what the floor adds: the packages the main packages compile on both sides (`shippedMs`).
 */
function byHand(i: number): { ms: number; shippedMs: number; changes: number } {
  const t = performance.now();
  const wt = path.join(root, `wt-${i}`);
  must(run('git', ['worktree', 'add', '-q', '--detach', wt, base], ws, env), 'git worktree add');
  const b = must(run('go', ['list', '-m', '-json', 'all'], wt, env), 'go list (base)');
  const h = must(run('go', ['list', '-m', '-json', 'all'], ws, env), 'go list (head)');
  const bl = parseList(b.stdout);
  const hl = parseList(h.stdout);
  let changes = 0;
  for (const [p, v] of hl) if (bl.get(p) !== v) changes++;
  for (const p of bl.keys()) if (!hl.has(p)) changes++;
  const ms = performance.now() - t;
  const shippedMs =
    must(run('go', ['list', '-deps', './...'], wt, env), 'go list -deps (base)').ms +
    must(run('go', ['list', '-deps', './...'], ws, env), 'go list -deps (head)').ms;
  run('git', ['worktree', 'remove', '--force', wt], ws, env);
  return { ms, shippedMs, changes };
}

const BEFORE = process.env.BENCH_COMPARE_DIST ? path.resolve(process.env.BENCH_COMPARE_DIST, 'mod-review', 'index.js') : undefined;
/**
 * What the gate cannot do without beyond the floor, timed the same way: a Node process (node -e 0) and one
 * round trip to the checksum database for its latest signed tree head (every new go.sum line is checked
 * against it, as the issue asks), through the GOPROXY the run uses.
 */
const proxyBase = (spawnSync('go', ['env', 'GOPROXY'], { encoding: 'utf8', env }).stdout.trim().split(/[,|]/)[0] || 'https://proxy.golang.org').replace(
  /\/$/,
  ''
);
async function unavoidable(): Promise<{ nodeMs: number; sumdbMs: number }> {
  const nodeMs = run(process.execPath, ['-e', '0'], ws, env).ms;
  const t = performance.now();
  await fetch(`${proxyBase}/sumdb/sum.golang.org/latest`).then(r => r.text());
  return { nodeMs, sumdbMs: performance.now() - t };
}

/**
 * The gate's own processes and requests from Node, in its order and overlap, with nothing else
 * (mod-review-processes.mjs): what is left over it is the gate's own work, analysis and report.
 */
const PROCESSES = path.join(path.dirname(new URL(import.meta.url).pathname), 'mod-review-processes.mjs');
function processesFromNode(i: number): number {
  const tmp = path.join(root, `processes-${i}`);
  const r = must(run(process.execPath, [PROCESSES, ws, base, tmp, `${proxyBase}/sumdb/sum.golang.org`], ws, env), 'mod-review-processes.mjs');
  void fs.rm(tmp, { recursive: true, force: true });
  return r.ms;
}

const timedGate = async (runId: number, entry?: string) => {
  const t = performance.now();
  const cache = entry ? beforeCache.env() : {};
  const r = await runAction({ gate: 'mod-review', workspace: ws, entry, env: { ...gateEnv, ...cache, GITHUB_RUN_ID: String(runId) } });
  if (r.outputs.result === 'error') throw new Error(`mod-review could not run: ${r.stdout}${r.stderr}`);
  return { ms: performance.now() - t, r };
};

// Warm-up of the reference (module cache, build cache, proxy metadata); the gate's first run is
// its warm-up too, and the one run with nothing kept (no proxy answers, no checksum database state).
if (BEFORE) {
  await beforeCache.start();
  await timedGate(99, BEFORE); // its first run, with nothing kept
}
const warm = byHand(-1);
console.log(`by hand: ${warm.changes} build-list changes`);
const firstHand = byHand(-2);
const first = await timedGate(1);

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const hand: number[] = [];
const floor: number[] = [];
const fullFloor: number[] = [];
const processes: number[] = [];
const gate: number[] = [];
const before: number[] = [];
for (let i = 0; i < rounds; i++) {
  if (BEFORE) before.push((await timedGate(100 + i, BEFORE)).ms);
  const h = byHand(i);
  hand.push(h.ms);
  floor.push(h.ms + h.shippedMs);
  const u = await unavoidable();
  fullFloor.push(h.ms + h.shippedMs + u.nodeMs + u.sumdbMs);
  processes.push(processesFromNode(i));
  const { ms, r } = await timedGate(i + 2);
  gate.push(ms);
  if (i === 0)
    console.log(
      `mod-review result: ${r.outputs.result}, ${r.outputs['change-count']} build-list changes (${r.outputs['added-count']} added, ${r.outputs['upgraded-count']} upgraded, ${r.outputs['removed-count']} removed), ${r.outputs['gosum-count']} new go.sum lines, ${r.outputs['finding-count']} findings`
    );
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const h = median(hand);
const f = median(floor);
const g = median(gate);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `first run (nothing kept): mod-review ${s(first.ms)}; by hand ${s(firstHand.ms)} (${(first.ms / firstHand.ms).toFixed(2)}x), floor ${s(firstHand.ms + firstHand.shippedMs)} (${(first.ms / (firstHand.ms + firstHand.shippedMs)).toFixed(2)}x)`
);
console.log(`warm: git worktree add + go list -m -json all x2 + diff (by hand): ${s(h)} (median of ${rounds})`);
console.log(`warm: floor = by hand + go list -deps ./... on base and head (the shipped set): ${s(f)} (median of ${rounds})`);
console.log(`warm: mod-review (node dist/mod-review/index.js, every rule, state kept in the Actions cache): ${s(g)} (median of ${rounds})`);
console.log(`warm: ratio mod-review / by-hand: ${(g / h).toFixed(2)}x (target <= 1.2x)`);
console.log(`warm: ratio mod-review / floor: ${(g / f).toFixed(2)}x`);
const ff = median(fullFloor);
console.log(
  `warm: floor + node -e 0 + one checksum-database round trip (${proxyBase}/sumdb/sum.golang.org/latest): ${s(ff)}; mod-review / that ${(g / ff).toFixed(2)}x`
);
const pf = median(processes);
console.log(
  `warm: the gate's own processes and requests from Node, in its order, nothing else (test/bench/mod-review-processes.mjs): ${s(pf)}; mod-review / that ${(g / pf).toFixed(2)}x`
);
if (BEFORE) console.log(`warm: before (${BEFORE}): ${s(median(before))}; after / before ${(g / median(before)).toFixed(2)}x (same rounds)`);
await cacheServer.stop();
if (BEFORE) await beforeCache.stop();
await fs.rm(root, { recursive: true, force: true });
