import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFileProxy, hermeticGoEnv, readProxyModules } from '@go-ci-gates/core';
// The loopback checksum database the tests use, bundled into the CLI for the demo only.
import { SumdbTestServer } from '../../../test/servers/sumdb.js';
import { ROOT } from './gates.js';

/**
 * The demo workspace: test/demo/module (untidy, under-tested, a forged go.sum
 * line, a Windows-only missing go.sum entry) and test/demo/vendored (a
 * committed vendor/ with one hand-edited file). Their dependencies come from
 * the repository's fixture modules.
 */
export const DEMO_WORKSPACE = path.join(ROOT, 'test', 'demo');
const DEMO_PROXY_SOURCES = path.join(ROOT, 'test', 'fixtures', 'proxy');

export interface DemoEnvironment {
  env: Record<string, string>;
  /** Per-gate inputs that make the demo show what each gate does. */
  inputs: Record<string, Record<string, string>>;
  /** Gates that run on a workspace of their own (mod-review: a repository with history). */
  workspaces: Record<string, string>;
  /** The go build cache the demo keeps between runs. */
  buildCache: string;
  cleanup(): Promise<void>;
}

/**
 * A hermetic Go environment for the demo: dependencies from a file://
 * proxy built from the fixture modules, a checksum database on 127.0.0.1
 * that knows every one of them, a private module cache and GOPATH, no
 * network, no toolchain download, nothing of the user's Go setup touched.
 * The build cache alone is kept between runs (in the clone's ignored
 * node_modules/.cache, or the user's cache directory for an installed
 * package), so a second run skips compiling the standard library. In a clone
 * it is the directory the tests share (test/harness/go-sandbox.ts): go's build
 * cache is content-addressed, and one compile of the standard library serves both.
 * GO_CI_GATES_DEMO_GOCACHE=<dir> keeps it there instead.
 */
export async function demoEnvironment(): Promise<DemoEnvironment> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'go-ci-gates-demo-'));
  const modules = await readProxyModules(DEMO_PROXY_SOURCES);
  const proxyUrl = await buildFileProxy(path.join(root, 'proxy'), modules);
  const sumdb = new SumdbTestServer('sum.demo.go-ci-gates.test');
  sumdb.addProxyModules(modules);
  await sumdb.start();
  const gocache = demoBuildCache();
  await fs.mkdir(gocache, { recursive: true });
  const env = await hermeticGoEnv(root, proxyUrl, { GOCACHE: gocache });
  const review = await reviewRepository(path.join(root, 'review'), env);
  return {
    env,
    inputs: {
      'coverage-gate': { 'threshold-total': '80' },
      'sum-audit': { gosumdb: sumdb.gosumdb },
      ...(review ? { 'mod-review': { 'base-ref': review.base, 'max-new-shipped': '1' } } : {})
    },
    workspaces: review ? { 'mod-review': review.dir } : {},
    buildCache: gocache,
    cleanup: async () => {
      await sumdb.stop();
      await fs.rm(root, { recursive: true, force: true });
    }
  };
}

function demoBuildCache(): string {
  // Somewhere else on request: the tests run the demo under released Go toolchains with the machine's own build cache.
  if (process.env.GO_CI_GATES_DEMO_GOCACHE) return path.resolve(process.env.GO_CI_GATES_DEMO_GOCACHE);
  if (existsSync(path.join(ROOT, 'node_modules'))) return path.join(ROOT, 'node_modules', '.cache', 'go-ci-gates', 'gocache');
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' ? process.env.LOCALAPPDATA : undefined) || path.join(os.homedir(), '.cache');
  return path.join(base!, 'go-ci-gates', 'demo-gocache');
}

/**
 * mod-review's demo: a git repository whose first commit is the demo module
 * before its last change (greet at v1.0.0, no mitlib, tidy) and whose second
 * commit is test/demo/module as it is. The review shows an upgrade, two new
 * shipped modules with their licenses (one more than the demo's
 * max-new-shipped), a required module nothing imports (build list only) and
 * the new go.sum lines. Without git the gate runs on the demo workspace and
 * says there is no history.
 */
async function reviewRepository(dir: string, env: Record<string, string>): Promise<{ dir: string; base: string } | undefined> {
  const gitEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: os.devNull,
    GIT_AUTHOR_DATE: '2026-01-01T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T10:00:00Z'
  };
  const git = (args: string[]) =>
    execFileSync('git', ['-c', 'user.name=go-ci-gates demo', '-c', 'user.email=demo@go-ci-gates.invalid', ...args], {
      cwd: dir,
      env: gitEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe']
    }).trim();
  const source = path.join(DEMO_WORKSPACE, 'module');
  try {
    await fs.cp(source, dir, { recursive: true });
    const goMod = await fs.readFile(path.join(source, 'go.mod'), 'utf8');
    await fs.writeFile(
      path.join(dir, 'go.mod'),
      goMod
        .replace('example.com/greet v1.1.0', 'example.com/greet v1.0.0')
        .split('\n')
        .filter(l => !l.includes('example.com/sbom/'))
        .join('\n')
    );
    const main = await fs.readFile(path.join(source, 'main.go'), 'utf8');
    await fs.writeFile(path.join(dir, 'main.go'), main.replace('\t"example.com/sbom/mitlib"\n', '').replace(', mitlib.Hello()', ''));
    await fs.rm(path.join(dir, 'go.sum'), { force: true });
    execFileSync('go', ['mod', 'tidy'], { cwd: dir, env: { ...process.env, ...env, GOFLAGS: '-modcacherw -mod=mod', GOWORK: 'off' }, stdio: 'ignore' });
    git(['init', '-q']);
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'demo module before its last change']);
    const base = git(['rev-parse', 'HEAD']);
    await fs.cp(source, dir, { recursive: true });
    git(['add', '-A']);
    git(['commit', '-q', '-m', 'upgrade greet, add mitlib']);
    return { dir, base };
  } catch {
    return undefined;
  }
}
