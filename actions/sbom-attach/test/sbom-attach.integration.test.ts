import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { h1ToHex } from '@go-ci-gates/core';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import type { SubmissionGraph } from '../src/submission-graph.js';
import { validateCycloneDx, validateSpdx } from '../src/validate.js';
import { runSbomGate, type InProcessRun } from './run-in-process.js';

type Cdx = any;

const S = 'example.com/sbom';
const ZERO = 'v0.0.0-00010101000000-000000000000';
const PUBLIC_PROXY = 'https://proxy.example.test';
let sandbox: GoSandbox;
let env: Record<string, string>;

beforeAll(async () => {
  sandbox = await createGoSandbox();
  // A public http proxy after the file proxy: never contacted (the file proxy has every module), but it is what download URLs point at.
  env = { ...sandbox.env, GOPROXY: `${sandbox.env.GOPROXY},${PUBLIC_PROXY}`, SOURCE_DATE_EPOCH: '1700000000' };
});
afterAll(() => sandbox.cleanup());

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const byRef = (doc: Cdx) => new Map<string, any>(doc.components.map((c: any) => [c['bom-ref'], c]));
const deps = (doc: Cdx) => new Map<string, string[]>(doc.dependencies.map((d: any) => [d.ref, d.dependsOn]));
const prop = (c: any, name: string) => c.properties?.find((p: any) => p.name === `go-ci-gates:go:${name}`)?.value;
function goSumOf(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(path.join(dir, 'go.sum'), 'utf8').split('\n')) {
    const [mod, ver, h] = line.split(' ');
    if (h) m.set(`${mod}@${ver}`, h);
  }
  return m;
}

