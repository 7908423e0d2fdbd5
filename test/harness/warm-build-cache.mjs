// Jest global setup, second half: compiles the standard library that test
// binaries need (runtime, testing, fmt, the coverage runtime) into the build
// cache the tests share, once, before the workers start. Otherwise, on a
// fresh clone's empty cache, the first two test files that run go test (one
// per worker) each compile it at the same time on the same two cores.
// Best effort: a failure here only means the tests compile it themselves.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../../scripts/dist-sources.mjs';

/** test/harness/go-sandbox.ts's SHARED_TEST_GOCACHE (that file is TypeScript; jest's global setup is not transformed). */
export const SHARED_TEST_GOCACHE = process.env.GCG_TEST_GOCACHE ?? path.join(ROOT, 'node_modules', '.cache', 'go-ci-gates', 'gocache');

export default function warmBuildCache() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcg-warm-'));
  try {
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/warm\n\ngo 1.21\n');
    writeFileSync(path.join(dir, 'warm.go'), 'package warm\n\nimport "fmt"\n\nfunc Hello() string { return fmt.Sprint("hello") }\n');
    writeFileSync(path.join(dir, 'warm_test.go'), 'package warm\n\nimport "testing"\n\nfunc TestHello(t *testing.T) { _ = Hello() }\n');
    mkdirSync(SHARED_TEST_GOCACHE, { recursive: true });
    // The hermetic tests' settings (core's hermeticGoEnv): the cache keys must be theirs.
    const env = {
      ...process.env,
      GOCACHE: SHARED_TEST_GOCACHE,
      GOFLAGS: '-modcacherw',
      GOTOOLCHAIN: 'local',
      CGO_ENABLED: '0',
      GOPROXY: 'off',
      GOWORK: 'off',
      GOENV: 'off'
    };
    spawnSync('go', ['test', '-count=1', '-run=^$', '-covermode=atomic', '-coverpkg=./...', './...'], { cwd: dir, env, stdio: 'ignore' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
