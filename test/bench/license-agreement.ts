// License detection against github.com/google/licensecheck v0.3.1 used as pkgsite
// uses it (test/licensecheck-oracle), over every module of a real build list with a
// few hundred modules (github.com/prometheus/prometheus by default, as sbom-attach's
// bench), from the module proxy into a fresh module cache:
//   npx tsx test/bench/license-agreement.ts
// Also compares with cyclonedx-gomod v1.10.0 (`mod -licenses -assert-licenses -test`),
// the SBOM tool our users compare sbom-attach with (LICENSE_AGREEMENT_CYCLONEDX=0 skips it).
// Prints the agreement summary and every disagreement, writes the whole table
// (module, ours, licensecheck, verdict) as Markdown, and times our detection over
// the same directories (a fresh process per run, so the SPDX data is unpacked and the
// result cache is empty each time, as in one sbom-attach run).
// Environment:
//   LICENSE_AGREEMENT_MODULE / _VERSION  the module whose build list is scanned
//   LICENSE_AGREEMENT_GOMODCACHE         a module cache to reuse (else a temp one)
//   LICENSE_AGREEMENT_DETECTOR           another tree's actions/sbom-attach/src/licenses.ts
//                                        (a before/after timing on the same directories)
//   LICENSE_AGREEMENT_RUNS               timed runs (median reported), default 3
//   LICENSE_AGREEMENT_TABLE              where to write the Markdown table
//   LICENSE_AGREEMENT_CYCLONEDX          0: do not build and run cyclonedx-gomod
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SELF = fileURLToPath(import.meta.url);
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Detected {
  dir: string;
  expression: string;
  files: string[];
}

// Child mode: detect every directory listed in a file, print the results and the time taken.
if (process.argv[2] === '--detect') {
  const detector = (await import(pathToFileURL(process.argv[3]).href)) as {
    detectModuleLicense(dir: string, source: 'module-cache'): Promise<{ expression: string; files: { file: string }[] }>;
  };
  const dirs = JSON.parse(readFileSync(process.argv[4], 'utf8')) as string[];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results: Detected[] = [];
  for (const dir of dirs) {
    const r = await detector.detectModuleLicense(dir, 'module-cache');
    results.push({ dir, expression: r.expression, files: r.files.map(f => f.file) });
  }
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, results }));
  process.exit(0);
}

const MODULE = process.env.LICENSE_AGREEMENT_MODULE ?? 'github.com/prometheus/prometheus';
const VERSION = process.env.LICENSE_AGREEMENT_VERSION ?? 'v0.316.0';
const RUNS = Number(process.env.LICENSE_AGREEMENT_RUNS ?? 3);
const DETECTOR = path.resolve(process.env.LICENSE_AGREEMENT_DETECTOR ?? path.join(ROOT, 'actions', 'sbom-attach', 'src', 'licenses.ts'));

const work = await fs.mkdtemp(path.join(os.tmpdir(), 'license-agreement-'));
const modcache = process.env.LICENSE_AGREEMENT_GOMODCACHE ?? path.join(work, 'modcache');
const goEnv = { GOMODCACHE: modcache, GOFLAGS: '-mod=mod', GOWORK: 'off', GOTOOLCHAIN: 'local' };

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  return r.stdout;
}

function jsonStream<T>(text: string): T[] {
  return JSON.parse(`[${text.trim().replace(/}\s*{/g, '},{')}]`) as T[];
}

console.log(`Setting up ${MODULE}@${VERSION} (module cache ${modcache})`);
const dl = JSON.parse(sh('go', ['mod', 'download', '-json', `${MODULE}@${VERSION}`], work, goEnv)) as { Dir: string };
const src = path.join(work, 'src');
await fs.cp(dl.Dir, src, { recursive: true });
sh('chmod', ['-R', 'u+w', src], work);
await fs.rm(path.join(src, 'go.work'), { force: true });
sh('go', ['mod', 'download'], src, goEnv);
const modules = jsonStream<{ Path: string; Version?: string; Dir?: string; Main?: boolean; Replace?: { Dir?: string } }>(
  sh('go', ['list', '-m', '-json', 'all'], src, goEnv)
).filter(m => !m.Main && (m.Replace?.Dir ?? m.Dir));
const dirs = modules.map(m => (m.Replace?.Dir ?? m.Dir) as string);
const dirsFile = path.join(work, 'dirs.json');
await fs.writeFile(dirsFile, JSON.stringify(dirs));