describe('app mode on a module with every kind of dependency', () => {
  let run: InProcessRun;
  let cdx: Cdx;
  let spdx: any;
  let ws: string;
  beforeAll(async () => {
    ws = await sandbox.workspace('sbom-attach/app');
    const unchanged = await guardCheckout(ws);
    run = await runSbomGate(
      ws,
      { ...env, GOPRIVATE: `${S}/x`, GONOPROXY: 'none.invalid' },
      { 'working-directory': 'main', targets: 'linux/amd64, windows/amd64' }
    );
    await unchanged();
    expect(run.report.error).toBeUndefined();
    cdx = readJson(run.outputs['cyclonedx-path']);
    spdx = readJson(run.outputs['spdx-path']);
  });

  test('exactly the modules the command compiles, plus test-only ones marked excluded', () => {
    const scopes = Object.fromEntries(cdx.components.map((c: any) => [c['bom-ref'], c.scope]));
    expect(scopes).toEqual({
      [`pkg:golang/${S}/apachelib@v1.2.0`]: 'required',
      [`pkg:golang/${S}/bsdlib/v2@v2.1.0`]: 'required',
      [`pkg:golang/${S}/custom@v1.0.0`]: 'required',
      [`pkg:golang/${S}/dual@v1.0.0`]: 'required',
      [`pkg:golang/${S}/fork@v1.1.0`]: 'required',
      [`pkg:golang/${S}/incompat@v3.0.0+incompatible`]: 'required',
      [`pkg:golang/${S}/linuxonly@v1.0.0`]: 'required',
      [`pkg:golang/${S}/localdep@${ZERO}`]: 'required',
      [`pkg:golang/${S}/mitlib@v1.0.0`]: 'required',
      [`pkg:golang/${S}/pseudo@v0.0.0-20240102030405-abcdefabcdef`]: 'required',
      [`pkg:golang/${S}/testonly@v1.0.0`]: 'excluded',
      [`pkg:golang/${S}/x/exp@v0.0.0-20240315000000-0123456789ab`]: 'required',
      'pkg:golang/stdlib@1.26.8': 'required'
    });
    expect(run.outputs['component-count']).toBe('14');
    // The module only a non-main library package imports is left out, with the reason.
    expect(run.report.data).toMatchObject({ leftOut: [{ path: `${S}/unused`, version: 'v1.0.0', reason: expect.stringContaining('no main package') }] });
    expect(run.summary).toContain('imported only by packages no main package or test needs');
    // The linux-only dependency says which target it is compiled for.
    expect(prop(byRef(cdx).get(`pkg:golang/${S}/linuxonly@v1.0.0`), 'targets')).toBe('linux/amd64');
  });

  test('the main component: never (devel), build settings as properties, application type', () => {
    const main = cdx.metadata.component;
    expect(main).toMatchObject({ type: 'application', name: 'example.com/app', version: ZERO, purl: `pkg:golang/example.com/app@${ZERO}` });
    expect(prop(main, 'goos-goarch')).toBe('linux/amd64,windows/amd64');
    expect(prop(main, 'main-packages')).toBe('example.com/app/cmd/app');
    expect(prop(main, 'toolchain')).toMatch(/^go1\./);
    expect(run.report.findings.map(f => f.rule)).toEqual(['main-version']);
  });

  test('hashes are go.sum h1 decoded to hex, with the raw h1 and /go.mod hash as properties', () => {
    const sums = goSumOf(path.join(ws, 'main'));
    for (const c of cdx.components) {
      if (c.name === 'stdlib' || c.name === `${S}/localdep`) {
        expect(c.hashes).toBeUndefined();
        continue;
      }
      const h1 = sums.get(`${c.name}@${c.version}`)!;
      expect(h1).toMatch(/^h1:/);
      expect(c.hashes).toEqual([{ alg: 'SHA-256', content: h1ToHex(h1) }]);
      expect(prop(c, 'gosum:h1')).toBe(h1);
      expect(prop(c, 'gosum:gomod')).toBe(sums.get(`${c.name}@${c.version}/go.mod`));
    }
  });

  test('licenses offline from the module cache, AND for several, NOASSERTION instead of a guess', () => {
    const lic = Object.fromEntries(cdx.components.map((c: any) => [c.name, c.licenses ? (c.licenses[0].expression ?? c.licenses[0].license.id) : 'none']));
    expect(lic).toEqual({
      [`${S}/apachelib`]: 'Apache-2.0',
      [`${S}/bsdlib/v2`]: 'BSD-3-Clause',
      [`${S}/custom`]: 'none',
      [`${S}/dual`]: 'Apache-2.0 AND MIT',
      [`${S}/fork`]: 'MIT',
      [`${S}/incompat`]: 'MIT',
      [`${S}/linuxonly`]: 'BSD-3-Clause',
      [`${S}/localdep`]: 'MIT',
      [`${S}/mitlib`]: 'MIT',
      [`${S}/pseudo`]: 'MIT',
      [`${S}/testonly`]: 'MIT',
      // The Go project's own LICENSE text (golang.org/x style).
      [`${S}/x/exp`]: 'BSD-3-Clause',
      stdlib: 'BSD-3-Clause'
    });
    expect(prop(byRef(cdx).get(`pkg:golang/${S}/custom@v1.0.0`), 'license')).toBe('NOASSERTION');
    const spdxLic = Object.fromEntries(spdx.packages.map((p: any) => [p.name, p.licenseConcluded]));
    expect(spdxLic[`${S}/custom`]).toBe('NOASSERTION');
    expect(spdxLic[`${S}/dual`]).toBe('Apache-2.0 AND MIT');
  });

  test('replace: the replacement is the component, the original its pedigree; a directory replacement has no hash or URL', () => {
    const fork = byRef(cdx).get(`pkg:golang/${S}/fork@v1.1.0`);
    expect(fork.pedigree).toEqual({
      ancestors: [
        {
          type: 'library',
          'bom-ref': `pkg:golang/${S}/fork@v1.1.0#replaces`,
          name: `${S}/original`,
          version: 'v1.0.0',
          purl: `pkg:golang/${S}/original@v1.0.0`
        }
      ]
    });
    expect(prop(fork, 'replaces')).toBe(`${S}/original@v1.0.0`);
    const local = byRef(cdx).get(`pkg:golang/${S}/localdep@${ZERO}`);
    expect(local.pedigree).toBeUndefined();
    expect(local.externalReferences).toBeUndefined();
    expect(prop(local, 'local-replacement')).toBe('../localdep');
  });

  test('download URLs on the public proxy, none for GOPRIVATE modules; stdlib with CPE', () => {
    const refs = byRef(cdx);
    expect(refs.get(`pkg:golang/${S}/bsdlib/v2@v2.1.0`).externalReferences).toEqual([
      { type: 'distribution', url: `${PUBLIC_PROXY}/${S}/bsdlib/v2/@v/v2.1.0.zip` }
    ]);
    expect(refs.get(`pkg:golang/${S}/incompat@v3.0.0+incompatible`).externalReferences[0].url).toBe(`${PUBLIC_PROXY}/${S}/incompat/@v/v3.0.0+incompatible.zip`);
    const priv = refs.get(`pkg:golang/${S}/x/exp@v0.0.0-20240315000000-0123456789ab`);
    expect(priv.externalReferences).toBeUndefined();
    expect(prop(priv, 'private')).toBe('true');
    expect(spdx.packages.find((p: any) => p.name === `${S}/x/exp`).downloadLocation).toBe('NOASSERTION');
    expect(refs.get('pkg:golang/stdlib@1.26.8')).toMatchObject({
      cpe: 'cpe:2.3:a:golang:go:1.26.8:*:*:*:*:*:*:*',
      licenses: [{ license: { id: 'BSD-3-Clause' } }]
    });
  });

  test('the dependency graph comes from imports: every component has an entry, nothing dangles or depends on itself', () => {
    const d = deps(cdx);
    const main = cdx.metadata.component['bom-ref'];
    const all = new Set([main, ...cdx.components.map((c: any) => c['bom-ref'])]);
    expect(new Set(d.keys())).toEqual(all);
    for (const [from, tos] of d)
      for (const to of tos) {
        expect(all.has(to)).toBe(true);
        expect(to).not.toBe(from);
      }
    expect(d.get(`pkg:golang/${S}/mitlib@v1.0.0`)).toEqual([`pkg:golang/${S}/apachelib@v1.2.0`]);
    expect(d.get(main)).toContain(`pkg:golang/${S}/testonly@v1.0.0`);
    expect(d.get(main)).not.toContain(`pkg:golang/${S}/apachelib@v1.2.0`);
  });

  test('SPDX: test-only modules are TEST_DEPENDENCY_OF, unique ids, both documents validate', async () => {
    const ids = spdx.packages.map((p: any) => p.SPDXID);
    expect(new Set(ids).size).toBe(ids.length);
    const testOnly = spdx.packages.find((p: any) => p.name === `${S}/testonly`).SPDXID;
    const main = spdx.packages.find((p: any) => p.name === 'example.com/app').SPDXID;
    expect(spdx.relationships).toContainEqual({ spdxElementId: testOnly, relationshipType: 'TEST_DEPENDENCY_OF', relatedSpdxElement: main });
    expect(spdx.relationships.filter((r: any) => r.relatedSpdxElement === testOnly)).toEqual([]);
    expect(spdx.creationInfo.created).toBe('2023-11-14T22:13:20Z');
    expect(validateSpdx(readFileSync(run.outputs['spdx-path'], 'utf8'))).toEqual([]);
    expect(await validateCycloneDx(readFileSync(run.outputs['cyclonedx-path'], 'utf8'), '1.6')).toEqual([]);
    // The validators do reject broken documents.
    const broken = {
      ...spdx,
      relationships: [...spdx.relationships, { spdxElementId: main, relationshipType: 'DEPENDS_ON', relatedSpdxElement: 'SPDXRef-missing' }]
    };
    expect(validateSpdx(JSON.stringify(broken))).toEqual(['relationship to missing element SPDXRef-missing']);
    const badCdx = { ...cdx, components: [{ ...cdx.components[0], scope: 'sometimes' }, ...cdx.components.slice(1)] };
    expect((await validateCycloneDx(JSON.stringify(badCdx), '1.6')).length).toBeGreaterThan(0);
  });

  test('the submission graph: direct when a main-module package imports it, development for test-only', () => {
    const graph = (run.report.data as { submissionGraph: SubmissionGraph }).submissionGraph;
    expect(graph.modules).toHaveLength(1);
    expect(graph.modules[0]).toMatchObject({ path: 'example.com/app', relDir: 'main', goModFile: 'main/go.mod' });
    const c = Object.fromEntries(graph.modules[0].components.map(x => [x.name, x]));
    expect(c[`${S}/mitlib`]).toMatchObject({ direct: true, scope: 'runtime' });
    expect(c[`${S}/apachelib`]).toMatchObject({ direct: false, scope: 'runtime', dependsOn: ['pkg:golang/stdlib@1.26.8'] });
    expect(c[`${S}/testonly`]).toMatchObject({ direct: true, scope: 'development' });
  });

  test('the same inputs give byte-identical files; the serialNumber is a UUIDv5 of the content', async () => {
    const again = await runSbomGate(
      ws,
      { ...env, GOPRIVATE: `${S}/x`, GONOPROXY: 'none.invalid' },
      { 'working-directory': 'main', targets: 'linux/amd64, windows/amd64' }
    );
    expect(readFileSync(again.outputs['cyclonedx-path'], 'utf8')).toBe(readFileSync(run.outputs['cyclonedx-path'], 'utf8'));
    expect(readFileSync(again.outputs['spdx-path'], 'utf8')).toBe(readFileSync(run.outputs['spdx-path'], 'utf8'));
    expect(cdx.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(cdx.metadata.timestamp).toBe('2023-11-14T22:13:20Z');
  });
});

describe('inputs that change what is described', () => {
  test('a GOOS without the platform file leaves its dependency out; test-dependencies: exclude drops test-only modules', async () => {
    const ws = await sandbox.workspace('sbom-attach/app');
    const run = await runSbomGate(ws, env, {
      'working-directory': 'main',
      targets: 'windows/amd64',
      'test-dependencies': 'exclude',
      format: 'cyclonedx',
      'cyclonedx-version': '1.5'
    });
    const cdx = readJson(run.outputs['cyclonedx-path']);
    const names = cdx.components.map((c: any) => c.name);
    expect(names).not.toContain(`${S}/linuxonly`);
    expect(names).not.toContain(`${S}/testonly`);
    expect(names).toContain(`${S}/mitlib`);
    expect(cdx.specVersion).toBe('1.5');
    expect(run.outputs['spdx-path']).toBe('');
    expect((run.report.data as any).leftOut.map((l: any) => l.path)).toEqual([`${S}/testonly`, `${S}/unused`]);
  });

  test('go.work: one SBOM per module with a command, libraries noted; module mode covers both; merge makes one', async () => {
    const ws = await sandbox.workspace('sbom-attach/work');
    const app = await runSbomGate(ws, env);
    expect(app.outputs['cyclonedx-path'].split('\n')).toHaveLength(1);
    expect(app.report.findings.find(f => f.rule === 'no-main-package')).toMatchObject({
      severity: 'notice',
      module: 'example.com/work/svc-a',
      file: 'svc-a/go.mod'
    });
    const b = readJson(app.outputs['cyclonedx-path']);
    expect(b.metadata.component.name).toBe('example.com/work/svc-b');
    expect(b.components.map((c: any) => c.name).sort()).toEqual([`${S}/apachelib`, `${S}/bsdlib/v2`, `${S}/mitlib`, 'example.com/work/svc-a', 'stdlib']);
    expect(deps(b).get(`pkg:golang/example.com/work/svc-a@${ZERO}`)).toEqual([`pkg:golang/${S}/mitlib@v1.0.0`]);

    const perModule = await runSbomGate(ws, env, { mode: 'module' });
    expect(perModule.outputs['cyclonedx-path'].split('\n').map(f => path.basename(f))).toEqual([
      'example.com_work_svc-a.cdx.json',
      'example.com_work_svc-b.cdx.json'
    ]);
    const merged = await runSbomGate(ws, env, { mode: 'module', merge: 'true' });
    const m = readJson(merged.outputs['cyclonedx-path']);
    expect(m.metadata.component.name).toBe('example.com/work/svc-a');
    expect(m.components.map((c: any) => c.name).sort()).toEqual([`${S}/apachelib`, `${S}/bsdlib/v2`, `${S}/mitlib`, 'example.com/work/svc-b', 'stdlib']);
    expect(validateSpdx(readFileSync(merged.outputs['spdx-path'], 'utf8'))).toEqual([]);
    expect((merged.report.data as any).submissionGraph.modules.map((x: any) => x.path)).toEqual(['example.com/work/svc-a', 'example.com/work/svc-b']);
  });

  test('go.work whose modules have no go.sum: go writes go.work.sum to a temp copy, never the checkout', async () => {
    const ws = await sandbox.workspace('sbom-attach/work');
    await fs.rm(path.join(ws, 'svc-a', 'go.sum'));
    await fs.rm(path.join(ws, 'svc-b', 'go.sum'));
    const unchanged = await guardCheckout(ws);
    const run = await runSbomGate(ws, env, { mode: 'module' });
    expect(run.report.error).toBeUndefined();
    expect(existsSync(path.join(ws, 'go.work.sum'))).toBe(false);
    await unchanged();
  });

  test('a vendored build: modules, hashes and licenses from vendor/ and go.sum, no module cache', async () => {
    const ws = await sandbox.workspace('sbom-attach/vendored');
    const emptyCache = path.join(ws, '..', 'empty-modcache');
    for (const mode of ['app', 'module']) {
      const run = await runSbomGate(ws, { ...env, GOMODCACHE: emptyCache, GOPROXY: 'off' }, { mode });
      expect(run.report.error).toBeUndefined();
      const cdx = readJson(run.outputs['cyclonedx-path']);
      const summary = cdx.components.map(
        (c: any) => `${c.name}@${c.version} ${c.licenses?.[0].license.id} ${c.hashes ? 'hash' : '-'} ${prop(c, 'gosum:h1-check') ?? ''}`
      );
      // Nothing in the module cache to check go.sum against: the hashes are properties marked unchecked, not asserted.
      expect(summary).toEqual([`${S}/apachelib@v1.2.0 Apache-2.0 - unchecked`, `${S}/mitlib@v1.0.0 MIT - unchecked`, 'stdlib@1.26.8 BSD-3-Clause - ']);
      expect(prop(cdx.components[1], 'gosum:h1')).toBe(goSumOf(ws).get(`${S}/mitlib@v1.0.0`));
      expect(run.summary).toMatch(/4 recorded hashes not checked: the module is not in the module cache/);
      // GOPROXY=off: no download URL can be named.
      expect(cdx.components[0].externalReferences).toBeUndefined();
    }
  });

  test('a vendored build with a forged go.sum hash: the module cache disproves it, a finding, and the SBOM never carries it', async () => {
    const ws = await sandbox.workspace('sbom-attach/vendored');
    const forged = `h1:${'A'.repeat(43)}=`;
    const goSum = path.join(ws, 'go.sum');
    const lines = readFileSync(goSum, 'utf8').split('\n');
    const line = lines.findIndex(l => l.startsWith(`${S}/mitlib v1.0.0 h1:`));
    lines[line] = `${S}/mitlib v1.0.0 ${forged}`;
    await fs.writeFile(goSum, lines.join('\n'));
    // The module cache holds both modules, as after any build that downloaded them.
    goOk(['mod', 'download', `${S}/mitlib@v1.0.0`, `${S}/apachelib@v1.2.0`], sandbox.root, { ...env, GOFLAGS: '-modcacherw', GOWORK: 'off' });
    const unchanged = await guardCheckout(ws);
    const run = await runSbomGate(ws, env, { mode: 'module' });
    await unchanged();
    expect(run.report.result).toBe('fail');
    expect(run.report.findings.filter(f => f.rule === 'gosum-hash-mismatch')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'go.sum',
        line: line + 1,
        message: expect.stringContaining(`go.sum records ${forged} for the module content of ${S}/mitlib@v1.0.0`)
      })
    ]);
    const text = readFileSync(run.outputs['cyclonedx-path'], 'utf8') + readFileSync(run.outputs['spdx-path'], 'utf8');
    expect(text).not.toContain(forged);
    expect(text).not.toContain('0'.repeat(64));
    const cdx = readJson(run.outputs['cyclonedx-path']);
    const mit = cdx.components.find((c: any) => c.name === `${S}/mitlib`);
    expect(mit.hashes).toBeUndefined();
    expect(prop(mit, 'gosum:h1-check')).toBe('mismatch');
    expect(prop(mit, 'gosum:gomod-check')).toBe('module-cache');
    // The untouched module is confirmed by the cache and keeps its hash.
    const apache = cdx.components.find((c: any) => c.name === `${S}/apachelib`);
    expect(apache.hashes).toEqual([{ alg: 'SHA-256', content: h1ToHex(goSumOf(ws).get(`${S}/apachelib@v1.2.0`)!) }]);
    expect(prop(apache, 'gosum:h1-check')).toBe('module-cache');
  });
});

