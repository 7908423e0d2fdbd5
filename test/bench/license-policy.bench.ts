// license-policy against `go-licenses check ./...` (github.com/google/go-licenses v1.6.0) on
// real modules with hundreds of dependencies from the module proxy, warm module and build
// caches: wall time and peak memory as ratios (goal <= 0.3x wall). Then detection agreement
// with `go-licenses report` and with cyclonedx-gomod v1.10.0 (`app -licenses`), every
// disagreement listed with the license files to read.
//   npm run bench -- license-policy
// Environment:
//   LICENSE_BENCH_MODULES   space-separated module@version:main entries
//                           (default Prometheus and Hugo, both with a few hundred modules)
//   LICENSE_BENCH_RUNS      measured runs (median wall, max RSS), default 3; 0 measures agreement only
//   LICENSE_BENCH_BUNDLE    the bundle to run (default dist/license-policy/index.js)
//   LICENSE_BENCH_TABLE     where to write the Markdown agreement table
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GO_LICENSES = 'github.com/google/go-licenses@v1.6.0';
const CDX_GOMOD = 'github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@v1.10.0';
const RUNS = Number(process.env.LICENSE_BENCH_RUNS ?? 3);
const MODULES = (process.env.LICENSE_BENCH_MODULES ?? 'github.com/prometheus/prometheus@v0.316.0:./cmd/prometheus github.com/gohugoio/hugo@v0.165.0:.')
  .split(/\s+/)
  .filter(Boolean)
  .map(s => {
    const [mv, main] = s.split(':');
    const at = mv.lastIndexOf('@');
    return { module: mv.slice(0, at), version: mv.slice(at + 1), main };
  });
const bundle = path.resolve(process.env.LICENSE_BENCH_BUNDLE ?? path.join(ROOT, 'dist', 'license-policy', 'index.js'));
if (!existsSync(bundle)) throw new Error('build the bundle first: node scripts/build.mjs license-policy');

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'license-bench-'));
const gobin = path.join(work, 'bin');

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, allowFailure = false): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0 && !allowFailure) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return r.stdout;
}

/** Wall time (ms) and peak RSS (KiB, the largest process of the tree, as GNU time reports it); the exit status is not judged. */
function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { ms: number; rssKiB: number } {
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const ms = performance.now() - started;
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
  console.log(`${name.padEnd(52)} ${(result.ms / 1000).toFixed(2).padStart(7)} s  ${(result.rssKiB / 1024).toFixed(0).padStart(6)} MiB`);
  return result;
}

/** Ids of an expression, sorted: agreement is on the set of licenses found. */
const idsOf = (e: string | undefined) =>
  (e ?? '')
    .replace(/[()]/g, ' ')
    .split(/\s+(?:AND|OR)\s+|\s+/)
    .filter(x => x && x !== 'NOASSERTION' && x !== 'Unknown')
    .sort();

for (const tool of [GO_LICENSES, CDX_GOMOD]) sh('go', ['install', tool], work, { GOBIN: gobin, GOFLAGS: '' });
const goLicenses = path.join(gobin, 'go-licenses');
const cdxBin = path.join(gobin, 'cyclonedx-gomod');
const table: string[] = [
  '| Module | Version | license-policy | go-licenses | cyclonedx-gomod | Files | Resolution |',
  '| --- | --- | --- | --- | --- | --- | --- |'
];
const ratios: string[] = [];

