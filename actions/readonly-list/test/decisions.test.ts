import { describe, expect, test } from '@jest/globals';
import { mapInputSource, parseModFile, type GoModule } from '@go-ci-gates/core';
import { classify, fixFor, providingModule, shellWord } from '../src/classify.js';
import { readonlyGoFlags } from '../src/goflags.js';
import { parseInputs } from '../src/inputs.js';
import { basePackage, collectErrors, listArgs, packageNamedIn } from '../src/list-target.js';
import { findImportSpec, locate, parsePos } from '../src/locate.js';
import * as path from 'node:path';
import { FIXTURES } from '../../../test/harness/go-sandbox.js';
import { goReason } from '../src/main.js';
import { buildMatrix, type Target } from '../src/targets.js';
import { describeWhere } from '../src/where.js';

// Real messages of the go command (go 1.26, cmd/go/internal/modload), as go list -e -json prints them.
const MESSAGES: [string, string][] = [
  [
    'missing-go-sum',
    'missing go.sum entry for module providing package example.com/readonly/winreg (imported by example.com/app/platform); to add:\n\tgo get example.com/app/platform'
  ],
  ['missing-go-sum', 'example.com/readonly/other@v1.0.0: missing go.sum entry for go.mod file; to add it:\n\tgo mod download example.com/readonly/other'],
  ['missing-requirement', 'no required module provides package example.com/readonly/assert; to add it:\n\tgo get example.com/readonly/assert'],
  ['missing-requirement', 'cannot find module providing package example.com/readonly/assert: import lookup disabled by -mod=readonly'],
  ['go-mod-needs-update', 'updates to go.mod needed, disabled by -mod=readonly; to update it:\n\tgo mod tidy'],
  ['toolchain-too-new', 'go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)'],
  ['toolchain-too-new', 'example.com/x@v1.2.0 requires go >= 1.30 (running go 1.26.8; GOTOOLCHAIN=local)'],
  ['network', 'example.com/readonly/common@v1.0.0: reading http://127.0.0.1:4000/example.com/readonly/common/@v/v1.0.0.zip: 502 Bad Gateway'],
  [
    'network',
    'example.com/readonly/common@v1.0.0: Get "https://proxy.golang.org/example.com/readonly/common/@v/v1.0.0.zip": dial tcp: lookup proxy.golang.org: no such host'
  ],
  ['network', 'module lookup disabled by GOPROXY=off'],
  ['other', 'example.com/ws/api@v0.0.0: reading file:///tmp/proxy/example.com/ws/api/@v/v0.0.0.mod: no such file or directory'],
  ['other', 'main.go:3:1: expected declaration, found blah']
];

describe('classify', () => {
  test.each(MESSAGES)('%s: %s', (cls, err) => expect(classify(err)).toBe(cls));
});

const mod = (relDir: string, gomod: string): GoModule => ({
  path: 'example.com/app',
  dir: `/ws/${relDir}`,
  relDir,
  goModFile: relDir === '.' ? 'go.mod' : `${relDir}/go.mod`,
  modFile: parseModFile(gomod, 'go.mod')
});

