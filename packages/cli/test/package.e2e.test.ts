import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createGoSandbox, REPO_ROOT, SHARED_TEST_GOCACHE, type GoSandbox } from '../../../test/harness/go-sandbox.js';

/**
 * The package a user would get: `npm pack`, installed from the tarball into
 * a temp prefix with no registry (it has no dependencies: every bundle is
 * self-contained), then its `go-ci-gates` binary run on a module elsewhere
 * on disk.
 */
let sandbox: GoSandbox;
let tarball: string;
let bin: string;
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

beforeAll(async () => {
  sandbox = await createGoSandbox();
  const packed = npm(['pack', '--json', '--pack-destination', sandbox.root], REPO_ROOT);
  expect(packed.status).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(sandbox.root, info.filename);
  await fs.writeFile(path.join(sandbox.root, 'files.json'), JSON.stringify(info.files.map(f => f.path)));
  const prefix = path.join(sandbox.root, 'prefix');
  const installed = npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], sandbox.root);
  expect(installed.stderr).not.toMatch(/ERR!/);
  expect(installed.status).toBe(0);
  bin = path.join(prefix, 'bin', 'go-ci-gates');
}, 300000);
afterAll(() => sandbox.cleanup());

test('the tarball holds the bundles, the action metadata and the demo, and nothing test-only', () => {
  const files = JSON.parse(readFileSync(path.join(sandbox.root, 'files.json'), 'utf8')) as string[];
  for (const gate of ['coverage-gate', 'license-policy', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency']) {
    expect(files).toContain(`dist/${gate}/index.js`);
    expect(files).toContain(`actions/${gate}/action.yml`);
  }
  // sbom-attach validates every SBOM against the schemas it reads at run time.
  expect(files).toEqual(
    expect.arrayContaining(['actions/sbom-attach/schema/spdx-schema.json', 'actions/sbom-attach/schema/cyclonedx/bom-1.6.SNAPSHOT.schema.json'])
  );
  expect(files).toEqual(expect.arrayContaining(['dist/cli/index.js', 'LICENSE', 'README.md', 'CHANGELOG.md', 'test/demo/module/go.mod']));
  expect(files.filter(f => /^(test\/node24|scripts|packages)\/|\/src\//.test(f))).toEqual([]);
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: object; engines: { node: string } };
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.engines.node).toBe('>=22');
});

test('the installed go-ci-gates runs --version and a gate on a module elsewhere on disk', async () => {
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  expect(version.stdout).toBe(`go-ci-gates ${pkg.version}\n`);
  const ws = await sandbox.workspace('modules/clean');
  const out = path.join(sandbox.root, 'out');
  const run = spawnSync(bin, ['mod-verify', '--out', out, ws], { cwd: sandbox.root, encoding: 'utf8', env: { ...process.env, ...sandbox.env, NO_COLOR: '1' } });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('== mod-verify PASS');
  expect(run.status).toBe(0);
  const help = spawnSync(bin, ['sbom-attach', '--help'], { encoding: 'utf8' });
  expect(help.stdout).toContain('--mode=<value>');
});

test('the installed package runs every gate (all) on that module, and its demo', async () => {
  const ws = await sandbox.workspace('modules/clean');
  const env = { ...process.env, ...sandbox.env, NO_COLOR: '1', XDG_CACHE_HOME: path.join(sandbox.root, 'xdg-cache') };
  const all = spawnSync(bin, ['all', '--out', path.join(sandbox.root, 'out-all'), ws], { cwd: sandbox.root, encoding: 'utf8', env });
  // greet's LICENSE is no SPDX license text: license-policy's default (unknown: error) fails on it, as it should.
  expect(all.stdout).toMatch(
    /== All gates\ncoverage-gate\s+pass\nlicense-policy\s+fail\nmod-verify\s+pass\nreadonly-list\s+pass\nsbom-attach\s+pass\nsum-audit\s+pass\nvendor-consistency\s+pass\n/
  );
  expect(all.status).toBe(1);
  // An installed package keeps the demo's build cache in the user's cache directory, not inside the package.
  // Here that directory leads to the tests' shared build cache, so the demo does not compile the standard
  // library again (go's build cache is content-addressed: what it holds does not change what a build gives).
  const demoCache = path.join(sandbox.root, 'xdg-cache', 'go-ci-gates', 'demo-gocache');
  await fs.mkdir(path.dirname(demoCache), { recursive: true });
  await fs.mkdir(SHARED_TEST_GOCACHE, { recursive: true });
  await fs.symlink(SHARED_TEST_GOCACHE, demoCache);
  const demo = spawnSync(bin, ['demo', '--out', path.join(sandbox.root, 'out-demo')], { cwd: sandbox.root, encoding: 'utf8', env });
  expect(demo.stdout).toContain(`go's build cache is kept between runs in ${demoCache}.`);
  expect(demo.stdout).toContain('Every gate ran in');
  expect(demo.status).toBe(0);
}, 300000);
