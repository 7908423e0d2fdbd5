import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diffFingerprints, discoverModules, fingerprintCheckout, ProjectError, resolveInsideWorkspace, ConfigurationError } from '@go-ci-gates/core';

let ws: string;
async function write(rel: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(path.join(ws, rel)), { recursive: true });
  await fs.writeFile(path.join(ws, rel), content);
}
beforeAll(async () => {
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-discover-'));
  await write('go.mod', 'module example.com/root\n\ngo 1.21\n');
  await write('tools/go.mod', 'module example.com/root/tools\n');
  await write('api/v2/go.mod', 'module example.com/api/v2\n');
  for (const skipped of ['vendor/x', 'testdata/y', 'node_modules/z', '.hidden/w', '_old/v']) await write(`${skipped}/go.mod`, 'module skipped\n');
  await write('work/go.work', 'go 1.22\n\nuse (\n\t./a\n\t./b\n)\n');
  await write('work/a/go.mod', 'module example.com/a\n');
  await write('work/b/go.mod', 'module example.com/b\n');
  await write('work/b/vendor/modules.txt', '# example.com/x v1.0.0\n');
  await write('work/c/go.mod', 'module example.com/not-in-work\n');
});
afterAll(() => fs.rm(ws, { recursive: true, force: true }));

test('every go.mod below the root, skipping vendor, testdata, node_modules, hidden and _ dirs', async () => {
  const d = await discoverModules({ workspace: ws, root: ws, useGoWork: true });
  expect(d.goWork).toBeUndefined();
  expect(d.modules.map(m => [m.relDir, m.path, m.goModFile])).toEqual([
    ['.', 'example.com/root', 'go.mod'],
    ['api/v2', 'example.com/api/v2', 'api/v2/go.mod'],
    ['tools', 'example.com/root/tools', 'tools/go.mod'],
    ['work/a', 'example.com/a', 'work/a/go.mod'],
    ['work/b', 'example.com/b', 'work/b/go.mod'],
    ['work/c', 'example.com/not-in-work', 'work/c/go.mod']
  ]);
});

test('a go.work in the root selects exactly its use directives', async () => {
  const d = await discoverModules({ workspace: ws, root: path.join(ws, 'work') });
  expect(d.goWork?.relFile).toBe('work/go.work');
  expect(d.modules.map(m => m.path)).toEqual(['example.com/a', 'example.com/b']);
});

test('module globs select by directory or module path; ! excludes', async () => {
  const pick = async (select: string[]) => (await discoverModules({ workspace: ws, root: ws, select })).modules.map(m => m.relDir);
  expect(await pick(['work/*'])).toEqual(['work/a', 'work/b', 'work/c']);
  expect(await pick(['example.com/api/**'])).toEqual(['api/v2']);
  expect(await pick(['**', '!work/**'])).toEqual(['.', 'api/v2', 'tools']);
  await expect(pick(['nothing/*'])).rejects.toThrow(/match none of the modules found/);
});

test('no go.mod, a missing use directory and a broken go.mod are project errors naming the file', async () => {
  const empty = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-empty-'));
  await expect(discoverModules({ workspace: empty, root: empty })).rejects.toThrow(ProjectError);
  await write('bad/go.work', 'use ./missing\n');
  await expect(discoverModules({ workspace: ws, root: path.join(ws, 'bad') })).rejects.toThrow(
    'bad/missing/go.mod does not exist (named by a use directive in bad/go.work)'
  );
  await write('broken/go.mod', 'module x\nrequire (\n');
  await expect(discoverModules({ workspace: ws, root: path.join(ws, 'broken') })).rejects.toThrow('broken/go.mod:2: unterminated require block');
  await fs.rm(path.join(ws, 'bad'), { recursive: true });
  await fs.rm(path.join(ws, 'broken'), { recursive: true });
  await fs.rm(empty, { recursive: true });
});

test('paths are confined to the workspace, including through symlinks', async () => {
  expect(resolveInsideWorkspace(ws, 'work', 'working-directory')).toBe(path.join(ws, 'work'));
  expect(() => resolveInsideWorkspace(ws, '../x', 'working-directory')).toThrow(ConfigurationError);
  await fs.symlink(os.tmpdir(), path.join(ws, 'escape'));
  expect(() => resolveInsideWorkspace(ws, 'escape', 'working-directory')).toThrow(/resolves outside the workspace through a symlink/);
  expect(() => resolveInsideWorkspace(ws, 'nope', 'working-directory')).toThrow(/no such directory/);
  await fs.rm(path.join(ws, 'escape'));
});

test('the fingerprint covers go.mod, go.sum, go.work and vendor/ beside a module, and sees every change', async () => {
  const before = await fingerprintCheckout(ws);
  expect([...before.keys()]).toEqual(expect.arrayContaining(['go.mod', 'work/go.work', 'work/b/vendor/modules.txt']));
  expect([...before.keys()].some(k => k.startsWith('node_modules'))).toBe(false);
  await write('work/b/vendor/modules.txt', '# example.com/x v1.0.1\n');
  await write('go.sum', 'example.com/x v1.0.0 h1:x=\n');
  await fs.rm(path.join(ws, 'tools/go.mod'));
  expect(diffFingerprints(before, await fingerprintCheckout(ws))).toEqual({
    changed: ['work/b/vendor/modules.txt'],
    added: ['go.sum'],
    removed: ['tools/go.mod']
  });
});
