import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isLocalReplacement, parseModFile, type ModFile } from '@go-ci-gates/core';
import { goSync } from '../../../test/harness/go-command.js';

/** go.mod texts covering the syntax; each is compared with `go mod edit -json`. */
const SAMPLES: Record<string, string> = {
  blocks: `// Package doc comment
module example.com/m

go 1.22.1

toolchain go1.23.4

godebug (
	default=go1.21
	panicnil=1
)

require (
	example.com/a v1.2.3
	example.com/b v0.0.0-20240101000000-abcdefabcdef // indirect
	example.com/c v2.0.0+incompatible // indirect; comment
)

require example.com/d/v2 v2.1.0

exclude example.com/a v1.0.0

replace (
	example.com/a v1.2.3 => example.com/fork v1.2.4
	example.com/b => ../b
)

replace "example.com/quoted" => "./quoted path"

// Broken release.
retract v1.0.1

retract (
	// Leaked credentials.
	[v1.1.0, v1.1.5]
	v1.2.0 // A suffix rationale.
)

tool example.com/a/cmd/gen
`,
  deprecated: `// Deprecated: use example.com/m/v2 instead.
module example.com/m

go 1.21
`,
  deprecatedParagraph: `// Some text.
//
// Deprecated: this module is frozen.
module "example.com/q"
`,
  crlf: 'module example.com/crlf\r\n\r\ngo 1.21\r\n\r\nrequire example.com/a v1.0.0 // indirect\r\n',
  minimal: 'module x\n'
};

interface EditJson {
  Module: { Path: string; Deprecated?: string };
  Go?: string;
  Toolchain?: string;
  GoDebug?: { Key: string; Value: string }[] | null;
  Ignore?: { Path: string }[] | null;
  Require: { Path: string; Version: string; Indirect?: boolean }[] | null;
  Exclude: { Path: string; Version: string }[] | null;
  Replace: { Old: { Path: string; Version?: string }; New: { Path: string; Version?: string } }[] | null;
  Retract: { Low: string; High: string; Rationale?: string }[] | null;
  Tool?: { Path: string }[] | null;
}

function asEditJson(f: ModFile): EditJson {
  const j: EditJson = {
    Module: { Path: f.module!.path, ...(f.module!.deprecated !== undefined ? { Deprecated: f.module!.deprecated } : {}) },
    Require: f.require.length ? f.require.map(r => ({ Path: r.path, Version: r.version, ...(r.indirect ? { Indirect: true } : {}) })) : null,
    Exclude: f.exclude.length ? f.exclude.map(e => ({ Path: e.path, Version: e.version })) : null,
    Replace: f.replace.length
      ? f.replace.map(r => ({
          Old: { Path: r.oldPath, ...(r.oldVersion ? { Version: r.oldVersion } : {}) },
          New: { Path: r.newPath, ...(r.newVersion ? { Version: r.newVersion } : {}) }
        }))
      : null,
    Retract: f.retract.length ? f.retract.map(r => ({ Low: r.low, High: r.high, ...(r.rationale ? { Rationale: r.rationale } : {}) })) : null
  };
  if (f.go) j.Go = f.go.version;
  if (f.toolchain) j.Toolchain = f.toolchain.name;
  if (f.godebug.length) j.GoDebug = f.godebug.map(g => ({ Key: g.key, Value: g.value }));
  if (f.tool.length) j.Tool = f.tool.map(t => ({ Path: t.path }));
  if (f.ignore.length) j.Ignore = f.ignore.map(t => ({ Path: t.path }));
  return withoutNulls(j);
}

/** Go versions differ in which empty lists they print as null; compare what is there. */
function withoutNulls<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

describe('parseModFile agrees with go mod edit -json', () => {
  test.each(Object.entries(SAMPLES))('%s', async (_name, text) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-modfile-'));
    await fs.writeFile(path.join(dir, 'go.mod'), text);
    const r = goSync(['mod', 'edit', '-json'], dir, { GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' });
    await fs.rm(dir, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    const expected = withoutNulls(JSON.parse(r.stdout) as EditJson);
    const parsed = parseModFile(text);
    expect(parsed.errors).toEqual([]);
    expect(asEditJson(parsed)).toEqual(expected);
  });
});

test('lines are recorded for every directive and block entry', () => {
  const f = parseModFile(SAMPLES.blocks);
  expect(f.module!.line).toBe(2);
  expect(f.go!.line).toBe(4);
  expect(f.toolchain!.line).toBe(6);
  expect(f.require.map(r => [r.path, r.line])).toEqual([
    ['example.com/a', 14],
    ['example.com/b', 15],
    ['example.com/c', 16],
    ['example.com/d/v2', 19]
  ]);
  expect(f.replace.map(r => r.line)).toEqual([24, 25, 28]);
  expect(f.retract.map(r => r.line)).toEqual([31, 35, 36]);
  expect(f.tool[0].line).toBe(39);
});

test('go.work files: use, replace, go', () => {
  const f = parseModFile('go 1.22\n\nuse (\n\t./a\n\t./b // second\n)\n\nreplace example.com/x => ./x\n', 'go.work');
  expect(f.errors).toEqual([]);
  expect(f.use.map(u => [u.path, u.line])).toEqual([
    ['./a', 4],
    ['./b', 5]
  ]);
  expect(f.replace[0]).toMatchObject({ oldPath: 'example.com/x', newPath: './x', line: 8 });
});

test('errors name the line: unknown directive, bad usage, unterminated block and string', () => {
  expect(parseModFile('module m\nfrobnicate x\n').errors).toEqual([{ line: 2, message: 'unknown directive: frobnicate' }]);
  expect(parseModFile('module m\nrequire example.com/a\n').errors[0]).toMatchObject({ line: 2, message: expect.stringContaining('usage: require') });
  expect(parseModFile('module m\nrequire (\n\texample.com/a v1.0.0\n').errors).toEqual([{ line: 2, message: 'unterminated require block' }]);
  expect(parseModFile('module "m\n').errors[0]).toMatchObject({ line: 1, message: 'unterminated quoted string' });
  expect(parseModFile('use ./a\n').errors[0].message).toBe('unknown directive: use');
});

test('isLocalReplacement follows modfile.IsDirectoryPath', () => {
  for (const p of ['./x', '../x', '.', '..', '/abs/x', 'C:\\x', '.\\x']) expect(isLocalReplacement(p)).toBe(true);
  for (const p of ['example.com/x', 'x', 'gopkg.in/yaml.v3']) expect(isLocalReplacement(p)).toBe(false);
});

test('a backquote is an error, as in go mod edit', () => {
  expect(parseModFile('module m\nreplace a => `./b`\n').errors).toEqual([{ line: 2, message: 'invalid quoted string: unquoted string cannot contain quote' }]);
});