describe('fixes', () => {
  const m = mod('svc', 'module example.com/app\n\ngo 1.21\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/a/sub v1.2.0\n)\n');
  test('the providing module is the longest required prefix', () => {
    expect(providingModule(m, 'example.com/a/sub/pkg')).toEqual({ path: 'example.com/a/sub', version: 'v1.2.0' });
    expect(providingModule(m, 'example.com/a/other')).toEqual({ path: 'example.com/a', version: 'v1.0.0' });
    expect(providingModule(m, 'example.com/ab')).toBeUndefined();
  });
  test('a command per class, run in the module directory', () => {
    // A missing go.sum entry: go's advice (go get of the importer), else go get of what failed, never go mod download of one module.
    expect(fixFor('missing-go-sum', MESSAGES[0][1], m, 'example.com/a/sub/x').command).toBe('cd svc && go get example.com/app/platform');
    expect(fixFor('missing-go-sum', 'missing go.sum entry for module providing package p (imported by q); to add:\n\tgo get -t q@v1.2.3', m, 'p').command).toBe(
      'cd svc && go get -t q@v1.2.3'
    );
    expect(fixFor('missing-go-sum', MESSAGES[1][1], m, undefined, { patterns: ['./...'], tests: true }).command).toBe('cd svc && go get -t ./...');
    expect(fixFor('missing-go-sum', MESSAGES[1][1], m, undefined, { patterns: ['./cmd/...', './lib'], tests: false }).command).toBe(
      'cd svc && go get ./cmd/... ./lib'
    );
    expect(
      fixFor(
        'missing-go-sum',
        'missing go.sum entry for module providing package example.com/a/sub/x; to add:\n\tgo mod download example.com/a/sub',
        m,
        'example.com/a/sub/x'
      ).command
    ).toBe('cd svc && go get example.com/a/sub/x@v1.2.0');
    expect(fixFor('missing-go-sum', 'missing go.sum entry', m, 'unrelated/x').command).toBe('cd svc && go mod tidy');
    expect(fixFor('missing-requirement', MESSAGES[2][1], mod('.', 'module m\n'), 'example.com/readonly/assert').command).toBe(
      'go get example.com/readonly/assert'
    );
    expect(fixFor('go-mod-needs-update', MESSAGES[4][1], m, undefined).command).toBe('cd svc && go mod tidy');
    expect(fixFor('network', MESSAGES[7][1], m, undefined).command).toBe('cd svc && go mod download');
    expect(fixFor('toolchain-too-new', MESSAGES[5][1], m, undefined)).toEqual({
      description: 'Build with Go 1.99 or newer, e.g. actions/setup-go with go-version-file: svc/go.mod.'
    });
  });
  test('directory names and arguments from the checkout are quoted for the shell', () => {
    expect(fixFor('go-mod-needs-update', '', mod("we'ird $(dir)", 'module m\n'), undefined).command).toBe(`cd 'we'\\''ird $(dir)' && go mod tidy`);
    expect(fixFor('missing-go-sum', MESSAGES[1][1], m, undefined, { patterns: ['./a b/...'], tests: false }).command).toBe("cd svc && go get './a b/...'");
    expect(shellWord('example.com/a/v2@v2.0.0+incompatible')).toBe('example.com/a/v2@v2.0.0+incompatible');
  });
  test("go's advice is cut from the reason", () => {
    expect(goReason(MESSAGES[0][1])).toBe(
      'missing go.sum entry for module providing package example.com/readonly/winreg (imported by example.com/app/platform)'
    );
    expect(goReason(MESSAGES[4][1])).toBe('updates to go.mod needed, disabled by -mod=readonly');
  });
});

describe('GOFLAGS and arguments', () => {
  test('-mod settings are removed in every spelling, other flags kept', () => {
    expect(readonlyGoFlags('-mod=mod -modcacherw --mod=vendor -trimpath -mod mod -buildvcs=false')).toBe('-modcacherw -trimpath -buildvcs=false');
    expect(readonlyGoFlags(undefined)).toBe('');
  });
  test('-mod=readonly outside go.work, nothing under it; tags and -test per target; patterns after --', () => {
    const t: Target = { goos: 'windows', goarch: 'amd64', tags: ['a', 'b'], tests: true, cgoEnabled: '0' };
    expect(listArgs(t, ['./...'], false)).toEqual([
      'list',
      '-mod=readonly',
      '-e',
      expect.stringMatching(/^-json=ImportPath,/),
      '-deps',
      '-test',
      '-tags=a,b',
      '--',
      './...'
    ]);
    expect(listArgs({ ...t, tags: [], tests: false }, ['./cmd/...'], true)).toEqual([
      'list',
      '-e',
      expect.stringMatching(/^-json=/),
      '-deps',
      '--',
      './cmd/...'
    ]);
  });
});

describe('errors from go list -json', () => {
  test('an error seen as a package Error and in its importers DepsErrors is counted once, with importer and failing package', () => {
    const e = { ImportStack: ['example.com/app (test)'], Pos: 'lib_test.go:6:2', Err: MESSAGES[3][1] };
    const errs = collectErrors([
      { ImportPath: 'example.com/readonly/assert', DepOnly: true, Error: e },
      { ImportPath: 'example.com/app [example.com/app.test]', DepsErrors: [e] },
      { ImportPath: 'example.com/app.test', DepsErrors: [e] },
      { ImportPath: 'fmt' }
    ]);
    expect(errs).toEqual([
      {
        err: e.Err,
        pos: 'lib_test.go:6:2',
        failingPackage: 'example.com/readonly/assert',
        importer: 'example.com/app',
        importerIsTest: true,
        commandLevel: false
      }
    ]);
  });
  test('the package named in a message; test markers stripped', () => {
    expect(packageNamedIn(MESSAGES[0][1])).toBe('example.com/readonly/winreg');
    expect(packageNamedIn(MESSAGES[2][1])).toBe('example.com/readonly/assert');
    expect(packageNamedIn(MESSAGES[3][1])).toBe('example.com/readonly/assert');
    expect(basePackage('example.com/app [example.com/app.test]')).toEqual({ path: 'example.com/app', test: true });
    expect(basePackage('example.com/app')).toEqual({ path: 'example.com/app', test: false });
  });
  test('Pos is relative to the directory go ran in', () => {
    expect(parsePos('sub/x.go:12:3', '/ws/mod')).toEqual({ file: '/ws/mod/sub/x.go', line: 12, column: 3 });
    expect(parsePos('/abs/y.go:4', '/ws')).toEqual({ file: '/abs/y.go', line: 4 });
    expect(parsePos('nonsense', '/ws')).toBeUndefined();
  });
});