for (const { module, version, main } of MODULES) {
  console.log(`\n== ${module}@${version} (${main})`);
  const dl = JSON.parse(sh('go', ['mod', 'download', '-json', `${module}@${version}`], work, { GOFLAGS: '' }));
  const src = path.join(work, path.basename(module));
  if (existsSync(src)) await fs.rm(src, { recursive: true, force: true });
  await fs.cp(dl.Dir, src, { recursive: true });
  sh('chmod', ['-R', 'u+w', src], work);
  await fs.rm(path.join(src, 'go.work'), { force: true });
  await fs.rm(path.join(src, 'go.work.sum'), { force: true });
  // cyclonedx-gomod reads the main module's version from git: a repository with one tagged commit.
  const git = (...a: string[]) => sh('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a], src);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'bench');
  git('tag', version);
  const goEnv = { GOFLAGS: '-mod=mod', GOWORK: 'off', CGO_ENABLED: '0' };
  sh('go', ['mod', 'download'], src, goEnv);
  // No build: all three tools list packages (go list / go/packages without type checking), none compiles.
  const runnerTemp = path.join(work, `runner-temp-${path.basename(module)}`);
  await fs.mkdir(runnerTemp, { recursive: true });
  const report = path.join(runnerTemp, 'report.json');
  const gateEnv: NodeJS.ProcessEnv = {
    ...goEnv,
    GITHUB_WORKSPACE: src,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: '',
    GITHUB_STEP_SUMMARY: '',
    INPUT_MODE: 'app',
    INPUT_PACKAGES: './...',
    'INPUT_FAIL-ON': 'never',
    'INPUT_REPORT-PATH': report
  };
  const glEnv = { ...goEnv };
  if (RUNS > 0) {
    console.log('command'.padEnd(52), '   wall      peak RSS');
    const ours = bench('license-policy (app, ./...)', process.execPath, [bundle], src, gateEnv);
    const theirs = bench('go-licenses check ./...', goLicenses, ['check', './...'], src, glEnv);
    const r = `${module}: ${(ours.ms / theirs.ms).toFixed(2)}x wall, ${(ours.rssKiB / theirs.rssKiB).toFixed(2)}x peak memory`;
    ratios.push(r);
    console.log(`ratio (license-policy / go-licenses check, goal <= 0.3x wall): ${r}`);
  }

  // Agreement: the same main package for all three.
  sh(process.execPath, [bundle], src, { ...gateEnv, INPUT_PACKAGES: main });
  const judged = JSON.parse(readFileSync(report, 'utf8')).data.modules as {
    path: string;
    version: string;
    detected: string;
    files: { file: string }[];
    dir?: string;
  }[];
  const oursBy = new Map(judged.map(j => [j.path, j]));
  // go-licenses report: one row per library (the directory its license file is in), named by package path.
  const glCsv = sh(goLicenses, ['report', main], src, glEnv, true);
  const glBy = new Map<string, Set<string>>();
  const modulePaths = [...oursBy.keys()].sort((a, b) => b.length - a.length);
  for (const line of glCsv.split('\n').filter(Boolean)) {
    const [lib, , lic] = line.split(',');
    const owner = modulePaths.find(p => lib === p || lib.startsWith(p + '/'));
    if (!owner) continue;
    if (!glBy.has(owner)) glBy.set(owner, new Set());
    glBy.get(owner)!.add(lic);
  }
  const cdxOut = path.join(work, `cdx-${path.basename(module)}.json`);
  sh(cdxBin, ['app', '-licenses', '-json', '-main', main, '-output', cdxOut], src, goEnv, true);
  const cdxBy = new Map<string, string>();
  if (existsSync(cdxOut)) {
    const cdx = JSON.parse(readFileSync(cdxOut, 'utf8'));
    type CdxLicense = { license?: { id?: string; name?: string }; expression?: string };
    type CdxComponent = { purl?: string; licenses?: CdxLicense[]; evidence?: { licenses?: CdxLicense[] }; components?: CdxComponent[] };
    const walk = (cs: CdxComponent[] | undefined) => {
      for (const c of cs ?? []) {
        const p = /^pkg:golang\/(.+?)@/.exec(c.purl ?? '')?.[1];
        // cyclonedx-gomod -licenses records what it detected as evidence (-assert-licenses would assert it).
        const lic = [...(c.licenses ?? []), ...(c.evidence?.licenses ?? [])].map(l => l.expression ?? l.license?.id ?? l.license?.name ?? '').filter(Boolean);
        if (p && lic.length) cdxBy.set(decodeURIComponent(p), [...new Set(lic)].sort().join(' AND '));
        walk(c.components);
      }
    };
    walk(cdx.components);
  }
  let agreeGl = 0;
  let comparedGl = 0;
  let agreeCdx = 0;
  let comparedCdx = 0;
  let unknown = 0;
  for (const j of [...oursBy.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    const o = idsOf(j.detected).join(' AND ');
    if (!o) unknown++;
    const gl = glBy.get(j.path);
    const glText = gl ? [...gl].sort().join(' AND ') : '';
    const cdxText = cdxBy.get(j.path) ?? '';
    const glIds = idsOf(glText).join(' AND ');
    const cdxIds = idsOf(cdxText).join(' AND ');
    let differs = false;
    if (glIds) {
      comparedGl++;
      // go-licenses names one license file per library; ours names every file at the root: agreement is theirs within ours.
      if (o && idsOf(glText).every(id => idsOf(j.detected).includes(id))) agreeGl++;
      else differs = true;
    } else if (o && gl) differs = true;
    if (cdxIds) {
      comparedCdx++;
      if (o === cdxIds) agreeCdx++;
      else differs = true;
    } else if (o && cdxText) differs = true;
    if (!o && !glIds && !cdxIds) differs = true; // unknown to all three: listed too
    if (differs)
      table.push(
        `| \`${j.path}\` | ${j.version} | ${j.detected} | ${glText || '—'} | ${cdxText || '—'} | ${j.files.map(f => f.file).join(', ') || '(none)'} | |`
      );
  }
  console.log(
    `agreement: go-licenses ${agreeGl}/${comparedGl} where it named a license; cyclonedx-gomod ${agreeCdx}/${comparedCdx}; ` +
      `unknown ${unknown}/${oursBy.size} (${((100 * unknown) / Math.max(1, oursBy.size)).toFixed(1)}%)`
  );
}

console.log(`\n${ratios.join('\n')}`);
console.log(`\nDisagreements (ours vs go-licenses vs cyclonedx-gomod):\n${table.join('\n')}`);
if (process.env.LICENSE_BENCH_TABLE) await fs.writeFile(process.env.LICENSE_BENCH_TABLE, table.join('\n') + '\n');
console.log(`\nwork dir: ${work}`);