// The oracle: licensecheck v0.3.1 from the module proxy, built into the work directory.
const oracleBin = path.join(work, 'licensecheck-oracle');
sh('go', ['build', '-o', oracleBin, '.'], path.join(ROOT, 'test', 'licensecheck-oracle'), goEnv);
interface OracleResult {
  dir: string;
  files: { name: string; percent: number; ids: string[] }[];
  expression: string;
}
const oracle = new Map(jsonStream<OracleResult>(sh(oracleBin, dirs, work)).map(r => [r.dir, r]));

// The second reference: cyclonedx-gomod, built from the module proxy. It reports one
// license per module (go-license-detector's best match), so a module whose files grant
// two licenses gets one of them: that is 'partial' below, not a disagreement.
const CYCLONEDX_VERSION = 'v1.10.0';
const cyclonedx = new Map<string, string>();
if (process.env.LICENSE_AGREEMENT_CYCLONEDX !== '0') {
  const gobin = path.join(work, 'bin');
  sh('go', ['install', `github.com/CycloneDX/cyclonedx-gomod/cmd/cyclonedx-gomod@${CYCLONEDX_VERSION}`], work, { ...goEnv, GOBIN: gobin });
  const bom = JSON.parse(
    sh(path.join(gobin, 'cyclonedx-gomod'), ['mod', '-licenses', '-assert-licenses', '-test', '-json', '-output', '-', '.'], src, goEnv)
  ) as { components?: { name: string; version: string; licenses?: { license?: { id?: string; name?: string }; expression?: string }[] }[] };
  for (const c of bom.components ?? []) {
    const ids = (c.licenses ?? []).map(l => l.expression ?? l.license?.id ?? l.license?.name ?? '').filter(Boolean);
    cyclonedx.set(`${c.name}@${c.version}`, ids.length ? ids.join(' AND ') : 'NOASSERTION');
  }
}

