import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFileProxy, hermeticGoEnv, readProxyModules, type ProxyModule } from '@go-ci-gates/core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');

/** A hermetic place to run go: its own proxy, module cache, GOPATH and build cache. */
export interface GoSandbox {
  root: string;
  proxyUrl: string;
  proxyDir: string;
  /** The GO* variables every go call in the test must use. */
  env: Record<string, string>;
  /** Copies test/fixtures/<name> into a fresh workspace directory and returns its path. */
  workspace(fixture: string): Promise<string>;
  /** An empty workspace directory. */
  emptyWorkspace(): Promise<string>;
  cleanup(): Promise<void>;
}

let proxyModulesCache: Promise<ProxyModule[]> | undefined;

/**
 * One build cache for every sandbox of the run (and of later runs). Go's build and
 * test caches are content-addressed and safe for concurrent use, so sharing one only
 * saves the work of compiling the same standard-library packages, with and without
 * coverage, in each of several dozen test files; what a build produces is the same.
 * Module caches stay private per sandbox: they are what the tests are about.
 */
export const SHARED_TEST_GOCACHE = process.env.GCG_TEST_GOCACHE ?? path.join(REPO_ROOT, 'node_modules', '.cache', 'go-ci-gates', 'gocache');

/** All fixture modules under test/fixtures/proxy (read once per test file). */
export function fixtureProxyModules(): Promise<ProxyModule[]> {
  proxyModulesCache ??= readProxyModules(path.join(FIXTURES, 'proxy'));
  return proxyModulesCache;
}

export async function createGoSandbox(opts: { extraModules?: ProxyModule[]; env?: Record<string, string> } = {}): Promise<GoSandbox> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sandbox-'));
  const proxyDir = path.join(root, 'proxy');
  const proxyUrl = await buildFileProxy(proxyDir, [...(await fixtureProxyModules()), ...(opts.extraModules ?? [])]);
  await fs.mkdir(SHARED_TEST_GOCACHE, { recursive: true });
  const env = await hermeticGoEnv(root, proxyUrl, { GOCACHE: SHARED_TEST_GOCACHE, ...opts.env });
  let n = 0;
  return {
    root,
    proxyUrl,
    proxyDir,
    env,
    async workspace(fixture: string) {
      const dest = path.join(root, `ws${n++}`);
      await fs.cp(path.join(FIXTURES, fixture), dest, { recursive: true, verbatimSymlinks: true });
      return dest;
    },
    async emptyWorkspace() {
      const dest = path.join(root, `ws${n++}`);
      await fs.mkdir(dest, { recursive: true });
      return dest;
    },
    cleanup: () => fs.rm(root, { recursive: true, force: true })
  };
}