describe('the main module version comes from git', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_COMMITTER_DATE: '2024-05-06T07:08:09Z', GIT_AUTHOR_DATE: '2024-05-06T07:08:09Z' }
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim();
  };
  test('a nested module tag on HEAD, then a pseudo-version after it, then +dirty', async () => {
    const ws = await sandbox.workspace('sbom-attach/app');
    git(ws, 'init', '-q');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'one');
    git(ws, 'tag', 'main/v0.4.0');
    git(ws, 'tag', 'v9.0.0'); // a root-module tag: not the nested module's
    const inputs = { 'working-directory': 'main', targets: 'linux/amd64', format: 'cyclonedx', licenses: 'false' };
    const tagged = readJson((await runSbomGate(ws, env, inputs)).outputs['cyclonedx-path']);
    expect(tagged.metadata.component.version).toBe('v0.4.0');
    await fs.writeFile(path.join(ws, 'main', 'README'), 'x\n');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-qm', 'two');
    const rev = git(ws, 'rev-parse', 'HEAD').slice(0, 12);
    const unsetEpoch = { ...env, SOURCE_DATE_EPOCH: '' };
    const pseudo = readJson((await runSbomGate(ws, unsetEpoch, inputs)).outputs['cyclonedx-path']);
    expect(pseudo.metadata.component.version).toBe(`v0.4.1-0.20240506070809-${rev}`);
    // Without SOURCE_DATE_EPOCH the commit time is the timestamp, so reruns stay identical.
    expect(pseudo.metadata.timestamp).toBe('2024-05-06T07:08:09Z');
    await fs.writeFile(path.join(ws, 'main', 'README'), 'changed\n');
    const dirty = readJson((await runSbomGate(ws, env, inputs)).outputs['cyclonedx-path']);
    expect(dirty.metadata.component.version).toBe(`v0.4.1-0.20240506070809-${rev}+dirty`);
  });
});

