import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { tilePath, tileWidth } from '@go-ci-gates/sumdb';
import { goAsync } from '../harness/go-async.js';
import { createGoSandbox, fixtureProxyModules, type GoSandbox } from '../harness/go-sandbox.js';
import { proxyModuleHashes, SumdbTestServer } from './sumdb.js';

// The test checksum database is only worth something if the real go command
// accepts it: go verifies the signed tree head, the record and its inclusion
// proof from our tiles before it trusts a download.
let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

async function goDownload(server: SumdbTestServer, module: string): Promise<{ code: number | null; stderr: string; goSum: string }> {
  const ws = await sandbox.emptyWorkspace();
  await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/probe\n\ngo 1.21\n');
  const env = {
    ...sandbox.env,
    GOSUMDB: server.gosumdb,
    GONOSUMDB: '',
    GONOSUMCHECK: '',
    GOPRIVATE: '',
    GOFLAGS: '-modcacherw',
    // A fresh module cache: go must not find the module (or its sumdb answers) cached.
    GOMODCACHE: path.join(ws, '.modcache'),
    GOPATH: path.join(ws, '.gopath')
  };
  const r = await goAsync(['get', module], ws, env);
  const goSum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8').catch(() => '');
  return { code: r.code, stderr: r.stderr, goSum };
}

function fakeHash(i: number): string {
  return `h1:${Buffer.alloc(32, i % 251).toString('base64')}`;
}

describe('SumdbTestServer', () => {
  test('the go command verifies downloads against it (full, partial and level-1 tiles)', async () => {
    const server = new SumdbTestServer();
    // 700 records first, so the proof spans full tiles, a partial tile and a level-1 tile.
    for (let i = 0; i < 700; i++) server.add(`example.com/filler/m${i}`, 'v1.0.0', fakeHash(i), fakeHash(i + 1e6));
    server.addProxyModules(await fixtureProxyModules());
    await server.start();
    try {
      const r = await goDownload(server, 'example.com/greet@v1.1.0');
      expect(r.stderr).not.toMatch(/SECURITY|verifying/);
      expect(r.code).toBe(0);
      const greet = (await fixtureProxyModules()).find(m => m.path === 'example.com/greet' && m.version === 'v1.1.0')!;
      const h = proxyModuleHashes(greet);
      expect(r.goSum).toContain(`example.com/greet v1.1.0 ${h.zip}\n`);
      expect(r.goSum).toContain(`example.com/greet v1.1.0/go.mod ${h.mod}\n`);
      expect(server.count(/^GET \/lookup\/example\.com\/greet@v1\.1\.0$/)).toBe(1);
      // The newest records sit in a partial level-0 tile; the level-1 tile over the full ones is partial too.
      const size = server.size;
      expect(size % 256).not.toBe(0);
      const partial = tilePath({ level: 0, index: Math.floor(size / 256), width: tileWidth(size, 0, Math.floor(size / 256)) });
      expect(partial).toMatch(/\.p\/\d+$/);
      expect(server.count(new RegExp(`^GET /${partial.replace(/\./g, '\\.')}$`))).toBe(1);
      expect(server.count(new RegExp(`^GET /tile/8/1/000\\.p/${Math.floor(size / 256)}$`))).toBe(1);
    } finally {
      await server.stop();
    }
  });

  test('the go command rejects it when its record differs from the module', async () => {
    const server = new SumdbTestServer();
    const modules = await fixtureProxyModules();
    for (const m of modules) {
      const h = proxyModuleHashes(m);
      const zip = m.version === 'v1.1.0' ? 'h1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' : h.zip;
      server.add(m.path, m.version, zip, h.mod);
    }
    await server.start();
    try {
      const r = await goDownload(server, 'example.com/greet@v1.1.0');
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/SECURITY ERROR|checksum mismatch/);
    } finally {
      await server.stop();
    }
  });

  test('the go command rejects a forged tree-head signature', async () => {
    const server = new SumdbTestServer();
    server.addProxyModules(await fixtureProxyModules());
    server.protocolFaults.wrongKey = true;
    await server.start();
    try {
      const r = await goDownload(server, 'example.com/greet@v1.1.0');
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/invalid signature|verifying/);
    } finally {
      await server.stop();
    }
  });
});
