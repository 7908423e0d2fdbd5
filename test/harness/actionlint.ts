// actionlint for the tests that lint workflows and README examples: installed once
// with `go install` into node_modules/.cache and shared by every test file; when the
// module proxy cannot be reached it is not installed, and the caller skips saying why.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './go-sandbox.js';

export const ACTIONLINT_VERSION = 'v1.7.12';
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'actionlint', ACTIONLINT_VERSION);
const BINARY = path.join(CACHE_DIR, 'actionlint');

/** go's words for "the network or the proxy is not there". */
const UNREACHABLE =
  /dial tcp|no such host|connection refused|i\/o timeout|network is unreachable|proxyconnect|TLS handshake timeout|GOPROXY list is not the empty string|module lookup disabled by GOPROXY=off|server misbehaving/;

export function installActionlint(): { binary?: string; skipReason?: string } {
  if (existsSync(BINARY)) return { binary: BINARY };
  const gobin = mkdtempSync(path.join(os.tmpdir(), 'actionlint-gobin-'));
  const r = spawnSync('go', ['install', `github.com/rhysd/actionlint/cmd/actionlint@${ACTIONLINT_VERSION}`], {
    env: { ...process.env, GOBIN: gobin, GOFLAGS: '', GOTOOLCHAIN: 'local' },
    encoding: 'utf8',
    timeout: 300_000
  });
  if (r.status !== 0) {
    const why = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
    if (UNREACHABLE.test(why))
      return { skipReason: `the Go module proxy is unreachable, so actionlint ${ACTIONLINT_VERSION} cannot be installed: ${why.trim().split('\n').pop()}` };
    throw new Error(`go install actionlint@${ACTIONLINT_VERSION} failed:\n${why}`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  // Copy then rename, so a concurrent run never sees half a binary.
  const partial = `${BINARY}.${process.pid}.partial`;
  cpSync(path.join(gobin, 'actionlint'), partial);
  renameSync(partial, BINARY);
  rmSync(gobin, { recursive: true, force: true });
  return { binary: BINARY };
}
