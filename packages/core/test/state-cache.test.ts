import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ActionsStateCache, actionsStateCache, ActionsStateCacheV1, DirectoryStateCache, MemoryLogger } from '@go-ci-gates/core';
import { ActionsCacheServer, ActionsCacheV1Server } from '../../../test/servers/actions-cache.js';

let server: ActionsCacheServer;
let tmp: string;
beforeAll(async () => {
  server = new ActionsCacheServer();
  await server.start();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-state-'));
});
afterAll(async () => {
  await server.stop();
  await fs.rm(tmp, { recursive: true, force: true });
});
beforeEach(() => server.clearFaults());

async function dirWith(files: Record<string, string>): Promise<string> {
  const d = await fs.mkdtemp(path.join(tmp, 'd-'));
  for (const [n, c] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(d, n)), { recursive: true });
    await fs.writeFile(path.join(d, n), c);
  }
  return d;
}

function cache(log = new MemoryLogger()): ActionsStateCache {
  return new ActionsStateCache({ resultsUrl: `${server.url}/`, token: server.token, log, backoffMs: 1, timeoutMs: 2000 });
}

describe('ActionsStateCache against a local cache service', () => {
  test('saves and restores a directory, exact key and by restore-key prefix (newest wins)', async () => {
    const c = cache();
    expect(await c.save('baseline-main-aaa', await dirWith({ 'baseline.json': '{"v":1}' }))).toBe(true);
    expect(await c.save('baseline-main-bbb', await dirWith({ 'baseline.json': '{"v":2}', 'sub/x.txt': 'x' }))).toBe(true);
    const exact = await dirWith({});
    expect(await c.restore('baseline-main-aaa', [], exact)).toBe('baseline-main-aaa');
    expect(await fs.readFile(path.join(exact, 'baseline.json'), 'utf8')).toBe('{"v":1}');
    const prefix = await dirWith({});
    expect(await c.restore('baseline-main-ccc', ['baseline-main-'], prefix)).toBe('baseline-main-bbb');
    expect(await fs.readFile(path.join(prefix, 'sub/x.txt'), 'utf8')).toBe('x');
  });

  test('a miss returns undefined without a warning', async () => {
    const log = new MemoryLogger();
    expect(await cache(log).restore('nothing-here', ['nope-'], await dirWith({}))).toBeUndefined();
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([]);
  });

  test('an existing key is not overwritten (entries are immutable) and that is not a warning', async () => {
    const log = new MemoryLogger();
    const c = cache(log);
    expect(await c.save('immutable', await dirWith({ a: '1' }))).toBe(true);
    expect(await c.save('immutable', await dirWith({ a: '2' }))).toBe(false);
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([]);
  });

  test('5xx is retried, and succeeds when the service recovers', async () => {
    server.inject({ match: /GetCacheEntryDownloadURL/, status: 503, times: 2 });
    const before = server.count(/GetCacheEntryDownloadURL/);
    expect(await cache().restore('baseline-main-aaa', [], await dirWith({}))).toBe('baseline-main-aaa');
    expect(server.count(/GetCacheEntryDownloadURL/) - before).toBe(3);
  });

  test('a service that stays down is a warning, never a throw', async () => {
    server.inject({ match: /CacheService/, status: 500 });
    const log = new MemoryLogger();
    expect(await cache(log).restore('baseline-main-aaa', [], await dirWith({}))).toBeUndefined();
    expect(await cache(log).save('new-key', await dirWith({ a: '1' }))).toBe(false);
    expect(log.lines.filter(l => l.startsWith('warning: Could not'))).toHaveLength(2);
    expect(log.lines.join('\n')).toContain('answered 500');
  });

  test('a page that is not JSON (a proxy sign-in) is one warning that says so, not "Unexpected token"', async () => {
    server.inject({ match: /CacheService/, status: 200, contentType: 'text/html', body: '<html>Sign in to the corporate proxy</html>' });
    const log = new MemoryLogger();
    expect(await cache(log).restore('baseline-main-aaa', [], await dirWith({}))).toBeUndefined();
    const warnings = log.lines.filter(l => l.startsWith('warning:'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('answered with something that is not JSON (it starts "<html>Sign in to the corporate proxy</html>")');
    expect(warnings[0]).not.toContain('Unexpected token');
  });

  test('an unreachable service and a bad token are warnings', async () => {
    const log = new MemoryLogger();
    const down = new ActionsStateCache({ resultsUrl: 'http://127.0.0.1:9/', token: 't', log, attempts: 1, timeoutMs: 500 });
    expect(await down.restore('k', [], await dirWith({}))).toBeUndefined();
    const badToken = new ActionsStateCache({ resultsUrl: `${server.url}/`, token: 'wrong', log, attempts: 1 });
    expect(await badToken.restore('k', [], await dirWith({}))).toBeUndefined();
    expect(log.lines.filter(l => l.startsWith('warning'))).toHaveLength(2);
    expect(log.lines.join('\n')).toContain('answered 401');
  });

  test('without the runner variables the cache is unavailable, with a warning', async () => {
    const log = new MemoryLogger();
    const c = actionsStateCache({}, log);
    expect(await c.restore('k', [], await dirWith({}))).toBeUndefined();
    expect(log.lines[0]).toMatch(/cache service is not available here/);
  });
});

test('DirectoryStateCache round-trips and matches restore-key prefixes', async () => {
  const c = new DirectoryStateCache(path.join(tmp, 'store'), new MemoryLogger());
  expect(await c.save('k-1', await dirWith({ f: 'one' }))).toBe(true);
  expect(await c.save('k-2', await dirWith({ f: 'two' }))).toBe(true);
  const out = await dirWith({});
  expect(await c.restore('k-9', ['k-'], out)).toBe('k-2');
  expect(await fs.readFile(path.join(out, 'f'), 'utf8')).toBe('two');
});

describe('state bundles', () => {
  /** A DirectoryStateCache whose entry for `key` is `bundle`, as a store someone else wrote. */
  async function storeHolding(key: string, bundle: Buffer, log = new MemoryLogger()): Promise<DirectoryStateCache> {
    const root = await fs.mkdtemp(path.join(tmp, 'store-'));
    await fs.writeFile(path.join(root, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`), bundle);
    await fs.writeFile(path.join(root, 'index.json'), JSON.stringify({ [key]: 1 }));
    return new DirectoryStateCache(root, log);
  }

  test('binary files round-trip byte for byte, nested directories included', async () => {
    const bytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 7) % 256));
    const src = await dirWith({ 'state.json': '{"a":1}' });
    await fs.mkdir(path.join(src, 'db/x'), { recursive: true });
    await fs.writeFile(path.join(src, 'db/x/tiles.bin'), bytes);
    await fs.writeFile(path.join(src, 'empty'), '');
    const c = new DirectoryStateCache(path.join(tmp, 'store-bin'), new MemoryLogger());
    expect(await c.save('k', src)).toBe(true);
    const out = await dirWith({});
    expect(await c.restore('k', [], out)).toBe('k');
    expect((await fs.readFile(path.join(out, 'db/x/tiles.bin'))).equals(bytes)).toBe(true);
    expect(await fs.readFile(path.join(out, 'state.json'), 'utf8')).toBe('{"a":1}');
    expect(await fs.readFile(path.join(out, 'empty'), 'utf8')).toBe('');
  });

  test('a bundle of the first format (JSON, base64) in a state directory still restores', async () => {
    const c = await storeHolding('old', Buffer.from(JSON.stringify({ files: { 'a/b.txt': Buffer.from('kept').toString('base64') } })));
    const out = await dirWith({});
    expect(await c.restore('old', [], out)).toBe('old');
    expect(await fs.readFile(path.join(out, 'a/b.txt'), 'utf8')).toBe('kept');
  });

  test('an entry that is not a bundle, or names a path outside, is one warning and writes nothing', async () => {
    const v2 = (files: unknown, body: string) => Buffer.from(`go-ci-gates state 2\n${JSON.stringify({ files })}\n${body}`);
    const bad: [string, Buffer, RegExp][] = [
      ['sizes past the end', v2([['a', 5]], 'abc'), /not a go-ci-gates state bundle/],
      ['bytes left over', v2([['a', 1]], 'abc'), /not a go-ci-gates state bundle/],
      ['a negative size', v2([['a', -1]], ''), /not a go-ci-gates state bundle/],
      ['no index line', Buffer.from('go-ci-gates state 2\n{"files":[]}'), /not a go-ci-gates state bundle/],
      ['an index that is not JSON', Buffer.from('go-ci-gates state 2\n{files\n'), /not a go-ci-gates state bundle/],
      ['another format', Buffer.from('go-ci-gates state 3\n{"files":[]}\n'), /not a go-ci-gates state bundle/],
      [
        'a path outside, after a good file',
        v2(
          [
            ['good', 1],
            ['../escape', 1]
          ],
          'ab'
        ),
        /unsafe path: \.\.\/escape/
      ],
      ['a path outside, first format', Buffer.from(JSON.stringify({ files: { ok: 'YQ==', '../../x': 'YQ==' } })), /unsafe path/],
      ['a NUL in a path', v2([['a\0b', 1]], 'a'), /unsafe path/],
      [
        'a file named twice',
        v2(
          [
            ['a', 1],
            ['./a', 1]
          ],
          'ab'
        ),
        /names a file twice: \.\/a/
      ],
      [
        'a file that is also a directory, found while writing',
        v2(
          [
            ['d/a', 1],
            ['d/a/b', 1]
          ],
          'ab'
        ),
        /EEXIST|ENOTDIR/
      ]
    ];
    for (const [what, bundle, message] of bad) {
      const log = new MemoryLogger();
      const c = await storeHolding('k', bundle, log);
      const parent = await dirWith({});
      const out = path.join(parent, 'out');
      await fs.mkdir(out);
      expect([what, await c.restore('k', [], out)]).toEqual([what, undefined]);
      expect([what, log.lines.length]).toEqual([what, 1]);
      expect(log.lines[0]).toMatch(message);
      expect([what, await fs.readdir(parent), await fs.readdir(out)]).toEqual([what, ['out'], []]);
    }
  });
});

describe('ActionsStateCacheV1 against a local v1 cache service (GHES, act)', () => {
  let v1: ActionsCacheV1Server;
  beforeAll(async () => {
    v1 = new ActionsCacheV1Server();
    await v1.start();
  });
  afterAll(async () => v1.stop());
  const cacheV1 = (log = new MemoryLogger()) => actionsStateCache({ ...v1.env() }, log, 'test');

  test('picked when the runner offers ACTIONS_CACHE_URL and does not say the service is v2', () => {
    expect(cacheV1()).toBeInstanceOf(ActionsStateCacheV1);
    expect(actionsStateCache({ ...v1.env(), ACTIONS_RESULTS_URL: `${server.url}/`, ACTIONS_CACHE_SERVICE_V2: 'True' }, new MemoryLogger())).toBeInstanceOf(
      ActionsStateCache
    );
    expect(actionsStateCache({ ACTIONS_RESULTS_URL: `${server.url}/`, ACTIONS_RUNTIME_TOKEN: 't' }, new MemoryLogger())).toBeInstanceOf(ActionsStateCache);
  });

  test('saves and restores, exact key and by restore-key prefix (newest wins); a miss is quiet', async () => {
    const log = new MemoryLogger();
    const c = cacheV1(log);
    expect(await c.save('baseline-main-aaa', await dirWith({ 'baseline.json': '{"v":1}' }))).toBe(true);
    expect(await c.save('baseline-main-bbb', await dirWith({ 'baseline.json': '{"v":2}', 'sub/x.txt': 'x' }))).toBe(true);
    const exact = await dirWith({});
    expect(await c.restore('baseline-main-aaa', ['baseline-main-'], exact)).toBe('baseline-main-aaa');
    expect(await fs.readFile(path.join(exact, 'baseline.json'), 'utf8')).toBe('{"v":1}');
    const prefix = await dirWith({});
    expect(await c.restore('baseline-main-ccc', ['baseline-main-'], prefix)).toBe('baseline-main-bbb');
    expect(await fs.readFile(path.join(prefix, 'sub/x.txt'), 'utf8')).toBe('x');
    expect(await c.restore('nothing', ['nope-'], await dirWith({}))).toBeUndefined();
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([]);
  });

  test('an existing key is not overwritten and that is not a warning; a comma in a key is refused with one', async () => {
    const log = new MemoryLogger();
    const c = cacheV1(log);
    expect(await c.save('immutable-v1', await dirWith({ a: '1' }))).toBe(true);
    expect(await c.save('immutable-v1', await dirWith({ a: '2' }))).toBe(false);
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([]);
    expect(await c.save('a,b', await dirWith({ a: '1' }))).toBe(false);
    expect(log.lines.filter(l => l.startsWith('warning'))).toEqual([expect.stringContaining('may not contain a comma')]);
  });

  test('a v1 service answering with a page is one clear warning', async () => {
    v1.inject({ match: /_apis\/artifactcache\/cache/, status: 200, contentType: 'text/html', body: '<html>login</html>' });
    const log = new MemoryLogger();
    expect(await cacheV1(log).restore('k', [], await dirWith({}))).toBeUndefined();
    v1.clearFaults();
    expect(log.lines.filter(l => l.startsWith('warning:'))).toEqual([expect.stringContaining('not JSON (it starts "<html>login</html>")')]);
  });

  test('a bad token is a warning, never a throw', async () => {
    const log = new MemoryLogger();
    const c = actionsStateCache({ ACTIONS_CACHE_URL: `${v1.url}/`, ACTIONS_RUNTIME_TOKEN: 'wrong' }, log);
    expect(await c.restore('k', [], await dirWith({}))).toBeUndefined();
    expect(await c.save('k', await dirWith({ a: '1' }))).toBe(false);
    expect(log.lines.filter(l => l.startsWith('warning'))).toHaveLength(2);
  });
});