describe('binary mode', () => {
  test('the modules linked into a built binary, equal to go version -m', async () => {
    const ws = await sandbox.workspace('sbom-attach/app');
    const bin = path.join(ws, 'app-bin');
    // The host's build cache (content-addressed, so sharing is safe) spares compiling the standard library again.
    const hostCache = goOk(['env', 'GOCACHE'], ws, {}).trim();
    goOk(['build', '-buildvcs=false', '-o', bin, './cmd/app'], path.join(ws, 'main'), { ...sandbox.env, GOCACHE: hostCache, GOOS: 'linux', GOARCH: 'amd64' });
    const run = await runSbomGate(ws, env, { mode: 'binary', binaries: 'app-bin', 'working-directory': 'main' });
    expect(run.report.error).toBeUndefined();
    const cdx = readJson(run.outputs['cyclonedx-path']);
    const truth = goOk(['version', '-m', bin], ws, sandbox.env)
      .split('\n')
      .map(l => l.trim().split(/\s+/))
      .filter(f => f[0] === 'dep' || f[0] === '=>');
    const expected: string[] = [];
    for (let i = 0; i < truth.length; i++) {
      const next = truth[i + 1];
      if (truth[i][0] !== 'dep') continue;
      // A module replacement is the module compiled; a directory replacement ("=> ../localdep (devel)") has
      // no identity of its own: the component is the module path and version it replaces, as in app mode.
      if (next?.[0] === '=>' && !/^\.\.?\//.test(next[1])) expected.push(`${next[1]}@${next[2]}`);
      else expected.push(`${truth[i][1]}@${truth[i][2]}`);
    }
    expect(truth).toContainEqual(['=>', '../localdep', '(devel)']);
    const got = cdx.components.filter((c: any) => c.type === 'library' && c.name !== 'stdlib').map((c: any) => `${c.name}@${c.version}`);
    expect(got.sort()).toEqual(expected.sort());
    expect(cdx.compositions).toEqual([{ aggregate: 'unknown', dependencies: [cdx.metadata.component['bom-ref']] }]);
    expect(cdx.components.find((c: any) => c.type === 'file')).toMatchObject({ name: 'app-bin', hashes: [{ alg: 'SHA-256' }] });
    expect(cdx.components.find((c: any) => c.name === `${S}/fork`).pedigree.ancestors[0].purl).toBe(`pkg:golang/${S}/original@v1.0.0`);
    // The directory replacement: identity, PURL and (no) URLs of the module it replaces, its license read from the directory.
    const local = byRef(cdx).get(`pkg:golang/${S}/localdep@${ZERO}`);
    expect(local).toMatchObject({ name: `${S}/localdep`, version: ZERO, purl: `pkg:golang/${S}/localdep@${ZERO}` });
    expect(local.pedigree).toBeUndefined();
    expect(local.externalReferences).toBeUndefined();
    expect(local.hashes).toBeUndefined();
    expect(prop(local, 'local-replacement')).toBe('../localdep');
    expect(prop(local, 'replaces')).toBe(`${S}/localdep@${ZERO}`);
    expect(local.licenses[0].license.id).toBe('MIT');
    expect(cdx.components.filter((c: any) => /\(devel\)|^\./.test(`${c.name} ${c.version} ${c.purl}`.replace(/^\S+ /, '')) || c.name.startsWith('.'))).toEqual(
      []
    );
  });
});

describe('bad inputs give one clear error and change nothing', () => {
  const cases: [string, string, Record<string, string>, RegExp][] = [
    [
      'unknown format',
      'sbom-attach/library',
      { format: 'cyclonedx, xml' },
      /^Input 'format' has an invalid value "xml": expected one or more of: cyclonedx, spdx$/
    ],
    [
      'no main package in app mode',
      'sbom-attach/library',
      {},
      /^No main package in example.com\/library \(\.\) matches \.\/\.\.\.: mode 'app' describes what main packages compile into/
    ],
    ['a binary that is not Go', 'sbom-attach/library', { mode: 'binary', binaries: 'go.mod' }, /^go\.mod is not a Go binary with build info: /],
    [
      'binary mode without binaries',
      'sbom-attach/library',
      { mode: 'binary' },
      /^Input 'binaries' has an invalid value "": mode 'binary' needs at least one binary path$/
    ],
    ['bad target', 'sbom-attach/library', { targets: 'linux' }, /^Input 'targets' has an invalid value "linux": expected GOOS\/GOARCH pairs/],
    // Judged by `go tool dist list`, as readonly-list judges 'platforms': no SBOM for a platform go cannot build.
    [
      'a target go cannot build for',
      'sbom-attach/library',
      { mode: 'module', targets: 'linux/amd64, plan10/z80' },
      /^Input 'targets' has an invalid value "plan10\/z80": not a GOOS\/GOARCH pair this go supports \(see `go tool dist list`\)$/
    ]
  ];
  test.each(cases)('%s', async (_name, fixture, inputs, expected) => {
    const ws = await sandbox.workspace(fixture);
    const unchanged = await guardCheckout(ws);
    const run = await runSbomGate(ws, env, inputs);
    expect(run.report.result).toBe('error');
    expect(run.report.error).toMatch(expected);
    expect(run.report.error!.split('\n')).toHaveLength(1);
    expect(existsSync(run.outDir)).toBe(false);
    await unchanged();
  });

  test('module mode describes a library', async () => {
    const ws = await sandbox.workspace('sbom-attach/library');
    const run = await runSbomGate(ws, env, { mode: 'module' });
    const cdx = readJson(run.outputs['cyclonedx-path']);
    expect(cdx.metadata.component.type).toBe('library');
    expect(cdx.metadata.lifecycles).toEqual([{ phase: 'pre-build' }]);
    expect(cdx.components.map((c: any) => c.purl)).toEqual([`pkg:golang/${S}/bsdlib/v2@v2.1.0`]);
  });
});
