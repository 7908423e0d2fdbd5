// sbom-attach against cyclonedx-gomod v1.10.0 on a real application with a few
// hundred dependencies (github.com/prometheus/prometheus, cmd/prometheus) from the
// module proxy, warm module cache, same machine, same run:
//   npx tsx test/bench/sbom-attach.bench.ts
// SBOM_BENCH_BUNDLE=<path to another build's index.js> measures that build instead
// (e.g. the committed dist/ of an earlier commit, for a before/after on one setup).
// Figures: wall time and peak RSS (GNU time, largest process of the tree) as
// ratios; accuracy of app mode against `go version -m` of the built binary;
// hash coverage; license agreement with cyclonedx-gomod, every disagreement listed.
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MODULE = process.env.SBOM_BENCH_MODULE ?? 'github.com/prometheus/prometheus';
const VERSION = process.env.SBOM_BENCH_VERSION ?? 'v0.316.0';
const MAIN = process.env.SBOM_BENCH_MAIN ?? './cmd/prometheus';
const CDX_GOMOD = 'github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@v1.10.0';
const RUNS = Number(process.env.SBOM_BENCH_RUNS ?? 3);
const bundle = path.resolve(process.env.SBOM_BENCH_BUNDLE ?? path.join(ROOT, 'dist', 'sbom-attach', 'index.js'));
if (!existsSync(bundle)) throw new Error('build the bundle first: node scripts/build.mjs sbom-attach');

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'sbom-bench-'));
const gobin = path.join(work, 'bin');

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return r.stdout;
}

/** Wall time (ms) and peak RSS (KiB, the largest process of the tree, as GNU time reports it). */
function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; rssKiB: number } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-4000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { ms, rssKiB: rss ? Number(rss[1]) : NaN };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function bench(name: string, cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; rssKiB: number } {
  measure(cmd, args, cwd, env); // warm-up: OS file cache, go build cache
  const runs = Array.from({ length: RUNS }, () => measure(cmd, args, cwd, env));
  const result = { ms: median(runs.map(r => r.ms)), rssKiB: Math.max(...runs.map(r => r.rssKiB)) };
  console.log(`${name.padEnd(44)} ${(result.ms / 1000).toFixed(2).padStart(7)} s  ${(result.rssKiB / 1024).toFixed(0).padStart(6)} MiB`);
  return result;
}

console.log(`Setting up ${MODULE}@${VERSION} in ${work}`);
sh('go', ['install', CDX_GOMOD], work, { GOBIN: gobin, GOFLAGS: '' });
const dl = JSON.parse(sh('go', ['mod', 'download', '-json', `${MODULE}@${VERSION}`], work, { GOFLAGS: '' }));
const src = path.join(work, 'src');
await fs.cp(dl.Dir, src, { recursive: true });
sh('chmod', ['-R', 'u+w', src], work);
// A module zip holds no nested modules, so a go.work naming them cannot work here.
await fs.rm(path.join(src, 'go.work'), { force: true });
await fs.rm(path.join(src, 'go.work.sum'), { force: true });
// Both tools read the version from git: a repository with one tagged commit.
const git = (...a: string[]) => sh('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a], src);
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'bench');
git('tag', VERSION);
const goEnv = { GOFLAGS: '-mod=mod', GOWORK: 'off' };
sh('go', ['mod', 'download'], src, goEnv); // warm module cache for both tools
const binary = path.join(work, 'app-binary');
sh('go', ['build', '-o', binary, MAIN], src, goEnv);
const deps = (JSON.parse(sh('go', ['list', '-m', '-json=Path', 'all'], src, goEnv).replace(/}\s*{/g, '},{').replace(/^/, '[').replace(/$/, ']')) as unknown[])
  .length;
console.log(
  `${deps} modules in the module graph; warm cache; ${os.cpus().length} CPUs; ${RUNS} measured runs each (median wall, max RSS); bundle ${path.relative(ROOT, bundle)}\n`
);

