import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * The environment for running go with no network and nothing shared with the
 * machine: a file:// GOPROXY, private module cache, GOPATH and build cache,
 * GOTOOLCHAIN=local so no toolchain is downloaded, and GOFLAGS set explicitly.
 * Used by the tests and by the CLI's hermetic demo.
 */
export async function hermeticGoEnv(root: string, proxyUrl: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const dirs = { GOMODCACHE: path.join(root, 'modcache'), GOPATH: path.join(root, 'gopath'), GOCACHE: path.join(root, 'gocache') };
  await Promise.all(Object.values(dirs).map(d => fs.mkdir(d, { recursive: true })));
  return {
    ...dirs,
    GOPROXY: proxyUrl,
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GONOSUMCHECK: '',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOINSECURE: '',
    // -modcacherw: the module cache stays deletable when the test removes its temp dir.
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    GOENV: 'off',
    GOWORK: '',
    CGO_ENABLED: '0',
    ...extra
  };
}
