import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './go-sandbox.js';

/** Where released toolchains are kept between test runs (ignored, like the shared build cache). */
const TOOLCHAIN_CACHE = path.join(REPO_ROOT, 'node_modules', '.cache', 'go-ci-gates', 'toolchains');

/**
 * A released Go toolchain, as `GOTOOLCHAIN=goX.Y.Z` would fetch it: the module
 * golang.org/toolchain@v0.0.1-goX.Y.Z.GOOS-GOARCH from the module proxy, verified
 * against the checksum database by `go mod download`. Module zips carry no file modes,
 * so the executables are marked as cmd/go's toolchain switch marks them. Returns the
 * path of its `go`.
 */
export async function releasedGo(version: string): Promise<string> {
  const goos = execFileSync('go', ['env', 'GOHOSTOS'], { encoding: 'utf8' }).trim();
  const goarch = execFileSync('go', ['env', 'GOHOSTARCH'], { encoding: 'utf8' }).trim();
  const modulePath = `golang.org/toolchain@v0.0.1-go${version}.${goos}-${goarch}`;
  const env = { ...process.env, GOMODCACHE: TOOLCHAIN_CACHE, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw', GOWORK: 'off' };
  const out = execFileSync('go', ['mod', 'download', '-json', modulePath], { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const { Dir, Error: err } = JSON.parse(out) as { Dir?: string; Error?: string };
  if (!Dir) throw new Error(`go mod download ${modulePath}: ${err ?? 'no directory'}`);
  const goBin = path.join(Dir, 'bin', 'go');
  if (!existsSync(goBin)) throw new Error(`${modulePath} has no bin/go`);
  const toolDir = path.join(Dir, 'pkg', 'tool', `${goos}_${goarch}`);
  for (const dir of [path.join(Dir, 'bin'), toolDir]) {
    for (const name of await fs.readdir(dir)) await fs.chmod(path.join(dir, name), 0o755);
  }
  return goBin;
}