// Ours, timed: a fresh process per run.
const runs: { ms: number; cpuMs: number; results: Detected[] }[] = [];
for (let i = 0; i < RUNS; i++) runs.push(JSON.parse(sh(process.execPath, [TSX, SELF, '--detect', DETECTOR, dirsFile], ROOT)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ours = new Map(runs[0].results.map(r => [r.dir, r]));

type Verdict = 'agree' | 'both NOASSERTION' | 'ours NOASSERTION' | 'licensecheck NOASSERTION' | 'deliberate' | 'different';

/**
 * Where we differ from licensecheck on purpose: it also reports the sample notice in
 * the appendix of a GNU license text ("How to Apply These Terms": "... either version
 * 3 of the License, or (at your option) any later version") as X-or-later; that
 * notice is an example for others, not this module's grant, so we report the text only.
 */
function deliberate(ours: string, theirs: string): boolean {
  const mine = new Set(ours.split(' AND '));
  const extra = theirs.split(' AND ').filter(id => !mine.has(id));
  return extra.length > 0 && extra.every(id => /^(A|L)?GPL-\d\.\d-or-later$/.test(id) && mine.has(id.replace('-or-later', '')));
}
type CycloneVerdict = 'agree' | 'both NOASSERTION' | 'ours NOASSERTION' | 'cyclonedx NOASSERTION' | 'partial' | 'different' | 'not in its SBOM';
function cycloneVerdict(ours: string, theirs: string | undefined): CycloneVerdict {
  if (theirs === undefined) return 'not in its SBOM';
  if (ours === theirs) return theirs === 'NOASSERTION' ? 'both NOASSERTION' : 'agree';
  if (ours === 'NOASSERTION') return 'ours NOASSERTION';
  if (theirs === 'NOASSERTION') return 'cyclonedx NOASSERTION';
  return ours.split(' AND ').includes(theirs) ? 'partial' : 'different';
}
const rows: { module: string; ours: string; theirs: string; verdict: Verdict; files: string; cdx: string; cdxVerdict: CycloneVerdict }[] = [];
for (const [i, m] of modules.entries()) {
  const o = ours.get(dirs[i])!;
  const t = oracle.get(dirs[i])!;
  const theirs = t.expression;
  const verdict: Verdict =
    o.expression === theirs
      ? theirs === 'NOASSERTION'
        ? 'both NOASSERTION'
        : 'agree'
      : o.expression === 'NOASSERTION'
        ? 'ours NOASSERTION'
        : theirs === 'NOASSERTION'
          ? 'licensecheck NOASSERTION'
          : deliberate(o.expression, theirs)
            ? 'deliberate'
            : 'different';
  const files = t.files.map(f => `${f.name} ${f.ids.join('+')} ${f.percent.toFixed(0)}%`).join('; ') || 'no license file';
  const key = `${m.Path}@${m.Version ?? ''}`;
  const cdx = cyclonedx.get(key);
  rows.push({ module: key, ours: o.expression, theirs, verdict, files, cdx: cdx ?? '', cdxVerdict: cycloneVerdict(o.expression, cdx) });
}

const count = (v: Verdict) => rows.filter(r => r.verdict === v).length;
const confident = rows.filter(r => r.theirs !== 'NOASSERTION').length;
console.log(`\n${rows.length} modules in the build list of ${MODULE}@${VERSION} (all downloaded)`);
console.log(`licensecheck confident on ${confident}; we agree on ${count('agree')} of them`);
for (const v of ['agree', 'both NOASSERTION', 'ours NOASSERTION', 'licensecheck NOASSERTION', 'deliberate', 'different'] as const)
  console.log(`  ${v.padEnd(26)} ${count(v)}`);
const oursUnknown = rows.filter(r => r.ours === 'NOASSERTION').length;
console.log(
  `  NOASSERTION share: ours ${((100 * oursUnknown) / rows.length).toFixed(1)}%, licensecheck ${((100 * (rows.length - confident)) / rows.length).toFixed(1)}%`
);
console.log('\nevery disagreement (module: ours | licensecheck | licensecheck per file):');
for (const r of rows.filter(r => r.verdict !== 'agree' && r.verdict !== 'both NOASSERTION'))
  console.log(`  ${r.module}: ${r.ours} | ${r.theirs} | ${r.files}  [${r.verdict}]`);
if (cyclonedx.size > 0) {
  const cdxCount = (v: CycloneVerdict) => rows.filter(r => r.cdxVerdict === v).length;
  console.log(`\ncyclonedx-gomod ${CYCLONEDX_VERSION} (mod -licenses -test): ${cyclonedx.size} components`);
  for (const v of ['agree', 'both NOASSERTION', 'ours NOASSERTION', 'cyclonedx NOASSERTION', 'partial', 'different', 'not in its SBOM'] as const)
    console.log(`  ${v.padEnd(26)} ${cdxCount(v)}`);
  console.log('every disagreement with cyclonedx-gomod (module: ours | cyclonedx-gomod | licensecheck):');
  for (const r of rows.filter(r => !['agree', 'both NOASSERTION', 'not in its SBOM'].includes(r.cdxVerdict)))
    console.log(`  ${r.module}: ${r.ours} | ${r.cdx} | ${r.theirs}  [${r.cdxVerdict}]`);
}
console.log('\nboth NOASSERTION:');
for (const r of rows.filter(r => r.verdict === 'both NOASSERTION')) console.log(`  ${r.module}: ${r.files}`);
console.log(
  `\nour detection over the ${rows.length} directories (a fresh process per run, ${RUNS} runs; detector ${path.relative(ROOT, DETECTOR)}):\n` +
    `  CPU median ${median(runs.map(r => r.cpuMs)).toFixed(0)} ms, wall median ${median(runs.map(r => r.ms)).toFixed(0)} ms (min ${Math.min(...runs.map(r => r.ms)).toFixed(0)} ms)`
);

const table = process.env.LICENSE_AGREEMENT_TABLE ?? path.join(work, 'license-agreement.md');
const cell = (s: string) => s.replace(/\|/g, '\\|');
await fs.writeFile(
  table,
  [
    `| module | ours | licensecheck | verdict | cyclonedx-gomod | verdict | licensecheck per file |`,
    `| --- | --- | --- | --- | --- | --- | --- |`,
    ...rows.map(r => `| ${cell(r.module)} | ${cell(r.ours)} | ${cell(r.theirs)} | ${r.verdict} | ${cell(r.cdx)} | ${r.cdxVerdict} | ${cell(r.files)} |`),
    ''
  ].join('\n')
);
console.log(`table: ${table}`);
// Keep the table; drop the sources and a module cache made for this run.
if (!process.env.LICENSE_AGREEMENT_GOMODCACHE) {
  sh('chmod', ['-R', 'u+w', modcache], work);
  await fs.rm(modcache, { recursive: true, force: true });
}
await fs.rm(src, { recursive: true, force: true });
