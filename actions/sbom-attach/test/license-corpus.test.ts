import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectModuleLicense } from '@go-ci-gates/core';

/**
 * The labelled corpus: the license files of real modules (test/fixtures/licenses,
 * copied from the module proxy's zips; labels.json says which module, what the
 * answer is and why). Each answer was checked by reading the files, and is also
 * checked against github.com/google/licensecheck v0.3.1 used as pkgsite uses it
 * (test/licensecheck-oracle), built here from the Go module proxy.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'licenses');

interface Label {
  dir: string;
  module: string;
  files: string[];
  expected: string;
  why: string;
  /** licensecheck's answer where we deliberately differ from it (`why` says why). */
  licensecheck?: string;
}
const labels = JSON.parse(readFileSync(path.join(CORPUS, 'labels.json'), 'utf8')) as Label[];

describe('the labelled license corpus (real modules)', () => {
  test.each(labels.map(l => [l.module, l] as const))('%s', async (_module, label) => {
    const dir = path.join(CORPUS, label.dir);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile());
    expect(files.map(e => path.relative(dir, path.join(e.parentPath, e.name))).sort()).toEqual(label.files);
    const r = await detectModuleLicense(dir, 'module-cache');
    expect({ module: label.module, expression: r.expression }).toEqual({ module: label.module, expression: label.expected });
  });
});

/** Network failures that mean the module proxy cannot be reached (the test is then skipped, not failed). */
const UNREACHABLE = /dial tcp|no such host|connection refused|i\/o timeout|TLS handshake|network is unreachable|proxyconnect|Client\.Timeout/;

/** Builds test/licensecheck-oracle; undefined (with one message) when the module proxy cannot be reached. */
function buildOracle(): { bin: string; cleanup(): void } | undefined {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'licensecheck-oracle-'));
  const bin = path.join(tmp, 'licensecheck-oracle');
  // A temp module cache and GOPATH; the build cache is the user's (content-addressed,
  // so sharing it cannot change the result, and it saves compiling the standard library).
  const env = {
    ...process.env,
    GOMODCACHE: path.join(tmp, 'modcache'),
    GOPATH: path.join(tmp, 'gopath'),
    GOPROXY: 'https://proxy.golang.org',
    GOFLAGS: '-modcacherw -mod=readonly',
    GOTOOLCHAIN: 'local',
    GOENV: 'off',
    GOWORK: 'off',
    CGO_ENABLED: '0'
  };
  const r = spawnSync('go', ['build', '-o', bin, '.'], { cwd: path.join(ROOT, 'test', 'licensecheck-oracle'), env, encoding: 'utf8' });
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  if (r.status === 0) return { bin, cleanup };
  cleanup();
  if (UNREACHABLE.test(r.stderr)) {
    console.warn(`skipping the licensecheck oracle: the Go module proxy cannot be reached to build it (${r.stderr.trim().split('\n').pop()})`);
    return undefined;
  }
  throw new Error(`building test/licensecheck-oracle failed:\n${r.stderr}`);
}

const oracle = buildOracle();

describe('licensecheck v0.3.1 as pkgsite uses it (differential oracle)', () => {
  const oracleTest = oracle ? test : test.skip;

  oracleTest('agrees with every label, except where the label says why we differ', async () => {
    const r = spawnSync(
      oracle!.bin,
      labels.map(l => l.dir),
      { cwd: CORPUS, encoding: 'utf8' }
    );
    oracle!.cleanup();
    expect(r.status).toBe(0);
    const theirs = new Map(
      r.stdout
        .trim()
        .split('\n')
        .map(line => JSON.parse(line) as { dir: string; expression: string })
        .map(o => [o.dir, o.expression])
    );
    const got = labels.map(l => ({ module: l.module, licensecheck: theirs.get(l.dir) }));
    const want = labels.map(l => ({ module: l.module, licensecheck: l.licensecheck ?? l.expected }));
    expect(got).toEqual(want);
  });
});
