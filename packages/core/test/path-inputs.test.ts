import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ConfigurationError,
  makeDirectoryBelow,
  quoteExcerpt,
  resolvePathInput,
  UnsafePathError,
  WORKSPACE_ONLY,
  WORKSPACE_OR_RUNNER_TEMP,
  writeFileBelow,
  writeResolvedFile,
  type PathInputSpec,
  type PathRoots
} from '@go-ci-gates/core';

// Layout: <base>/ws (workspace), <base>/temp (RUNNER_TEMP), <base>/outside/secret (the sentinel).
let base: string;
let roots: PathRoots;
let sentinel: string;
const SENTINEL = 'sentinel: must never change\n';

beforeAll(async () => {
  base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-paths-')));
  roots = { workspace: path.join(base, 'ws'), runnerTemp: path.join(base, 'temp') };
  await fs.mkdir(path.join(roots.workspace, 'out'), { recursive: true });
  await fs.mkdir(roots.runnerTemp, { recursive: true });
  await fs.mkdir(path.join(base, 'outside'));
  sentinel = path.join(base, 'outside', 'secret');
  await fs.writeFile(sentinel, SENTINEL);
  await fs.writeFile(path.join(roots.workspace, 'data.txt'), 'inside\n');
  await fs.writeFile(path.join(roots.workspace, 'afile'), 'x');
  await fs.symlink(sentinel, path.join(roots.workspace, 'link-to-secret'));
  await fs.symlink(path.join(base, 'outside'), path.join(roots.workspace, 'link-to-outside'));
  await fs.symlink(path.join(base, 'outside', 'missing'), path.join(roots.workspace, 'dangling'));
  await fs.symlink('data.txt', path.join(roots.workspace, 'link-inside'));
  await fs.symlink('out', path.join(roots.workspace, 'dir-link-inside'));
});

afterAll(async () => {
  expect(await fs.readFile(sentinel, 'utf8')).toBe(SENTINEL);
  expect(await fs.readdir(path.join(base, 'outside'))).toEqual(['secret']);
  await fs.rm(base, { recursive: true, force: true });
});

const write: PathInputSpec = { input: 'report-path', use: 'write-file', roots: WORKSPACE_OR_RUNNER_TEMP };
const writeDir: PathInputSpec = { input: 'output-dir', use: 'write-dir', roots: WORKSPACE_OR_RUNNER_TEMP };
const read: PathInputSpec = { input: 'policy-file', use: 'read-file', roots: WORKSPACE_ONLY };

function refusal(value: string, spec: PathInputSpec): string {
  try {
    resolvePathInput(value, spec, roots);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as ConfigurationError).input).toBe(spec.input);
    return (err as Error).message;
  }
  throw new Error(`${value} was accepted`);
}

test('relative values resolve against the workspace; absolute ones inside RUNNER_TEMP are accepted', () => {
  expect(resolvePathInput('out/report.json', write, roots)).toMatchObject({
    path: path.join(roots.workspace, 'out/report.json'),
    root: roots.workspace,
    exists: false
  });
  const inTemp = path.join(roots.runnerTemp, 'deep/er/r.json');
  expect(resolvePathInput(inTemp, write, roots)).toMatchObject({ path: inTemp, root: roots.runnerTemp });
  expect(resolvePathInput('data.txt', read, roots)).toMatchObject({ exists: true });
  // The root itself (working-directory's default '.').
  expect(resolvePathInput('.', { input: 'working-directory', use: 'read-dir', roots: WORKSPACE_ONLY, mustExist: true }, roots)).toMatchObject({
    path: roots.workspace,
    exists: true
  });
});

test('.. and absolute paths outside the roots are refused, naming the input', () => {
  expect(refusal('../outside/secret', write)).toMatch(
    /^Input 'report-path' has an invalid value "..\/outside\/secret": it must stay inside the workspace .* or RUNNER_TEMP/
  );
  expect(refusal(sentinel, write)).toMatch(/it must stay inside/);
  expect(refusal('/etc/passwd', read)).toMatch(/it must stay inside the workspace/);
  // RUNNER_TEMP is not a root of checkout content.
  expect(refusal(path.join(roots.runnerTemp, 'x.yml'), read)).toMatch(/it must stay inside the workspace/);
});

