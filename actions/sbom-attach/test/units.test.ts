import { describe, expect, test } from '@jest/globals';
import { errorKind, firstHttpProxy, matchPrefixPatterns } from '@go-ci-gates/core';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathMajor, pseudoVersion } from '../src/main-version.js';
import { documentTimestamp } from '../src/main.js';
import type { ComponentModel, SbomModel } from '../src/model.js';
import { isPrivateModule } from '@go-ci-gates/core';
import { spdxId } from '../src/spdx.js';
import { buildSubmissionGraph } from '../src/submission-graph.js';
import { readVendorModules } from '@go-ci-gates/core';

describe('pseudo-versions as Go writes them', () => {
  const t = Date.UTC(2024, 4, 6, 7, 8, 9) / 1000;
  test.each([
    [undefined, 0, 'v0.0.0-20240506070809-0123456789ab'],
    [undefined, 2, 'v2.0.0-20240506070809-0123456789ab'],
    ['v1.2.3', 0, 'v1.2.4-0.20240506070809-0123456789ab'],
    ['v1.2.3-rc.1', 0, 'v1.2.3-rc.1.0.20240506070809-0123456789ab']
  ])('base %s, major %s', (base, major, expected) => {
    expect(pseudoVersion(base, major, t, '0123456789abcdef0123')).toBe(expected);
  });
  test('major version from the module path', () => {
    expect(pathMajor('example.com/m')).toBe(0);
    expect(pathMajor('example.com/m/v3')).toBe(3);
    expect(pathMajor('gopkg.in/yaml.v2')).toBe(2);
  });
});

describe('GOPRIVATE matching (module.MatchPrefixPatterns)', () => {
  test.each([
    ['example.com/private', 'example.com/private/lib', true],
    ['example.com/private', 'example.com/privateer', false],
    ['*.corp.example.com', 'git.corp.example.com/team/lib', true],
    ['github.com/acme/*', 'github.com/acme/tool/v2', true],
    ['github.com/acme/*', 'github.com/other/tool', false],
    ['a.com,b.com/x', 'b.com/x/y', true],
    ['', 'example.com/a', false]
  ])('%s matches %s: %s', (patterns, mod, expected) => {
    expect(matchPrefixPatterns(patterns, mod)).toBe(expected);
  });
  test('GONOPROXY counts as private too', () => {
    expect(isPrivateModule({ GOPRIVATE: '', GONOPROXY: 'corp.example' }, 'corp.example/x')).toBe(true);
  });
  test('the first http proxy of GOPROXY', () => {
    expect(firstHttpProxy('https://proxy.golang.org,direct')).toBe('https://proxy.golang.org');
    expect(firstHttpProxy('file:///tmp/p|https://athens.example/')).toBe('https://athens.example');
    expect(firstHttpProxy('off')).toBeUndefined();
    // As go reads it: an empty GOPROXY is the default, and a pattern ending in / still matches.
    expect(firstHttpProxy('')).toBe('https://proxy.golang.org');
    expect(isPrivateModule({ GOPRIVATE: 'corp.example/' }, 'corp.example/x')).toBe(true);
    // GONOPROXY set replaces GOPRIVATE for fetching, but a GOPRIVATE module is still private.
    expect(isPrivateModule({ GOPRIVATE: 'corp.example', GONOPROXY: 'other.example' }, 'corp.example/x')).toBe(true);
  });
});

describe('document timestamp', () => {
  test('SOURCE_DATE_EPOCH wins, then the commit time', () => {
    expect(documentTimestamp({ SOURCE_DATE_EPOCH: '0' }, 1700000000)).toBe('1970-01-01T00:00:00Z');
    expect(documentTimestamp({}, 1700000000)).toBe('2023-11-14T22:13:20Z');
    expect(() => documentTimestamp({ SOURCE_DATE_EPOCH: 'yesterday' }, undefined)).toThrow(
      'The environment variable SOURCE_DATE_EPOCH has an invalid value "yesterday": expected whole seconds'
    );
    let thrown: unknown;
    try {
      documentTimestamp({ SOURCE_DATE_EPOCH: '1e9' }, undefined);
    } catch (err) {
      thrown = err;
    }
    expect(errorKind(thrown)).toBe('environment');
  });
});

test('vendor/modules.txt: versions and replacements', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vendor-'));
  await fs.mkdir(path.join(dir, 'vendor'));
  await fs.writeFile(
    path.join(dir, 'vendor', 'modules.txt'),
    '# example.com/a v1.0.0\n## explicit; go 1.22\nexample.com/a\n# example.com/b v1.0.0 => example.com/c v1.1.0\n## explicit\n# example.com/d v0.0.0 => ./local\n'
  );
  const mods = await readVendorModules(dir);
  expect(mods).toEqual([
    { Path: 'example.com/a', Version: 'v1.0.0', Dir: path.join(dir, 'vendor', 'example.com', 'a') },
    {
      Path: 'example.com/b',
      Version: 'v1.0.0',
      Dir: path.join(dir, 'vendor', 'example.com', 'b'),
      Replace: { Path: 'example.com/c', Version: 'v1.1.0', Dir: undefined }
    },
    {
      Path: 'example.com/d',
      Version: 'v0.0.0',
      Dir: path.join(dir, 'vendor', 'example.com', 'd'),
      Replace: { Path: './local', Version: undefined, Dir: path.join(dir, 'local') }
    }
  ]);
  await fs.rm(dir, { recursive: true });
});

test('SPDX ids are unique per ref and use only allowed characters', () => {
  const a = spdxId('pkg:golang/example.com/a@v1.0.0', 'example.com/a');
  const b = spdxId('pkg:golang/example.com/a@v1.1.0', 'example.com/a');
  expect(a).toMatch(/^SPDXRef-Package-go-example.com-a-[0-9a-f]{8}$/);
  expect(a).not.toBe(b);
});

test('the submission graph drops components whose PURL does not parse, with their edges', () => {
  const c = (ref: string, extra: Partial<ComponentModel> = {}): ComponentModel => ({
    ref,
    kind: 'module',
    path: ref,
    version: 'v1.0.0',
    purl: ref,
    testOnly: false,
    direct: false,
    private: false,
    properties: [],
    ...extra
  });
  const good = c('pkg:golang/example.com/a@v1.0.0', { direct: true });
  const test_ = c('pkg:golang/example.com/t@v1.0.0', { testOnly: true });
  const bad = c('::not-a-purl::');
  const main = c('pkg:golang/example.com/main@v0.1.0', { kind: 'main' });
  const model = {
    mode: 'app',
    modulePath: 'example.com/main',
    relDir: '.',
    goModFile: 'go.mod',
    main,
    components: [good, test_, bad],
    dependsOn: new Map([
      [main.ref, new Set([good.ref, test_.ref, bad.ref])],
      [good.ref, new Set([bad.ref])],
      [test_.ref, new Set<string>()],
      [bad.ref, new Set<string>()]
    ]),
    edgesComplete: true,
    leftOut: [],
    goVersion: '1.26.0',
    targets: []
  } as SbomModel;
  expect(buildSubmissionGraph([model])).toEqual({
    modules: [
      {
        path: 'example.com/main',
        relDir: '.',
        goModFile: 'go.mod',
        components: [
          { purl: good.ref, name: good.path, version: 'v1.0.0', direct: true, scope: 'runtime', dependsOn: [] },
          { purl: test_.ref, name: test_.path, version: 'v1.0.0', direct: false, scope: 'development', dependsOn: [] }
        ]
      }
    ]
  });
});
