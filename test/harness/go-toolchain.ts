import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './go-sandbox.js';

/**
 * Where released toolchains are kept: the machine's own module cache, where `GOTOOLCHAIN=goX.Y.Z`
 * puts them, so a fresh clone does not download 150 MB again (GCG_TOOLCHAIN_CACHE overrides).
 */
const TOOLCHAIN_CACHE = process.env.GCG_TOOLCHAIN_CACHE || execFileSync('go', ['env', 'GOMODCACHE'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();

/** `go env GOCACHE` of the machine, asked once. */
let machineBuildCache: string | undefined;

/**
 * The build cache for runs under released toolchains: the machine's own (`go env GOCACHE`), as the
 * oracles use it (GCG_TOOLCHAIN_GOCACHE overrides). Each toolchain compiles its standard library
 * into an empty cache, and a fresh clone's shared cache is empty: in the suite that was 85 s of the
 * two cores for Go 1.22 and 1.27 in every clean clone. go's build cache is content-addressed and
 * keyed by toolchain, so what it already holds changes no result.
 */
export function releasedGoBuildCache(): string {
  if (process.env.GCG_TOOLCHAIN_GOCACHE) return process.env.GCG_TOOLCHAIN_GOCACHE;
  if (machineBuildCache) return machineBuildCache;
  const dir = execFileSync('go', ['env', 'GOCACHE'], { cwd: REPO_ROOT, env: { ...process.env, GOTOOLCHAIN: 'local' }, encoding: 'utf8' }).trim();
  if (!dir || dir === 'off')
    throw new Error(`go env GOCACHE is ${JSON.stringify(dir)}: set GCG_TOOLCHAIN_GOCACHE to a directory for the released toolchains' builds`);
  machineBuildCache = dir;
  return dir;
}

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
  const env = { ...process.env, GOMODCACHE: TOOLCHAIN_CACHE, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' };
  const out = execFileSync('go', ['mod', 'download', '-json', modulePath], { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const { Dir, Error: err } = JSON.parse(out) as { Dir?: string; Error?: string };
  if (!Dir) throw new Error(`go mod download ${modulePath}: ${err ?? 'no directory'}`);
  const goBin = path.join(Dir, 'bin', 'go');
  if (!existsSync(goBin)) throw new Error(`${modulePath} has no bin/go`);
  const toolDir = path.join(Dir, 'pkg', 'tool', `${goos}_${goarch}`);
  // The module cache is read-only (as go leaves it): the marks are set once, as cmd/go's switch sets them.
  for (const dir of [path.join(Dir, 'bin'), toolDir]) {
    for (const name of await fs.readdir(dir)) {
      const file = path.join(dir, name);
      if (((await fs.stat(file)).mode & 0o111) === 0) await fs.chmod(file, 0o555);
    }
  }
  return goBin;
}