test('a write never passes through or lands on a symlink, even one that stays inside', () => {
  expect(refusal('link-to-secret', write)).toMatch(/link-to-secret is a symlink; the gate never writes through a symlink/);
  expect(refusal('link-to-outside/new.json', write)).toMatch(/passes through the symlink link-to-outside/);
  expect(refusal('link-to-outside/a/b/c.json', write)).toMatch(/passes through the symlink link-to-outside/);
  expect(refusal('dangling', write)).toMatch(/dangling is a symlink/);
  expect(refusal('link-inside', write)).toMatch(/link-inside is a symlink/);
  expect(refusal('dir-link-inside/r.json', write)).toMatch(/passes through the symlink dir-link-inside/);
  expect(refusal('link-to-outside', writeDir)).toMatch(/link-to-outside is a symlink/);
});

test('a read may follow a symlink that stays inside, never one that leads out or dangles', async () => {
  expect(resolvePathInput('link-inside', read, roots).exists).toBe(true);
  expect(refusal('link-to-secret', read)).toMatch(/resolves outside the workspace through a symlink/);
  expect(refusal('link-to-outside/secret', read)).toMatch(/resolves outside the workspace through a symlink/);
  expect(refusal('dangling', read)).toMatch(/resolves outside the workspace through a symlink/); // it points outside
  expect(refusal('link-to-outside/missing.yml', read)).toMatch(/resolves outside the workspace through a symlink/);
  await fs.symlink('out/missing.yml', path.join(roots.workspace, 'dangling-inside'));
  expect(refusal('dangling-inside', read)).toMatch(/symlink whose target does not exist/);
  expect(refusal('nope.yml', { ...read, mustExist: true })).toMatch(/no such file in the workspace/);
  expect(resolvePathInput('nope.yml', read, roots).exists).toBe(false);
});

test('a directory where a file is expected, and a file on the way, are refused (no raw EISDIR or ENOTDIR)', () => {
  expect(refusal('out', write)).toMatch(/it is a directory; a file path is expected/);
  expect(refusal('afile/report.json', write)).toMatch(/afile is not a directory/);
  expect(refusal('afile', writeDir)).toMatch(/it is not a directory/);
  expect(refusal('out', read)).toMatch(/it is a directory/);
});

test('writes create parents one level at a time and replace the name, never a link target', async () => {
  const target = resolvePathInput('new/dir/report.json', write, roots);
  await writeResolvedFile(target, '{}\n');
  expect(await fs.readFile(target.path, 'utf8')).toBe('{}\n');
  await writeResolvedFile(target, '{"again":1}\n'); // an existing regular file is replaced
  expect(await fs.readFile(target.path, 'utf8')).toBe('{"again":1}\n');
  expect((await fs.readdir(path.dirname(target.path))).filter(n => n.endsWith('.tmp'))).toEqual([]);

  // A link planted after resolution is still refused at write time, with the input named.
  const late = resolvePathInput('late.json', write, roots);
  await fs.symlink(sentinel, late.path);
  await expect(writeResolvedFile(late, 'pwned')).rejects.toThrow(/^Input 'report-path' has an invalid value "late.json": late.json is a symlink/);
  await expect(writeFileBelow(roots.workspace, path.join(roots.workspace, 'link-to-outside', 'x'), 'pwned')).rejects.toThrow(UnsafePathError);
  await expect(makeDirectoryBelow(roots.workspace, path.join(roots.workspace, 'link-to-outside', 'sub'))).rejects.toThrow(
    /passes through the symlink link-to-outside/
  );
  await expect(writeFileBelow(roots.workspace, path.join(roots.workspace, 'out'), 'x')).rejects.toThrow(/out is a directory/);
});

test('quoteExcerpt keeps error messages short and inert', () => {
  expect(quoteExcerpt('GITHUB_TOKEN=ghp_' + 'x'.repeat(200))).toBe(JSON.stringify('GITHUB_TOKEN=ghp_' + 'x'.repeat(63) + '…'));
  expect(quoteExcerpt('a\n::warning::x')).toBe('"a\\n::warning::x"');
});
