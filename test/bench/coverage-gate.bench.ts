/**
 * coverage-gate benchmark (npx tsx test/bench/coverage-gate.bench.ts).
 * 1. A synthetic 1M-line profile (20k files, every block twice, as -coverpkg
 *    writes it): parse + merge + totals, wall time and peak RSS of a child process.
 * 2. A real profile from `go test -coverprofile -coverpkg=./...` on a generated
 *    module: coverage-gate's evaluation (both denominators, sources scanned)
 *    against `go tool cover -func` on the same profile, as a ratio; and the
 *    whole bundled gate run as the runner runs it (process start-up, module
 *    discovery, report) against the same.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs, createWriteStream } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileFuncTotals, readCoverProfiles, statementTotals } from '../../actions/coverage-gate/src/coverage/index.js';
import { runAction } from '../harness/run-action.js';

const self = fileURLToPath(import.meta.url);

async function evaluate(profile: string, modulePath?: string, dir?: string): Promise<void> {
  const t0 = performance.now();
  const p = await readCoverProfiles([profile]);
  const s = statementTotals(p);
  const f = modulePath ? await profileFuncTotals(p.files, name => fs.readFile(path.join(dir!, name.slice(modulePath.length + 1)))) : undefined;
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, statements: s, func: f, lines: p.linesRead }));
}

function child(args: string[]): { ms: number; maxRssMB: number; statements: unknown; func?: unknown; lines: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...process.execArgv, self, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()!), wallMs: performance.now() - t0 };
}

async function writeSynthetic(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>(r => out.once('drain', () => r())));
  await write('mode: atomic\n');
  for (let copy = 0; copy < 2; copy++) {
    for (let f = 0; f < 20000; f++) {
      let chunk = '';
      for (let b = 0; b < 25; b++)
        chunk += `example.com/big/pkg${f % 500}/file${f}.go:${b * 4 + 3}.${(b % 40) + 2},${b * 4 + 5}.3 ${(b % 3) + 1} ${(f + b + copy) % 4 === 0 ? 0 : b}\n`;
      await write(chunk);
    }
  }
  await new Promise<void>(r => out.end(r));
}

async function generateModule(dir: string, pkgs: number, funcsPerPkg: number): Promise<void> {
  await fs.writeFile(path.join(dir, 'go.mod'), 'module example.com/benchmod\n\ngo 1.22\n');
  for (let p = 0; p < pkgs; p++) {
    const d = path.join(dir, `p${p}`);
    await fs.mkdir(d, { recursive: true });
    let src = `package p${p}\n\n`;
    for (let f = 0; f < funcsPerPkg; f++) {
      src += `func F${f}(x int) int {\n\tif x > ${f} {\n\t\tx *= 2\n\t} else if x < 0 {\n\t\treturn -x\n\t}\n\tfor i := 0; i < 3; i++ {\n\t\tx += i\n\t}\n\treturn x\n}\n\n`;
    }
    await fs.writeFile(path.join(d, 'p.go'), src);
    await fs.writeFile(path.join(d, 'p_test.go'), `package p${p}\n\nimport "testing"\n\nfunc TestF(t *testing.T) { _ = F0(1) + F1(-1) }\n`);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--eval') return evaluate(process.argv[3], process.argv[4], process.argv[5]);
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cov-bench-'));
  try {
    const synthetic = path.join(tmp, 'synthetic.out');
    await writeSynthetic(synthetic);
    const syn = child(['--eval', synthetic]);
    console.log(`synthetic profile: ${syn.lines} block lines, 20000 files, every block twice`);
    console.log(
      `  coverage-gate parse+merge+totals: ${syn.ms.toFixed(0)} ms in-process (${(syn as any).wallMs.toFixed(0)} ms child wall incl. startup), peak RSS ${syn.maxRssMB.toFixed(0)} MB  [targets: <= 1500 ms, <= 300 MB]`
    );

    const mod = path.join(tmp, 'mod');
    await fs.mkdir(mod);
    await generateModule(mod, 120, 40);
    // In the workspace: the gate reads profiles only from the workspace or RUNNER_TEMP.
    const profile = path.join(mod, 'real.out');
    const env = { ...process.env, GOFLAGS: '-mod=mod', GOWORK: 'off' };
    const t = spawnSync('go', ['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], { cwd: mod, env, encoding: 'utf8' });
    if (t.status !== 0) throw new Error(t.stderr);
    spawnSync('go', ['tool', 'cover', `-func=${profile}`], { cwd: mod, env }); // warm the tool build
    const runs = 3;
    let goMs = Infinity;
    let goRssMB = 0;
    let goOut = '';
    for (let i = 0; i < runs; i++) {
      // GNU time reports the peak RSS of the largest process in the tree (here the cover tool the go command runs).
      const t0 = performance.now();
      const r = spawnSync('/usr/bin/time', ['-f', '%M', 'go', 'tool', 'cover', `-func=${profile}`], { cwd: mod, env, encoding: 'utf8', maxBuffer: 1 << 28 });
      goMs = Math.min(goMs, performance.now() - t0);
      if (r.status !== 0) throw new Error(`go tool cover -func failed (${r.status}): ${r.stderr.slice(-2000)}`);
      goRssMB = Math.max(goRssMB, Number(r.stderr.trim().split('\n').pop()) / 1024);
      goOut = r.stdout;
    }
    let ours: ReturnType<typeof child> & { wallMs?: number } = child(['--eval', profile, 'example.com/benchmod', mod]);
    for (let i = 1; i < runs; i++) {
      const r = child(['--eval', profile, 'example.com/benchmod', mod]);
      if (r.ms < ours.ms) ours = r;
    }
    let gateMs = Infinity;
    let gateRun: Awaited<ReturnType<typeof runAction>> | undefined;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = await runAction({
        gate: 'coverage-gate',
        workspace: mod,
        env: { GOFLAGS: '-mod=mod', GOWORK: 'off' },
        inputs: { profile, denominator: 'func', baseline: 'none' }
      });
      const ms = performance.now() - t0;
      if (r.exitCode !== 0) throw new Error(`coverage-gate failed:\n${r.stdout.slice(-2000)}`);
      if (ms < gateMs) [gateMs, gateRun] = [ms, r];
    }
    const goTotal = /total:\s+\(statements\)\s+([\d.]+)%/.exec(goOut)?.[1];
    const f = ours.func as { covered: number; total: number };
    console.log(`real profile (go test -coverprofile -coverpkg=./... on 120 packages x 40 funcs): ${ours.lines} block lines`);
    console.log(`  go tool cover -func: ${goMs.toFixed(0)} ms wall (best of ${runs}), peak RSS ${goRssMB.toFixed(0)} MB, total ${goTotal}%`);
    console.log(
      `  coverage-gate evaluation (both denominators, sources scanned): ${ours.ms.toFixed(0)} ms (best of ${runs}), peak RSS ${ours.maxRssMB.toFixed(0)} MB, func ${f.covered}/${f.total} = ${((100 * f.covered) / f.total).toFixed(1)}%`
    );
    console.log(
      `  bundled gate end to end (node dist/coverage-gate/index.js, denominator func): ${gateMs.toFixed(0)} ms wall (best of ${runs}), func ${gateRun!.outputs.covered}/${gateRun!.outputs.statements}`
    );
    console.log(
      `  ratio coverage-gate/go tool cover -func: evaluation ${(ours.ms / goMs).toFixed(3)}x [target: <= 0.25x], whole gate ${(gateMs / goMs).toFixed(3)}x, peak memory ${(ours.maxRssMB / goRssMB).toFixed(2)}x`
    );
    console.log('  command: npx tsx test/bench/coverage-gate.bench.ts');
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

await main();
