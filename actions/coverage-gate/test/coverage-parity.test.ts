/**
 * Parity corpus: profiles made by the real `go test -coverprofile` (and
 * `go tool covdata textfmt`) on fixture modules, derived into shards, coverpkg
 * duplicates, concatenations, CRLF and mixed merges. For each one the core's
 * covered/total must equal, in both denominators, the integers computed by the
 * Go toolchain's own code (x/tools/cover copied from GOROOT + go/parser, in
 * the oracle fixture), and its percentages must print as `go tool cover -func`
 * and `go tool covdata percent` print theirs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { profileFuncTotals, readCoverProfiles, statementTotals } from '../src/coverage/index.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { spawnSync } from 'node:child_process';

interface Case {
  name: string;
  files: string[];
  mods: Record<string, string>;
  /** Per-package percentages printed by `go tool covdata percent` for this data. */
  covdataPercent?: string;
}

let sandbox: GoSandbox;
let oracle: string;
let work: string;
const cases: Case[] = [];

/** Go's %.1f of 100*c/t (round half to even on the exact value). */
function goPercent(c: number, t: number): string {
  const num = BigInt(c) * 1000n;
  const den = BigInt(t || 1);
  let q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) q++;
  return `${q / 10n}.${q % 10n}`;
}

async function writeCrlf(src: string, dest: string): Promise<string> {
  await fs.writeFile(dest, (await fs.readFile(src, 'utf8')).replace(/\n/g, '\r\n'));
  return dest;
}
async function concat(files: string[], dest: string): Promise<string> {
  await fs.writeFile(dest, (await Promise.all(files.map(f => fs.readFile(f, 'utf8')))).join(''));
  return dest;
}