// In RUNNER_TEMP: since issue 19 output-dir stays in the workspace or RUNNER_TEMP.
const out = path.join(work, 'runner-temp', 'out');
await fs.mkdir(out, { recursive: true });
await fs.mkdir(path.join(work, 'runner-temp'), { recursive: true });
const gateEnv = (inputs: Record<string, string>): NodeJS.ProcessEnv => ({
  ...goEnv,
  GITHUB_WORKSPACE: src,
  RUNNER_TEMP: path.join(work, 'runner-temp'),
  GITHUB_OUTPUT: '',
  GITHUB_STEP_SUMMARY: '',
  SOURCE_DATE_EPOCH: '1700000000',
  ...Object.fromEntries(Object.entries({ 'output-dir': out, ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
});
const cdxBin = path.join(gobin, 'cyclonedx-gomod');
const ourAppArgs = { mode: 'app', packages: MAIN, format: 'cyclonedx' };

console.log('command'.padEnd(44), '   wall      peak RSS');
const oursApp = bench('sbom-attach app (CycloneDX)', process.execPath, [bundle], src, gateEnv(ourAppArgs));
const oursAppJson = readFileSync(path.join(out, `${MODULE.replace(/[^A-Za-z0-9._-]+/g, '_')}.cdx.json`), 'utf8');
const oursBoth = bench('sbom-attach app (CycloneDX + SPDX)', process.execPath, [bundle], src, gateEnv({ ...ourAppArgs, format: 'cyclonedx,spdx' }));
const theirsApp = bench(
  'cyclonedx-gomod app -licenses -json',
  cdxBin,
  ['app', '-licenses', '-json', '-output', path.join(work, 'gomod-app.json'), '-main', MAIN, '.'],
  src,
  goEnv
);
const oursMod = bench('sbom-attach module (CycloneDX)', process.execPath, [bundle], src, gateEnv({ mode: 'module', format: 'cyclonedx' }));
const oursModJson = readFileSync(path.join(out, `${MODULE.replace(/[^A-Za-z0-9._-]+/g, '_')}.cdx.json`), 'utf8');
const theirsMod = bench(
  'cyclonedx-gomod mod -licenses -json',
  cdxBin,
  ['mod', '-licenses', '-json', '-output', path.join(work, 'gomod-mod.json'), '.'],
  src,
  goEnv
);

const ratio = (a: number, b: number) => (a / b).toFixed(3);
console.log(`\nratios (sbom-attach / cyclonedx-gomod, target <= 0.2):`);
console.log(
  `  app:    wall ${ratio(oursApp.ms, theirsApp.ms)}x  peak RSS ${ratio(oursApp.rssKiB, theirsApp.rssKiB)}x  (with SPDX too: wall ${ratio(oursBoth.ms, theirsApp.ms)}x)`
);
console.log(`  module: wall ${ratio(oursMod.ms, theirsMod.ms)}x  peak RSS ${ratio(oursMod.rssKiB, theirsMod.rssKiB)}x`);

// Accuracy 1: app mode against the binary's build info.
interface C {
  name: string;
  version: string;
  type: string;
  scope?: string;
  hashes?: { content: string }[];
  licenses?: L[];
  evidence?: { licenses?: L[] };
  components?: C[];
}
interface L {
  license?: { id?: string; name?: string };
  expression?: string;
}
const ours = JSON.parse(oursAppJson) as { components: C[] };
const truthLines = sh('go', ['version', '-m', binary], work)
  .split('\n')
  .map(l => l.trim().split(/\s+/));
const truth = new Set<string>();
for (let i = 0; i < truthLines.length; i++) {
  if (truthLines[i][0] !== 'dep') continue;
  const next = truthLines[i + 1];
  truth.add(next?.[0] === '=>' && next[2] ? `${next[1]}@${next[2]}` : `${truthLines[i][1]}@${truthLines[i][2]}`);
}
const appSet = new Set(ours.components.filter(c => c.type === 'library' && c.name !== 'stdlib' && c.scope !== 'excluded').map(c => `${c.name}@${c.version}`));
const tp = [...appSet].filter(x => truth.has(x)).length;
console.log(`\naccuracy (app mode vs go version -m of the built binary): ${truth.size} modules linked, ${appSet.size} in the SBOM (runtime scope)`);
console.log(`  precision ${((100 * tp) / appSet.size).toFixed(1)}%  recall ${((100 * tp) / truth.size).toFixed(1)}%`);
for (const x of [...appSet].filter(x => !truth.has(x))) console.log(`  extra:   ${x}`);
for (const x of [...truth].filter(x => !appSet.has(x))) console.log(`  missing: ${x}`);

// Accuracy 2: hash coverage, checked against go.sum.
const sums = new Map<string, string>();
for (const line of readFileSync(path.join(src, 'go.sum'), 'utf8').split('\n')) {
  const [m, v, h] = line.split(' ');
  if (h && !v.endsWith('/go.mod')) sums.set(`${m}@${v}`, h);
}
for (const [label, json] of [
  ['app', oursAppJson],
  ['module', oursModJson]
] as const) {
  const comps = (JSON.parse(json) as { components: C[] }).components.filter(c => c.type === 'library' && c.name !== 'stdlib');
  const good = comps.filter(c => {
    const h1 = sums.get(`${c.name}@${c.version}`);
    return h1 && c.hashes?.[0]?.content === Buffer.from(h1.slice(3), 'base64').toString('hex');
  }).length;
  console.log(`hash coverage (${label}): ${good}/${comps.length} = ${((100 * good) / comps.length).toFixed(1)}% carry the go.sum h1 as SHA-256`);
}

// Accuracy 3: licenses against cyclonedx-gomod, wherever it found one.
const licenseOf = (c: C): string | undefined => {
  const ls = [...(c.licenses ?? []), ...(c.evidence?.licenses ?? [])];
  const ids = ls.map(l => l.expression ?? l.license?.id ?? l.license?.name).filter((x): x is string => !!x);
  return ids.length ? [...new Set(ids)].sort().join(' AND ') : undefined;
};
const flatten = (cs: C[]): C[] => cs.flatMap(c => [c, ...flatten(c.components ?? [])]);
for (const [label, oursJson, theirsFile] of [
  ['app', oursAppJson, 'gomod-app.json'],
  ['module', oursModJson, 'gomod-mod.json']
] as const) {
  const mine = new Map(flatten((JSON.parse(oursJson) as { components: C[] }).components).map(c => [`${c.name}@${c.version}`, licenseOf(c)]));
  const theirs = flatten((JSON.parse(readFileSync(path.join(work, theirsFile), 'utf8')) as { components: C[] }).components);
  let compared = 0;
  let agree = 0;
  const disagreements: string[] = [];
  let oursOnly = 0;
  for (const c of theirs) {
    const key = `${c.name}@${c.version}`;
    if (!mine.has(key)) continue;
    const t = licenseOf(c);
    const o = mine.get(key);
    if (!t) {
      if (o) oursOnly++;
      continue;
    }
    compared++;
    if (t === o) agree++;
    else disagreements.push(`${key}: cyclonedx-gomod ${t}, sbom-attach ${o ?? 'NOASSERTION'}`);
  }
  console.log(
    `\nlicense agreement (${label}): ${agree}/${compared} where cyclonedx-gomod found one (${((100 * agree) / Math.max(1, compared)).toFixed(1)}%); sbom-attach found ${oursOnly} more`
  );
  for (const d of disagreements) console.log(`  ${d}`);
}

if (!process.env.SBOM_BENCH_KEEP) await fs.rm(work, { recursive: true, force: true });
else console.log(`\nkept ${work}`);
