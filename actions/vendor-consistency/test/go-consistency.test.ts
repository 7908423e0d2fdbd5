import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseModFile, parseModulesTxt } from '@go-ci-gates/core';
import { checkVendorConsistency, type MainModuleFile } from '../src/go-consistency.js';
import { goSync } from '../../../test/harness/go-command.js';

// The go command itself is the oracle: each case writes go.mod (or go.work) and vendor/modules.txt,
// runs `go list -mod=vendor` (offline: GOPROXY=off) and expects our message to be byte-identical.
let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-vendorcons-'));
});
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const GO_ENV = { GOPROXY: 'off', GOFLAGS: '', GOTOOLCHAIN: 'local', GOWORK: 'off', GOSUMDB: 'off', GOENV: 'off' };
let n = 0;

async function writeTree(files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, `case${n++}`);
  for (const [rel, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
  return dir;
}

async function ours(dir: string, moduleDirs: string[], work: boolean): Promise<string> {
  const mainModules: MainModuleFile[] = [];
  for (const rel of moduleDirs) {
    const modFile = parseModFile(await fs.readFile(path.join(dir, rel, 'go.mod'), 'utf8'));
    mainModules.push({ path: modFile.module!.path, dir: path.join(dir, rel), file: path.posix.join(rel, 'go.mod'), modFile });
  }
  const workInput = work ? { dir, file: 'go.work', workFile: parseModFile(await fs.readFile(path.join(dir, 'go.work'), 'utf8'), 'go.work') } : undefined;
  const txt = parseModulesTxt(await fs.readFile(path.join(dir, 'vendor', 'modules.txt'), 'utf8').catch(() => ''));
  return checkVendorConsistency({ mainModules, work: workInput, modulesTxt: txt }).goError(dir);
}

function theirs(dir: string, work: boolean): string {
  const r = goSync(['list', '-mod=vendor', './...'], dir, { ...GO_ENV, ...(work ? { GOWORK: path.join(dir, 'go.work') } : {}) });
  const m = /go: inconsistent vendoring[\s\S]*?go (?:mod|work) vendor/.exec(r.stderr);
  return m ? m[0] : '';
}

const MAIN = 'package main\n\nfunc main() {}\n';
const gomod = (body: string, go = '1.22') => `module example.com/m\n\ngo ${go}\n\n${body}`;

const moduleCases: [string, string, string, string?][] = [
  ['consistent', gomod('require example.com/a v1.0.0\n'), '# example.com/a v1.0.0\n## explicit; go 1.20\n'],
  ['require not marked explicit', gomod('require example.com/a v1.0.0\n'), '# example.com/a v1.0.0\n## go 1.20\nexample.com/a\n'],
  ['explicit but not required', gomod(''), '# example.com/a v1.0.0\n## explicit\nexample.com/a\n'],
  ['explicit at another version', gomod('require example.com/a v1.1.0\n'), '# example.com/a v1.0.0\n## explicit\nexample.com/a\n'],
  ['replace not recorded', gomod('require example.com/a v1.0.0\n\nreplace example.com/a v1.0.0 => ./a\n'), '# example.com/a v1.0.0\n## explicit\n'],
  [
    'replace recorded differently',
    gomod('require example.com/a v1.0.0\n\nreplace example.com/a => example.com/b v1.2.0\n'),
    '# example.com/a v1.0.0 => ./fork\n## explicit\n# example.com/a => ./fork\n'
  ],
  ['recorded replace not in go.mod', gomod('require example.com/a v1.0.0\n'), '# example.com/a v1.0.0 => example.com/b v1.0.0\n## explicit\nexample.com/a\n'],
  [
    'consistent wildcard replace',
    gomod('require example.com/a v1.0.0\n\nreplace example.com/a => ../a\n'),
    '# example.com/a v1.0.0 => ../a\n## explicit\n# example.com/a => ../a\n'
  ],
  [
    'several problems in Go order',
    gomod('require (\n\texample.com/a v1.0.0\n\texample.com/b v1.0.0\n)\n\nreplace example.com/c => ./c\n'),
    '# example.com/a v1.0.0\n## explicit\n# example.com/b v1.0.0\nexample.com/b\n# example.com/x v1.0.0\n## explicit\nexample.com/x\n# example.com/y v1.0.0 => ./y\n'
  ],
  [
    'pre-1.14 go.mod: only version mismatches',
    gomod('require example.com/a v1.1.0\n\nreplace example.com/z => ./z\n', '1.13'),
    '# example.com/a v1.0.0\nexample.com/a\n'
  ],
  ['modules.txt missing entirely', gomod('require example.com/a v1.0.0\n'), '']
];

describe('checkVendorConsistency matches go list -mod=vendor byte for byte (module mode)', () => {
  test.each(moduleCases)('%s', async (_name, goModText, modulesTxt) => {
    const files: Record<string, string> = { 'go.mod': goModText, 'main.go': MAIN };
    if (modulesTxt !== '') files['vendor/modules.txt'] = modulesTxt;
    else files['vendor/.keep'] = '';
    const dir = await writeTree(files);
    const expected = theirs(dir, false);
    expect(await ours(dir, ['.'], false)).toBe(expected);
    if (!_name.startsWith('consistent') && !_name.startsWith('pre-1.14')) expect(expected).not.toBe('');
  });
});

describe('workspace mode (go work vendor)', () => {
  const work = 'go 1.22\n\nuse (\n\t./app\n\t./lib\n)\n';
  const app = 'module example.com/app\n\ngo 1.22\n\nrequire example.com/a v1.0.0\n\nreplace example.com/r => ../r\n';
  const lib = 'module example.com/lib\n\ngo 1.22\n\nrequire example.com/b v1.0.0\n';
  const cases: [string, string, string][] = [
    ['consistent', work, '## workspace\n# example.com/a v1.0.0\n## explicit\n# example.com/b v1.0.0\n## explicit\n# example.com/r => ./r\n'],
    [
      'replace relative to go.work, explicit not in any go.mod, replaced not in the workspace',
      work + '\nreplace example.com/w v1.0.0 => example.com/w2 v1.0.0\n',
      '## workspace\n# example.com/a v1.0.0\n## explicit\n# example.com/b v1.0.0\n# example.com/c v1.0.0\n## explicit\nexample.com/c\n# example.com/r => ../r\n# example.com/q v1.0.0 => ./q\n'
    ]
  ];
  test.each(cases)('%s', async (_name, workText, modulesTxt) => {
    const dir = await writeTree({
      'go.work': workText,
      'app/go.mod': app,
      'app/main.go': MAIN,
      'lib/go.mod': lib,
      'lib/lib.go': 'package lib\n',
      'vendor/modules.txt': modulesTxt
    });
    const expected = theirs(dir, true);
    expect(await ours(dir, ['app', 'lib'], true)).toBe(expected);
  });
});

test('problems carry the go.mod line and the modules.txt line', () => {
  const modFile = parseModFile(gomod('require (\n\texample.com/a v1.0.0\n)\n\nreplace example.com/a => ./a\n'));
  const txt = parseModulesTxt('# example.com/a v1.0.0 => ./b\n## go 1.20\nexample.com/a\n# example.com/a => ./b\n');
  const r = checkVendorConsistency({ mainModules: [{ path: 'example.com/m', dir: '/m', file: 'go.mod', modFile }], modulesTxt: txt });
  expect(r.problems.map(p => [p.kind, p.line, p.modulesTxtLine])).toEqual([
    ['not-explicit', 6, 1],
    ['replace-differs', 9, 4]
  ]);
});