beforeAll(async () => {
  sandbox = await createGoSandbox();
  const env = sandbox.env;
  work = await sandbox.emptyWorkspace();
  // The oracle: x/tools/cover verbatim from this Go's GOROOT, plus go/parser.
  const oracleDir = await sandbox.workspace('coverage-gate/oracle');
  const goroot = goOk(['env', 'GOROOT'], oracleDir, env).trim();
  await fs.mkdir(path.join(oracleDir, 'cover'));
  await fs.copyFile(path.join(goroot, 'src', 'cmd', 'vendor', 'golang.org', 'x', 'tools', 'cover', 'profile.go'), path.join(oracleDir, 'cover', 'profile.go'));
  oracle = path.join(oracleDir, 'oracle');
  goOk(['build', '-o', oracle, '.'], oracleDir, env);

  const alpha = await sandbox.workspace('coverage-gate/alpha');
  const beta = await sandbox.workspace('coverage-gate/beta');
  const alphaMods = { 'example.com/covgate/alpha': alpha };
  const betaMods = { 'example.com/covgate/beta/v2': beta, 'example.com/covgate/beta/nested': path.join(beta, 'nested') };
  const out = (n: string) => path.join(work, n);
  for (const mode of ['set', 'count', 'atomic']) {
    // One instrumented run per mode; every test binary leaves its own
    // counter file, so each one is a real shard of a -coverpkg run.
    const dir = out(`alpha-${mode}-gocoverdir`);
    await fs.mkdir(dir);
    goOk(['test', '-cover', `-covermode=${mode}`, '-coverpkg=./...', './...', '-args', `-test.gocoverdir=${dir}`], alpha, env);
    const full = out(`alpha-${mode}-coverpkg.out`);
    goOk(['tool', 'covdata', 'textfmt', `-i=${dir}`, `-o=${full}`], alpha, env);
    const percent = goOk(['tool', 'covdata', 'percent', `-i=${dir}`], alpha, env);
    const names = await fs.readdir(dir);
    const shards: string[] = [];
    for (const counters of names.filter(n => n.startsWith('covcounters.')).sort()) {
      const shardDir = out(`alpha-${mode}-shard${shards.length}`);
      await fs.mkdir(shardDir);
      for (const n of names.filter(n => n.startsWith('covmeta.')).concat(counters)) await fs.copyFile(path.join(dir, n), path.join(shardDir, n));
      const shard = `${shardDir}.out`;
      goOk(['tool', 'covdata', 'textfmt', `-i=${shardDir}`, `-o=${shard}`], alpha, env);
      shards.push(shard);
    }
    expect(shards).toHaveLength(3);
    cases.push(
      { name: `${mode}: -coverpkg=./... (covdata textfmt, zero-statement units)`, files: [full], mods: alphaMods, covdataPercent: percent },
      ...shards.map((s, i) => ({ name: `${mode}: shard ${i} alone`, files: [s], mods: alphaMods })),
      { name: `${mode}: three coverpkg shards (duplicated blocks)`, files: shards, mods: alphaMods },
      { name: `${mode}: shards concatenated (repeated mode lines)`, files: [await concat(shards, out(`alpha-${mode}-cat.out`))], mods: alphaMods },
      { name: `${mode}: CRLF profile`, files: [await writeCrlf(full, out(`alpha-${mode}-crlf.out`))], mods: alphaMods },
      { name: `${mode}: the same profile twice`, files: [full, full], mods: alphaMods },
      { name: `${mode}: full profile and one shard`, files: [full, shards[0]], mods: alphaMods }
    );
  }
  const plain = out('alpha-set-plain.out');
  goOk(['test', '-covermode=set', `-coverprofile=${plain}`, './...'], alpha, env);
  cases.push(
    { name: 'set: go test -coverprofile ./... (no coverpkg)', files: [plain], mods: alphaMods },
    { name: 'set: plain and coverpkg profiles merged', files: [plain, out('alpha-set-coverpkg.out')], mods: alphaMods }
  );
  const root = out('beta-atomic.out');
  const nested = out('beta-atomic-nested.out');
  goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${root}`, './...'], beta, env);
  goOk(['test', '-covermode=atomic', `-coverprofile=${nested}`, './...'], path.join(beta, 'nested'), env);
  // So `go tool cover -func` (run in beta) resolves both modules' packages.
  await fs.writeFile(path.join(beta, 'go.work'), 'go 1.22\n\nuse (\n\t.\n\t./nested\n)\n');
  cases.push(
    { name: 'atomic: /v2 module', files: [root], mods: betaMods },
    { name: 'atomic: nested module', files: [nested], mods: betaMods },
    { name: 'atomic: /v2 root and nested module merged', files: [root, nested], mods: betaMods }
  );
}, 300_000);
afterAll(() => sandbox.cleanup());

describe('parity with the Go toolchain', () => {
  test('the corpus has at least 30 profiles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test('every profile: statements and func covered/total equal the Go tools', async () => {
    for (const c of cases) {
      const args = [...Object.entries(c.mods).map(([k, v]) => `${k}=${v}`), '--', ...c.files];
      const r = spawnSync(oracle, args, { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const expected = JSON.parse(r.stdout) as { statements: { covered: number; total: number }; func: { covered: number; total: number } };
      const profile = await readCoverProfiles(c.files);
      const statements = statementTotals(profile);
      const func = await profileFuncTotals(profile.files, async name => {
        const [mod, dir] = Object.entries(c.mods)
          .filter(([k]) => name.startsWith(k + '/'))
          .sort((a, b) => b[0].length - a[0].length)[0];
        return fs.readFile(path.join(dir, name.slice(mod.length + 1)));
      });
      expect({ case: c.name, statements, func }).toEqual({ case: c.name, statements: expected.statements, func: expected.func });
      if (c.name.includes('alpha') || c.mods['example.com/covgate/alpha']) expect(statements.total).toBeGreaterThan(func.total); // the package-level closure

      // The real `go tool cover -func` (it needs one mode line, so join the shards as go test does).
      const joined = path.join(work, 'joined.out');
      const texts = await Promise.all(c.files.map(f => fs.readFile(f, 'utf8')));
      const joinedText = texts.join('').replace(/\r\n/g, '\n');
      const firstMode = /^mode: .*\n/.exec(joinedText)![0];
      await fs.writeFile(joined, firstMode + joinedText.replace(/^mode: .*\n/gm, ''));
      const funcOut = goOk(['tool', 'cover', `-func=${joined}`], Object.values(c.mods)[0], sandbox.env);
      expect(`${c.name}: ${/total:\s+\(statements\)\s+([\d.]+)%/.exec(funcOut)?.[1]}`).toBe(`${c.name}: ${goPercent(func.covered, func.total)}`);

      if (c.covdataPercent) {
        // covdata percent prints each package; compare package by package.
        for (const m of c.covdataPercent.matchAll(/^\s*(\S+)\s+coverage: ([\d.]+)% of statements/gm)) {
          const pkgFiles = profile.files.filter(f => f.fileName.slice(0, f.fileName.lastIndexOf('/')) === m[1]);
          const t = statementTotals({ ...profile, files: pkgFiles });
          expect(`${m[1]} ${goPercent(t.covered, t.total)}`).toBe(`${m[1]} ${m[2]}`);
        }
      }
    }
  });
});
