import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { LicenseReader } from '@go-ci-gates/core';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const MIT = `MIT License

Copyright (c) 2024 Example

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

describe('LicenseReader: the same license files need no matching', () => {
  let root: string;
  const dir = async (name: string, files: Record<string, string>) => {
    const d = path.join(root, name);
    await fs.mkdir(d, { recursive: true });
    for (const [f, text] of Object.entries(files)) await fs.writeFile(path.join(d, f), text);
    return d;
  };
  beforeEach(async () => (root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-license-reader-'))));
  afterEach(async () => fs.rm(root, { recursive: true, force: true }));

  test('byte-identical license files are the same; other files at the root do not count', async () => {
    const r = new LicenseReader();
    const a = await dir('a@v1.0.0', { LICENSE: MIT, 'main.go': 'package a\n' });
    const b = await dir('a@v1.1.0', { LICENSE: MIT, 'other.go': 'package a\n' });
    r.readFilesAhead(a);
    expect(await r.sameFiles(a, b)).toBe(true);
    // Read once, matched when asked: both versions give one answer.
    expect((await r.read(a, 'module-cache')).expression).toBe('MIT');
    expect((await r.read(b, 'module-cache')).expression).toBe('MIT');
  });

  test.each<[string, Record<string, string>]>([
    ['a changed copyright line', { LICENSE: MIT.replace('2024 Example', '2025 Example') }],
    ['a license file added', { LICENSE: MIT, COPYING: 'Apache License\nVersion 2.0\n' }],
    ['the license file renamed', { 'LICENSE.md': MIT }],
    ['no license file', { 'README.md': 'hello\n' }]
  ])('%s is not the same', async (_what, files) => {
    const r = new LicenseReader();
    const a = await dir('a@v1.0.0', { LICENSE: MIT });
    const b = await dir('a@v1.1.0', files);
    expect(await r.sameFiles(a, b)).toBe(false);
  });

  test('a directory that is missing is never the same, not even as another missing one', async () => {
    const r = new LicenseReader();
    const a = await dir('a@v1.0.0', { LICENSE: MIT });
    expect(await r.sameFiles(a, path.join(root, 'absent'))).toBe(false);
    expect(await r.sameFiles(path.join(root, 'absent'), path.join(root, 'absent2'))).toBe(false);
    expect(await r.read(path.join(root, 'absent'), 'module-cache')).toMatchObject({ expression: 'NOASSERTION', source: 'none' });
  });
});
