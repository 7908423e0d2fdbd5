// actions/setup-go stand-in: resolves the version as v6 does (go-version, else
// go-version-file: go.mod/go.work toolchain or go line; a missing file is an
// error), puts the host go first on PATH, and reproduces the cache step's
// "Restore cache failed" warning when cache-dependency-path matches no file
// (the real action hashes it with @actions/glob's hashFiles, as here).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
// act copies only this directory into its action cache, so the shared helpers
// are loaded from the go-ci-gates checkout the test names in GO_GATES_REPO.
if (!process.env.GO_GATES_REPO) throw new Error('GO_GATES_REPO is not set: the stand-ins load their helpers from the go-ci-gates checkout.');
const { addPath, booleanInput, fail, info, input, repoImport, setOutput, warning } = await import(
  new URL(`file://${process.env.GO_GATES_REPO}/test/workflows/stand-ins/lib.mjs`).href
);

const workspace = process.env.GITHUB_WORKSPACE;

/** setup-go v6's parseGoVersionFile. */
function versionFromFile(file) {
  const contents = readFileSync(file, 'utf8');
  const base = path.basename(file);
  if (base === 'go.mod' || base === 'go.work') {
    const toolchain = contents.match(/^toolchain go(1\.\d+(?:\.\d+|rc\d+)?)/m);
    if (toolchain) return toolchain[1];
    const go = contents.match(/^go (\d+(\.\d+)*)/m);
    return go ? go[1] : '';
  }
  if (base === '.tool-versions') return contents.match(/^golang\s+([^\n#]+)/m)?.[1].trim() ?? '';
  return contents.trim();
}

/** 1.26.x, 1.26 or 1.26.3 as [major, minor, patch] (missing parts 0). */
const parts = v =>
  v
    .replace(/^go/, '')
    .split(/[.]/)
    .map(p => Number.parseInt(p, 10) || 0)
    .concat([0, 0, 0])
    .slice(0, 3);
const atLeast = (have, want) => {
  const [a, b] = [parts(have), parts(want)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};

let wanted = input('go-version');
const versionFile = input('go-version-file');
if (wanted && versionFile) warning('Both go-version and go-version-file inputs are specified, only go-version will be used');
if (!wanted && versionFile) {
  const file = path.resolve(workspace, versionFile);
  if (!existsSync(file)) fail(`The specified go version file at: ${file} does not exist`);
  wanted = versionFromFile(file);
}

/** The first executable `go` on PATH, as `command -v go` finds it (without a shell: spawning bash here took seconds under act). */
function goOnPath() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir || '.', 'go');
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return path.resolve(file);
    } catch {
      // not here: the next PATH entry
    }
  }
  fail('setup-go stand-in: there is no go on PATH.');
}

const goBinary = goOnPath();
const hostVersion = execFileSync(goBinary, ['env', 'GOVERSION'], { encoding: 'utf8', env: { ...process.env, GOTOOLCHAIN: 'local' } })
  .trim()
  .replace(/^go/, '');
// The real action downloads the version asked for; here the host go must be at least it.
if (wanted && !/^(stable|oldstable)$/.test(wanted) && !atLeast(hostVersion, wanted.replace(/[xX*]/g, '0')))
  fail(`setup-go stand-in: Go ${wanted} was asked for; the host has ${hostVersion}, which this stand-in cannot replace.`);
addPath(path.dirname(goBinary));
info(`setup-go stand-in: Go ${hostVersion} from ${goBinary}${wanted ? ` (asked for ${wanted})` : ''}.`);
setOutput('go-version', hostVersion);
setOutput('cache-hit', 'false');

if (booleanInput('cache', true)) {
  // setup-go restoreCache: hashFiles(cache-dependency-path || go.sum) empty -> throws, and main turns it into this warning.
  const { hashFiles } = await repoImport('@actions/glob/lib/glob.js');
  const dependencyPath = input('cache-dependency-path') || 'go.sum';
  const hash = await hashFiles(
    dependencyPath
      .split('\n')
      .map(p => path.resolve(workspace, p.trim()))
      .join('\n')
  );
  if (!hash) warning('Restore cache failed: Some specified paths were not resolved, unable to cache dependencies.');
  else info(`setup-go stand-in: cache key hash ${hash} (nothing is restored or saved here).`);
}