describe('where an error occurs', () => {
  const dist = ['linux/amd64', 'windows/amd64', 'darwin/arm64'].map(p => ({
    GOOS: p.split('/')[0],
    GOARCH: p.split('/')[1],
    CgoSupported: true,
    FirstClass: true
  }));
  const all = buildMatrix({
    platforms: [],
    tagSets: [['integration']],
    tests: true,
    cgo: 'auto',
    host: { goos: 'linux', goarch: 'amd64', cgoEnabled: '1' },
    dist
  });
  const pick = (f: (t: Target) => boolean) => all.filter(f);
  test('matrix: host first and deduplicated, untagged set always, cgo only on the host', () => {
    expect(all).toHaveLength(12);
    expect(all.filter(t => t.cgoEnabled === '1').map(t => t.goos)).toEqual(['linux', 'linux', 'linux', 'linux']);
  });
  test.each([
    ['everywhere', () => true],
    ['windows/amd64 only', (t: Target) => t.goos === 'windows'],
    ['tests only', (t: Target) => t.tests],
    ['tags=integration only', (t: Target) => t.tags.length > 0],
    ['windows/amd64, tests only', (t: Target) => t.goos === 'windows' && t.tests],
    ['darwin/arm64, windows/amd64, tags=integration only', (t: Target) => t.goos !== 'linux' && t.tags.length > 0]
  ] as [string, (t: Target) => boolean][])('%s', (expected, f) => expect(describeWhere(pick(f), all)).toBe(expected));
  test('a set that is not a product is listed target by target', () => {
    expect(
      describeWhere(
        pick(t => (t.goos === 'windows' && !t.tests && !t.tags.length) || (t.goos === 'darwin' && t.tests && !t.tags.length)),
        all
      )
    ).toBe('darwin/arm64 tests; windows/amd64');
  });
});

describe('inputs', () => {
  test('defaults and lists', () => {
    const i = parseInputs(
      mapInputSource({ packages: './cmd/... ./internal/...', platforms: 'linux/arm64\nwindows/amd64', tags: 'b, a\n# comment\nintegration' })
    );
    expect(i.packages).toEqual(['./cmd/...', './internal/...']);
    expect(i.platforms).toEqual([
      { goos: 'linux', goarch: 'arm64' },
      { goos: 'windows', goarch: 'amd64' }
    ]);
    expect(i.tagSets).toEqual([['a', 'b'], ['integration']]);
    expect(i).toMatchObject({ tests: true, cgo: 'auto', parallel: 0 });
  });
  test('an unknown pair is rejected against go tool dist list', () => {
    expect(() =>
      buildMatrix({
        platforms: [{ goos: 'linux', goarch: 'sparc' }],
        tagSets: [],
        tests: false,
        cgo: 'auto',
        host: { goos: 'linux', goarch: 'amd64', cgoEnabled: '0' },
        dist: []
      })
    ).toThrow(`Input 'platforms' has an invalid value "linux/sparc": not a GOOS/GOARCH pair this go supports (see \`go tool dist list\`)`);
  });
});

describe('locating an import without Pos', () => {
  const dir = path.join(FIXTURES, 'readonly-list', 'broken', 'platform');
  const packages = new Map([
    [
      'example.com/app/platform',
      { ImportPath: 'example.com/app/platform', Dir: dir, GoFiles: ['main.go', 'platform_other.go'], IgnoredGoFiles: ['platform_windows.go'] }
    ]
  ]);
  test("the import spec is found in the importer's files, including files excluded on this platform", () => {
    expect(findImportSpec('example.com/app/platform', 'example.com/readonly/winreg', packages)).toEqual({
      file: path.join(dir, 'platform_windows.go'),
      line: 6,
      column: 2
    });
    expect(findImportSpec('example.com/app/platform', 'example.com/readonly/common', packages)).toEqual({
      file: path.join(dir, 'main.go'),
      line: 6,
      column: 2
    });
  });
  test('locate falls back to it and makes the path workspace-relative', () => {
    const m = {
      path: 'example.com/app/platform',
      dir,
      relDir: 'platform',
      goModFile: 'platform/go.mod',
      modFile: parseModFile('module example.com/app/platform\n', 'go.mod')
    };
    const e = {
      err: MESSAGES[0][1],
      failingPackage: 'example.com/readonly/winreg',
      importer: 'example.com/app/platform',
      importerIsTest: false,
      commandLevel: false
    };
    expect(locate(e, 'missing-go-sum', m, path.dirname(dir), packages)).toEqual({ file: 'platform/platform_windows.go', line: 6, column: 2 });
  });
});
