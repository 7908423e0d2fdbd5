import { afterEach, describe, expect, test } from '@jest/globals';
import { matchPrefixPatterns, parseGoproxy, pathMatch } from '@go-ci-gates/core';
import {
  auditModuleVersions,
  BoundedFetcher,
  MAX_LOOKUP_BYTES,
  MAX_NOTE_BYTES,
  MAX_TILE_BYTES,
  formatTree,
  generateNoteKey,
  merkleRoot,
  nodeHash,
  openNote,
  parseGosumdb,
  parseSignerKey,
  parseTilePath,
  decodeNodes,
  encodeNodes,
  NODE_FILE,
  parseVerifierKey,
  recordHash,
  routeSumdb,
  signNote,
  SUM_GOLANG_ORG_KEY,
  SumdbClient,
  SumdbConfigError,
  TileHashReader,
  tilePath,
  buildStoredLevels,
  openSumdbSession,
  type Tile
} from '@go-ci-gates/sumdb';
import type { StateCache } from '@go-ci-gates/core';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { SumdbTestServer } from '../../../test/servers/sumdb.js';

describe('signed notes', () => {
  test('the built-in sum.golang.org key parses and its hash matches', () => {
    const v = parseVerifierKey(SUM_GOLANG_ORG_KEY);
    expect(v.name).toBe('sum.golang.org');
    expect(v.hash.toString(16)).toBe('33de0ae');
  });

  test('sign, open, and reject tampering', () => {
    const k = generateNoteKey('example.test');
    const v = parseVerifierKey(k.verifierKey);
    const note = signNote('hello\n', parseSignerKey(k.signerKey));
    expect(note).toMatch(/^hello\n\n\u2014 example\.test [A-Za-z0-9+/=]+\n$/);
    expect(openNote(note, [v]).text).toBe('hello\n');
    expect(() => openNote(note.replace('hello', 'hellO'), [v])).toThrow(/invalid signature/);
    expect(() => openNote(note, [parseVerifierKey(generateNoteKey('other.test').verifierKey)])).toThrow(/no verifiable signature/);
    expect(() => openNote('hello\n', [v])).toThrow(/no signature block/);
  });

  test.each([
    ['nohash', /expected name\+hash\+key/],
    ['a+0000000g+AQ==', /8 lower-case hex/],
    ['sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8', /does not match the key/],
    ['a+12345678+!!!!', /not base64/]
  ])('bad verifier key %s', (key, re) => {
    expect(() => parseVerifierKey(key)).toThrow(re);
  });
});

describe('tlog', () => {
  test('tile paths round-trip as tlog formats them', () => {
    expect(tilePath({ level: 0, index: 1234067, width: 256 })).toBe('tile/8/0/x001/x234/067');
    expect(tilePath({ level: 1, index: 0, width: 3 })).toBe('tile/8/1/000.p/3');
    expect(tilePath({ level: -1, index: 5, width: 256 })).toBe('tile/8/data/005');
    expect(parseTilePath('tile/8/0/x001/x234/067')).toEqual({ level: 0, index: 1234067, width: 256 });
    expect(parseTilePath('tile/8/0/000.p/256')).toBeUndefined();
    expect(parseTilePath('tile/4/0/000')).toBeUndefined();
  });

  // A log of n records; proofs read hashes only through the tile fetcher.
  function log(n: number): { leaves: Buffer[]; fetch: (t: Tile) => Promise<Buffer>; fetched: string[] } {
    const leaves = Array.from({ length: n }, (_, i) => recordHash(`record ${i}\n`));
    const levels = buildStoredLevels(leaves);
    const fetched: string[] = [];
    return {
      leaves,
      fetched,
      fetch: async t => {
        fetched.push(tilePath(t));
        return Buffer.concat(levels[t.level].slice(t.index * 256, t.index * 256 + t.width));
      }
    };
  }

  test.each([1, 2, 3, 255, 256, 257, 700])('inclusion proofs in a tree of %i', async n => {
    const l = log(n);
    const root = merkleRoot(l.leaves);
    const reader = new TileHashReader(n, l.fetch);
    expect((await reader.treeHash()).equals(root)).toBe(true);
    for (const i of [0, Math.floor(n / 2), n - 1]) await reader.verifyInclusion(root, i, `record ${i}\n`);
    await expect(reader.verifyInclusion(root, n - 1, 'forged\n')).rejects.toThrow(/does not lead to the signed tree hash/);
  });

  test.each([
    [1, 2],
    [3, 700],
    [256, 257],
    [300, 513],
    [700, 700]
  ])('consistency %i → %i, and a rewritten history is caught', async (a, b) => {
    const l = log(b);
    const reader = new TileHashReader(b, l.fetch);
    const root = merkleRoot(l.leaves);
    await reader.verifyConsistency({ size: a, hash: merkleRoot(l.leaves.slice(0, a)) }, root);
    const forged = l.leaves.slice(0, a);
    forged[a - 1] = recordHash('forged\n');
    await expect(reader.verifyConsistency({ size: a, hash: merkleRoot(forged) }, root)).rejects.toThrow();
  });

  test('batch inclusion: all records proven together, each tile read once, a forged record fails alone', async () => {
    const n = 1000;
    const l = log(n);
    const root = merkleRoot(l.leaves);
    const reader = new TileHashReader(n, l.fetch);
    const records = Array.from({ length: 250 }, (_, i) => ({ index: i * 4, data: `record ${i * 4}\n` }));
    expect(await reader.verifyInclusions(root, records)).toEqual(records.map(() => undefined));
    expect(new Set(l.fetched).size).toBe(l.fetched.length);

    const forged = [...records, { index: 999, data: 'forged\n' }, { index: n, data: 'outside\n' }];
    const results = await new TileHashReader(n, l.fetch).verifyInclusions(root, forged);
    expect(results.slice(0, records.length).every(r => r === undefined)).toBe(true);
    expect(results[records.length]?.message).toMatch(/record 999 does not lead to the signed tree hash/);
    expect(results[records.length + 1]?.message).toMatch(/outside the tree/);
  });

  test('batch inclusion: two records for one index, only the true one passes', async () => {
    const l = log(300);
    const root = merkleRoot(l.leaves);
    const results = await new TileHashReader(300, l.fetch).verifyInclusions(root, [
      { index: 7, data: 'record 7\n' },
      { index: 7, data: 'other 7\n' },
      { index: 8, data: 'record 8\n' }
    ]);
    expect(results.map(r => r?.message)).toEqual([undefined, expect.stringMatching(/record 7 does not lead/), undefined]);
  });

  test('batch inclusion: a tile that cannot be read fails only the records whose proofs need it', async () => {
    const l = log(700);
    const root = merkleRoot(l.leaves);
    let failures = 0;
    const reader = new TileHashReader(700, async t => {
      if (t.level === 0 && t.index === 1) {
        failures++;
        throw new Error('tile 0/1 unavailable');
      }
      return l.fetch(t);
    });
    const results = await reader.verifyInclusions(
      root,
      [300, 10, 600].map(i => ({ index: i, data: `record ${i}\n` }))
    );
    expect(results.map(r => r?.message)).toEqual(['tile 0/1 unavailable', undefined, undefined]);
    expect(failures).toBe(1);
  });

  const noTiles = async (t: Tile): Promise<Buffer> => {
    throw new Error(`fetched ${tilePath(t)}`);
  };

  test.each([1, 2, 3, 255, 256, 257, 700, 70000])('kept proof nodes alone prove the records and the tree size they were kept for (tree of %i)', async n => {
    const l = log(n);
    const root = merkleRoot(l.leaves);
    const indexes = [...new Set([0, 1, Math.floor(n / 3), Math.floor(n / 2), n - 2, n - 1].filter(i => i >= 0 && i < n))];
    const records = indexes.map(i => ({ index: i, data: `record ${i}\n` }));
    // Kept by a reader that proved them (as an audit does), from tiles.
    const prover = new TileHashReader(n, l.fetch, { held: l.fetch });
    expect(await prover.verifyInclusions(root, records)).toEqual(records.map(() => undefined));
    const nodes = await prover.proofNodes(records);
    // At most one node per level per record, plus the pieces of n.
    expect(nodes.size).toBeLessThanOrEqual(records.length * Math.ceil(Math.log2(n + 1)) + Math.ceil(Math.log2(n + 1)));
    const kept = (level: number, index: number) => nodes.get(`${level}/${index}`);
    // A later run with those nodes and no tiles at all.
    const reader = new TileHashReader(n, noTiles, { kept });
    expect(await reader.verifyInclusions(root, records)).toEqual(records.map(() => undefined));
    for (const r of records) await new TileHashReader(n, noTiles, { kept }).verifyInclusion(root, r.index, r.data);
    await expect(new TileHashReader(n, noTiles, { kept }).verifyInclusion(root, n - 1, 'forged\n')).rejects.toThrow(/does not lead to the signed tree hash/);
    const forged = await new TileHashReader(n, noTiles, { kept }).verifyInclusions(root, [...records, { index: n - 1, data: 'forged\n' }]);
    expect(forged.map(r => r?.message)).toEqual([...records.map(() => undefined), expect.stringMatching(/does not lead/)]);
    // And n a prefix of a larger tree: only the larger tree's tiles are fetched, none of the kept size's own.
    const later = log(n + 300);
    const wider = new TileHashReader(n + 300, later.fetch, { kept });
    await wider.verifyConsistency({ size: n, hash: root }, merkleRoot(later.leaves));
    const rewritten = l.leaves.slice();
    rewritten[n - 1] = recordHash('forged\n');
    await expect(
      new TileHashReader(n + 300, later.fetch, { kept }).verifyConsistency({ size: n, hash: merkleRoot(rewritten) }, merkleRoot(later.leaves))
    ).rejects.toThrow();
  });

  test('proof nodes for a larger tree come from the proofs just made (consistency and records), without fetching', async () => {
    // The records were proven at 700; the log grew to 1500; the audit proved 700 a prefix of 1500 and a new record.
    const l = log(1500);
    const small = l.leaves.slice(0, 700);
    const old = [5, 300, 699].map(i => ({ index: i, data: `record ${i}\n` }));
    const keptAt700 = await (async () => {
      const r = new TileHashReader(700, l.fetch, { held: l.fetch });
      await r.verifyInclusions(merkleRoot(small), old);
      const nodes = await r.proofNodes(old);
      return (level: number, index: number) => nodes.get(`${level}/${index}`);
    })();
    const fetched: string[] = [];
    const held = new Map<string, Buffer>();
    const fetch = async (t: Tile) => {
      fetched.push(tilePath(t));
      const data = await l.fetch(t);
      held.set(tilePath(t), data);
      return data;
    };
    const heldOnly = async (t: Tile) => {
      const data = held.get(tilePath(t));
      if (!data) throw new Error(`not held: ${tilePath(t)}`);
      return data;
    };
    const root = merkleRoot(l.leaves);
    const reader = new TileHashReader(1500, fetch, { kept: keptAt700, held: heldOnly });
    await reader.verifyConsistency({ size: 700, hash: merkleRoot(small) }, root);
    const fresh = [{ index: 1200, data: 'record 1200\n' }];
    expect(await reader.verifyInclusions(root, fresh)).toEqual([undefined]);
    const before = fetched.length;
    const nodes = await reader.proofNodes([...old, ...fresh]);
    expect(fetched.length).toBe(before);
    // Every record, old and new, is proven at 1500 from those nodes alone.
    const kept = (level: number, index: number) => nodes.get(`${level}/${index}`);
    expect(await new TileHashReader(1500, noTiles, { kept }).verifyInclusions(root, [...old, ...fresh])).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('a kept node is read, not recomputed: an altered one fails the proofs that pass through it, and only those', async () => {
    const n = 1000;
    const l = log(n);
    const root = merkleRoot(l.leaves);
    const records = [258, 300, 700].map(i => ({ index: i, data: `record ${i}\n` }));
    const prover = new TileHashReader(n, l.fetch, { held: l.fetch });
    await prover.verifyInclusions(root, records);
    const nodes = await prover.proofNodes(records);
    // Record 258's neighbour 259 is its first audit-path node; no other record's path passes through it.
    const altered = Buffer.from(nodes.get('0/259')!);
    altered[0] ^= 1;
    const kept = (level: number, index: number) => (level === 0 && index === 259 ? altered : nodes.get(`${level}/${index}`));
    const results = await new TileHashReader(n, noTiles, { kept }).verifyInclusions(root, records);
    expect(results.map(r => r?.message)).toEqual([expect.stringMatching(/record 258 does not lead/), undefined, undefined]);
  });

  test('proof nodes leave out a record whose path needs a tile that is not held, and fetch nothing', async () => {
    const n = 1000;
    const l = log(n);
    const root = merkleRoot(l.leaves);
    const records = [10, 600].map(i => ({ index: i, data: `record ${i}\n` }));
    // Only the tiles record 10's proof needs are held.
    const held = new Map<string, Buffer>();
    await new TileHashReader(n, async t => {
      const data = await l.fetch(t);
      held.set(tilePath(t), data);
      return data;
    }).verifyInclusions(root, [records[0]]);
    const fetched: string[] = [];
    const reader = new TileHashReader(
      n,
      async t => {
        fetched.push(tilePath(t));
        return l.fetch(t);
      },
      {
        held: async t => {
          const data = held.get(tilePath(t));
          if (!data) throw new Error('not held');
          return data;
        }
      }
    );
    const nodes = await reader.proofNodes(records);
    expect(fetched).toEqual([]);
    const kept = (level: number, index: number) => nodes.get(`${level}/${index}`);
    expect((await new TileHashReader(n, noTiles, { kept }).verifyInclusions(root, records)).map(r => r?.message)).toEqual([
      undefined,
      expect.stringMatching(/fetched tile/)
    ]);
  });

  test('record and node hashes are RFC 6962 (0x00 and 0x01 prefixes, text as UTF-8)', () => {
    const sha = (b: Buffer) => createHash('sha256').update(b).digest();
    const text = 'example.com/é v1.0.0 h1:x\n';
    expect(recordHash(text).equals(sha(Buffer.concat([Buffer.from([0]), Buffer.from(text, 'utf8')])))).toBe(true);
    expect(recordHash(Buffer.from(text, 'utf8')).equals(recordHash(text))).toBe(true);
    const [l, r] = [recordHash('a\n'), recordHash('b\n')];
    expect(nodeHash(l, r).equals(sha(Buffer.concat([Buffer.from([1]), l, r])))).toBe(true);
    expect(merkleRoot([l, r]).equals(nodeHash(l, r))).toBe(true);
  });

  test('tree note text', () => {
    expect(formatTree({ size: 5, hash: Buffer.alloc(32) })).toBe(`go.sum database tree\n5\n${Buffer.alloc(32).toString('base64')}\n`);
  });
});

describe('GONOSUMDB / GOPRIVATE patterns (module.MatchPrefixPatterns)', () => {
  test.each([
    ['*/quote', 'rsc.io/quote', true],
    ['*/quote', 'rsc.io/quote/v3', true],
    ['rsc.io', 'rsc.io/quote', true],
    ['rsc.io/', 'rsc.io/quote', true],
    ['rsc.io/quote/v3', 'rsc.io/quote', false],
    ['*.corp.example.com', 'git.corp.example.com/x/y', true],
    ['*.corp.example.com', 'corp.example.com/x', false],
    ['github.com/acme/*', 'github.com/acme', false],
    ['github.com/acme/*', 'github.com/acme/tool/v2', true],
    ['github.com/[a-c]cme', 'github.com/bcme/x', true],
    ['github.com/[^a]cme', 'github.com/acme/x', false],
    ['github.com/ac?e', 'github.com/acme', true],
    ['a,,b.example.com', 'b.example.com/x', true],
    ['github.com/[', 'github.com/[', false],
    ['', 'example.com/x', false]
  ])('%s vs %s → %s', (globs, target, want) => {
    expect(matchPrefixPatterns(globs, target)).toBe(want);
  });
  test('path.Match details', () => {
    expect(pathMatch('a*', 'a/b')).toBe(false);
    expect(pathMatch('a\\*', 'a*')).toBe(true);
    expect(() => pathMatch('[]a]', ']')).toThrow(/bad/);
  });
});

describe('GOSUMDB and GOPROXY routing', () => {
  test('parses the forms the go command accepts', () => {
    expect(parseGosumdb('off')).toBeUndefined();
    expect(parseGosumdb('')!.name).toBe('sum.golang.org');
    expect(parseGosumdb('sum.golang.google.cn')!.url).toBe('https://sum.golang.google.cn');
    const k = generateNoteKey('db.example.com');
    expect(parseGosumdb(`${k.verifierKey} http://127.0.0.1:1/`)).toMatchObject({ name: 'db.example.com', url: 'http://127.0.0.1:1' });
    expect(() => parseGosumdb('a b c')).toThrow(/too many fields/);
    expect(() => parseGosumdb('db.example.com')).toThrow(/not a known checksum database/);
    expect(() => parseGosumdb('db.example.com+12345678+AQ==')).toThrow(SumdbConfigError);
    expect(() => parseGosumdb(`${k.verifierKey} ::nope`)).toThrow(/invalid GOSUMDB URL/);
  });

  test('GOPROXY list separators', () => {
    expect(parseGoproxy('https://a,https://b|direct')).toEqual([
      { url: 'https://a', fallBackOnError: false },
      { url: 'https://b', fallBackOnError: true },
      { url: 'direct', fallBackOnError: false }
    ]);
  });

  test('probes /sumdb/<name>/supported in order and falls back to direct', async () => {
    const cfg = parseGosumdb('sum.golang.org')!;
    const answers: Record<string, number> = { 'https://a/sumdb/sum.golang.org/supported': 404, 'https://b/sumdb/sum.golang.org/supported': 200 };
    const probe = async (u: string) => ({ status: answers[u] ?? 500 });
    expect(await routeSumdb(cfg, 'https://a,https://b,direct', probe)).toMatchObject({ baseUrl: 'https://b/sumdb/sum.golang.org', via: 'proxy' });
    expect(await routeSumdb(cfg, 'https://a,direct', probe)).toMatchObject({ baseUrl: 'https://sum.golang.org', via: 'direct' });
    expect(await routeSumdb(cfg, 'off', probe)).toMatchObject({ via: 'direct' });
    await expect(routeSumdb(cfg, 'https://c,direct', probe)).rejects.toThrow(/HTTP 500/);
    expect(await routeSumdb(cfg, 'https://c|direct', probe)).toMatchObject({ via: 'direct' });
  });
});

describe('auditModuleVersions against the test database', () => {
  let server: SumdbTestServer | undefined;
  afterEach(async () => server?.stop());

  async function setup(n: number): Promise<{ server: SumdbTestServer; client: () => SumdbClient; versions: { module: string; version: string }[] }> {
    const s = new SumdbTestServer();
    server = s;
    const versions = Array.from({ length: n }, (_, i) => ({ module: `example.com/m${i}`, version: 'v1.0.0' }));
    for (const [i, v] of versions.entries())
      s.add(v.module, v.version, `h1:${Buffer.alloc(32, i).toString('base64')}`, `h1:${Buffer.alloc(32, 255 - (i % 255)).toString('base64')}`);
    await s.start();
    const v = parseVerifierKey(s.verifierKey);
    return { server: s, versions, client: () => new SumdbClient(s.url, v, new BoundedFetcher({ concurrency: 8, backoffMs: 5, timeoutMs: 2000 })) };
  }

  test('verifies, then reuses state with one request, then catches a fork', async () => {
    const { server: s, client, versions } = await setup(300);
    const c1 = client();
    const first = await auditModuleVersions(c1, versions);
    expect([...first.outcomes.values()].every(o => o.state === 'verified')).toBe(true);
    expect(first.tree!.tree.size).toBe(300);
    expect(c1.http.requests).toBe(300 + c1.tiles.fetched);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-tiles-'));
    await c1.tiles.save(dir, await first.nextNodes!());
    const c2 = client();
    await c2.tiles.load(dir);
    const second = await auditModuleVersions(c2, versions, { previous: first.nextState });
    expect(c2.http.requests).toBe(1);
    expect([...second.outcomes.values()].every(o => o.state === 'verified' && o.fromState)).toBe(true);
    s.add('example.com/new', 'v1.0.0', `h1:${Buffer.alloc(32, 7).toString('base64')}`, `h1:${Buffer.alloc(32, 8).toString('base64')}`);
    const grown = await auditModuleVersions(client(), [...versions, { module: 'example.com/new', version: 'v1.0.0' }], { previous: second.nextState });
    expect(grown.fork).toBeUndefined();
    expect(grown.tree!.tree.size).toBe(301);
    s.rewrite('example.com/m3', 'v1.0.0', `h1:${Buffer.alloc(32, 9).toString('base64')}`, `h1:${Buffer.alloc(32, 9).toString('base64')}`);
    const forked = await auditModuleVersions(client(), [{ module: 'example.com/m3', version: 'v1.0.0' }], { previous: grown.nextState });
    expect(forked.fork).toMatch(/same size and different hashes/);
    expect(forked.outcomes.get('example.com/m3@v1.0.0')!.state).toBe('rejected');
    expect(forked.nextState).toBeUndefined();
  });

  test('a saved tree head without records: every version is looked up, proven, and checked against that head', async () => {
    const { client, versions } = await setup(40);
    const first = await auditModuleVersions(client(), versions);
    const c = client();
    const second = await auditModuleVersions(c, versions, { previous: { ...first.nextState!, records: {} } });
    expect([...second.outcomes.values()].every(o => o.state === 'verified' && !o.fromState)).toBe(true);
    expect(c.http.requests).toBe(40 + c.tiles.fetched);
    expect(second.previous!.size).toBe(40);
    expect(second.fork).toBeUndefined();
    expect(Object.keys(second.nextState!.records)).toHaveLength(40);
  });

  test('a kept node that was altered on disk is replaced by fresh tiles, not reported as a failed proof', async () => {
    const { client, versions: all } = await setup(600);
    // Every third record of the first 256: the proofs need the others' hashes.
    const versions = all.filter((_, i) => i % 3 === 0 && i < 256);
    const c1 = client();
    const first = await auditModuleVersions(c1, versions);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-tiles-'));
    await c1.tiles.save(dir, await first.nextNodes!());
    const file = path.join(dir, NODE_FILE);
    const original = await fs.readFile(file);
    // Record 0's neighbour 1 (its first audit-path node), and the root of the second level-0 tile
    // (which holds no record: it is on the path of every record).
    const kept = decodeNodes(original);
    expect([kept.has('0/1'), kept.has('8/1')]).toEqual([true, true]);
    for (const key of ['0/1', '8/1']) {
      const altered = new Map(kept);
      const hash = Buffer.from(kept.get(key)!);
      hash[5] ^= 1;
      altered.set(key, hash);
      await fs.writeFile(file, encodeNodes(altered));
      const c2 = client();
      await c2.tiles.load(dir);
      const second = await auditModuleVersions(c2, versions, { previous: first.nextState });
      expect([key, [...second.outcomes.values()].every(o => o.state === 'verified'), c2.tiles.fetched > 0]).toEqual([key, true, true]);
      // What is saved next is right again: a third run proves everything from it without fetching.
      const again = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-tiles-'));
      await c2.tiles.save(again, await second.nextNodes!());
      const c3 = client();
      await c3.tiles.load(again);
      const third = await auditModuleVersions(c3, versions, { previous: second.nextState });
      expect([...third.outcomes.values()].every(o => o.state === 'verified')).toBe(true);
      expect(c3.tiles.fetched).toBe(0);
    }
  });

  test('the log grew since the kept tree head: its new edge is fetched as soon as the latest head is known, not after the lookups', async () => {
    const { server: s, client, versions } = await setup(330);
    const kept = versions.slice(0, 300);
    const c1 = client();
    const first = await auditModuleVersions(c1, kept);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-tiles-'));
    await c1.tiles.save(dir, await first.nextNodes!());
    // The log grows past the kept head's edge (into new tiles at levels 0 and 1).
    for (let i = 0; i < 700; i++)
      s.add(`example.com/late${i}`, 'v1.0.0', `h1:${Buffer.alloc(32, i % 7).toString('base64')}`, `h1:${Buffer.alloc(32, 9).toString('base64')}`);
    s.inject({ match: /lookup/, delayMs: 300 });
    const c2 = client();
    await c2.tiles.load(dir);
    const events: string[] = [];
    const get = c2.http.get.bind(c2.http);
    c2.http.get = (url: string, maxBytes: number) => {
      const kind = url.includes('/tile/') ? 'tile' : url.includes('/lookup/') ? 'lookup' : 'latest';
      events.push(`${kind} asked`);
      return get(url, maxBytes).then(body => (events.push(`${kind} answered`), body));
    };
    const second = await auditModuleVersions(c2, [...kept, ...versions.slice(300, 303)], { previous: first.nextState, latest: c2.latest() });
    expect([...second.outcomes.values()].every(o => o.state === 'verified')).toBe(true);
    expect(second.nextState?.size).toBe(1030);
    expect(events.indexOf('tile asked')).toBeGreaterThan(events.indexOf('latest answered'));
    expect(events.indexOf('tile asked')).toBeLessThan(events.indexOf('lookup answered'));
  });

  test('the kept nodes are one small file: written, read back, and what earlier versions kept removed', async () => {
    const { client, versions: all } = await setup(600);
    // Every third record: the proofs need the others' hashes.
    const versions = all.filter((_, i) => i % 3 === 0);
    const c1 = client();
    const first = await auditModuleVersions(c1, versions);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-tiles-'));
    await fs.mkdir(path.join(dir, 'tile/8/0'), { recursive: true });
    await fs.writeFile(path.join(dir, 'tile/8/0/000.tile'), Buffer.alloc(8192));
    // What is in the way is removed whatever it is (here a directory where tiles.bin was a file).
    await fs.mkdir(path.join(dir, 'tiles.bin'));
    await fs.writeFile(path.join(dir, 'tiles.bin', 'x'), Buffer.alloc(100));
    const saved = await c1.tiles.save(dir, await first.nextNodes!());
    // 200 records of a 600-record log: at most a node per level per record (10 levels) and the pieces of 600.
    expect(saved).toBeGreaterThan(1);
    expect(saved).toBeLessThanOrEqual(200 * 10 + 10);
    expect((await fs.readdir(dir)).sort()).toEqual([NODE_FILE]);
    expect((await fs.stat(path.join(dir, NODE_FILE))).size).toBe(26 + saved * 39);
    const c2 = client();
    expect(await c2.tiles.load(dir)).toBe(saved);
    await auditModuleVersions(c2, versions, { previous: first.nextState });
    expect(c2.tiles.fetched).toBe(0);
    expect(c2.tiles.keptRead).toBeGreaterThan(0);
  });

  test('a kept nodes file that is not the format is ignored whole; a link in its place is not followed', async () => {
    const good = encodeNodes(
      new Map([
        ['0/5', Buffer.alloc(32, 1)],
        [`8/${2 ** 40}`, Buffer.alloc(32, 2)]
      ])
    );
    expect([...decodeNodes(good)].map(([k, v]) => [k, v[0]])).toEqual([
      ['0/5', 1],
      [`8/${2 ** 40}`, 2]
    ]);
    const header = Buffer.from('go-ci-gates sumdb nodes 1\n');
    const entry = (level: number, index: number) => {
      const h = Buffer.alloc(39);
      h.writeUInt8(level, 0);
      h.writeUIntBE(index, 1, 6);
      return h;
    };
    const bad: [string, Buffer][] = [
      ['empty', Buffer.alloc(0)],
      ['kept tiles of an earlier version', Buffer.concat([Buffer.from('go-ci-gates sumdb tiles 2\n'), entry(0, 1)])],
      ['a cut entry', good.subarray(0, good.length - 1)],
      ['trailing bytes', Buffer.concat([good, Buffer.alloc(3)])],
      ['level 54', Buffer.concat([header, entry(54, 0)])],
      ['a subtree past 2^53 leaves', Buffer.concat([header, entry(40, 2 ** 13)])],
      ['one node twice', Buffer.concat([header, entry(3, 7), entry(3, 7)])]
    ];
    for (const [what, data] of bad) expect([what, decodeNodes(data).size]).toEqual([what, 0]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-tiles-'));
    const store = () => new SumdbClient('http://127.0.0.1:1', parseVerifierKey(SUM_GOLANG_ORG_KEY), new BoundedFetcher({ timeoutMs: 100 })).tiles;
    await fs.writeFile(path.join(dir, NODE_FILE), Buffer.concat([good, Buffer.alloc(3)]));
    expect(await store().load(dir)).toBe(0);
    const elsewhere = path.join(dir, 'elsewhere.bin');
    await fs.writeFile(elsewhere, good);
    await fs.rm(path.join(dir, NODE_FILE));
    await fs.symlink(elsewhere, path.join(dir, NODE_FILE));
    expect(await store().load(dir)).toBe(0);
    await fs.rm(path.join(dir, NODE_FILE));
    await fs.rename(elsewhere, path.join(dir, NODE_FILE));
    expect(await store().load(dir)).toBe(2);
  });

  test('retries 5xx, reports 404, rejects bad signatures and truncated tiles', async () => {
    const { server: s, client, versions } = await setup(3);
    s.inject({ match: /lookup\/example\.com\/m0@/, status: 503, times: 2 });
    s.inject({ match: /lookup\/example\.com\/m1@/, status: 404 });
    const c = client();
    const r = await auditModuleVersions(c, versions);
    expect(r.outcomes.get('example.com/m0@v1.0.0')!.state).toBe('verified');
    expect(c.http.retries).toBe(2);
    expect(r.outcomes.get('example.com/m1@v1.0.0')).toMatchObject({ state: 'not-found' });
    s.clearFaults();
    s.protocolFaults.badSignature = true;
    const bad = await auditModuleVersions(client(), versions);
    expect(bad.outcomes.get('example.com/m2@v1.0.0')).toMatchObject({ state: 'rejected', reason: expect.stringMatching(/invalid signature/) });
    s.protocolFaults.badSignature = false;
    s.protocolFaults.truncateTiles = true;
    // One record of three: its proof needs the others' hashes from a tile (all three together would not).
    const trunc = await auditModuleVersions(client(), [versions[2]]);
    expect(trunc.outcomes.get('example.com/m2@v1.0.0')).toMatchObject({ state: 'unreachable', reason: expect.stringMatching(/truncated/) });
  });
});

describe('checksum database answers are bounded in size and time', () => {
  let server: SumdbTestServer | undefined;
  afterEach(async () => server?.stop());

  async function start(): Promise<{ s: SumdbTestServer; client: (opts?: { attempts?: number; timeoutMs?: number }) => SumdbClient }> {
    const s = new SumdbTestServer();
    server = s;
    s.add('example.com/m0', 'v1.0.0', `h1:${Buffer.alloc(32, 1).toString('base64')}`, `h1:${Buffer.alloc(32, 2).toString('base64')}`);
    s.add('example.com/m1', 'v1.0.0', `h1:${Buffer.alloc(32, 3).toString('base64')}`, `h1:${Buffer.alloc(32, 4).toString('base64')}`);
    await s.start();
    const v = parseVerifierKey(s.verifierKey);
    return {
      s,
      client: (o = {}) => new SumdbClient(s.url, v, new BoundedFetcher({ backoffMs: 5, attempts: o.attempts ?? 4, timeoutMs: o.timeoutMs ?? 5000 }))
    };
  }

  test('an endless lookup answer fails at once (no retry), naming the URL, without reading it all', async () => {
    const { s, client } = await start();
    s.inject({ match: /lookup/, bodyBytes: 'endless' });
    const c = client();
    const before = process.memoryUsage().rss;
    await expect(c.lookup('example.com/m0', 'v1.0.0')).rejects.toThrow(
      `GET ${s.url}/lookup/example.com/m0@v1.0.0: answer too large (more than ${MAX_LOOKUP_BYTES} bytes`
    );
    expect(s.count(/lookup/)).toBe(1);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  }, 20_000);

  test('a route probe answered with an endless body gives its status at once, and a short one keeps its connection', async () => {
    const { s } = await start();
    const http = new BoundedFetcher({ timeoutMs: 5000 });
    s.inject({ match: /supported/, bodyBytes: 'endless', times: 1 });
    const started = performance.now();
    await expect(http.status(`${s.url}/supported`)).resolves.toEqual({ status: 200 });
    expect(performance.now() - started).toBeLessThan(2000);
    s.connections = 0;
    await expect(http.status(`${s.url}/supported`)).resolves.toEqual({ status: 404 });
    await http.get(`${s.url}/latest`);
    expect(s.connections).toBe(1);
    http.close();
  });

  test('a route probe follows a redirect, as go does: the status is that of the final answer', async () => {
    // A proxy that sends its /supported elsewhere (a CDN, another path): the probe must see where it leads.
    const server = createServer((req, res) => {
      if (req.url === '/proxy/sumdb/db.test/supported') res.writeHead(302, { location: '/cdn/supported' }).end();
      else if (req.url === '/cdn/supported') res.writeHead(200).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const http = new BoundedFetcher({ timeoutMs: 5000 });
    await expect(http.status(`${base}/proxy/sumdb/db.test/supported`)).resolves.toEqual({ status: 200 });
    await expect(http.status(`${base}/nothing`)).resolves.toEqual({ status: 404 });
    http.close();
    await new Promise<void>(r => server.close(() => r()));
  });

  test('a tile larger than 2^8 hashes is refused from its Content-Length; an oversized /latest from its body', async () => {
    const { s, client } = await start();
    expect(MAX_TILE_BYTES).toBe(256 * 32);
    s.inject({ match: /tile/, bodyBytes: 800 * 1024 * 1024, announceLength: true });
    const c = client();
    const r = await auditModuleVersions(c, [{ module: 'example.com/m0', version: 'v1.0.0' }]);
    expect(r.outcomes.get('example.com/m0@v1.0.0')).toMatchObject({
      state: 'unreachable',
      reason: expect.stringMatching(
        /GET http:\/\/127\.0\.0\.1:\d+\/tile\/8\/0\/000\.p\/2: answer too large \(announced 838860800 bytes; the limit for this request is 8192 bytes\)/
      )
    });
    s.clearFaults();
    s.inject({ match: /latest/, bodyBytes: MAX_NOTE_BYTES + 1 });
    await expect(client().latest()).rejects.toThrow(/\/latest: answer too large/);
  }, 20_000);

  test('request-timeout is a deadline: a server that drips a byte at a time is cut off at the timeout', async () => {
    const { s, client } = await start();
    s.inject({ match: /latest/, dripMs: 150 });
    const c = client({ attempts: 1, timeoutMs: 1000 });
    const started = Date.now();
    let guard: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      c.latest().then(
        () => 'answered',
        (err: Error) => err.message
      ),
      new Promise<string>(resolve => (guard = setTimeout(() => resolve('still waiting after 6 s'), 6000)))
    ]);
    clearTimeout(guard);
    c.http.close();
    expect(outcome).toMatch(`GET ${s.url}/latest: no complete answer within 1000 ms`);
    expect(Date.now() - started).toBeLessThan(1000 + 1500);
  });
});

/** Session options for the test database, quiet, one attempt per request. */
const sessionOptions = (s: SumdbTestServer, tempDir: string) => ({
  config: parseGosumdb(s.verifierKey)!,
  goproxy: s.url,
  concurrency: 4,
  attempts: 1,
  requestTimeoutMs: 5000,
  log: { info: () => undefined, debug: () => undefined, warning: () => undefined } as never,
  env: {},
  tempDir
});

describe('a session opened before the versions are known', () => {
  let server: SumdbTestServer | undefined;
  afterEach(async () => server?.stop());

  test('restores the kept state while it routes (the two round trips overlap), then audits', async () => {
    const s = new SumdbTestServer();
    server = s;
    s.add('example.com/m', 'v1.0.0', `h1:${Buffer.alloc(32, 1).toString('base64')}`, `h1:${Buffer.alloc(32, 2).toString('base64')}`);
    await s.start();
    // The /supported probe (routing through GOPROXY) takes 300 ms.
    s.inject({ match: /\/supported$/, delayMs: 300 });
    const started = performance.now();
    let restoreAt = -1;
    const store: StateCache = {
      description: 'a test cache',
      restore: async () => {
        restoreAt = performance.now() - started;
        return undefined;
      },
      save: async () => true
    };
    const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-open-'));
    const opened = openSumdbSession({ ...sessionOptions(s, tempDir), store });
    const session = await opened.audit([{ module: 'example.com/m', version: 'v1.0.0' }]);
    const elapsed = performance.now() - started;
    expect(session.route).toMatchObject({ via: 'proxy' });
    expect(session.audit!.outcomes.get('example.com/m@v1.0.0')).toMatchObject({ state: 'verified' });
    expect(elapsed).toBeGreaterThanOrEqual(300);
    expect(restoreAt).toBeGreaterThanOrEqual(0);
    expect(restoreAt).toBeLessThan(150); // not after the probe answered
    expect(session.state).toMatchObject({ store: 'a test cache', restored: false, saved: true });
    await fs.rm(tempDir, { recursive: true, force: true });
  });

  test('with prefetchLatest, asks for the latest tree head over the probe connection while the kept state is still restoring', async () => {
    const s = new SumdbTestServer();
    server = s;
    s.add('example.com/m', 'v1.0.0', `h1:${Buffer.alloc(32, 1).toString('base64')}`, `h1:${Buffer.alloc(32, 2).toString('base64')}`);
    await s.start();
    const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-prefetch-'));
    const options = sessionOptions(s, tempDir);
    // A first run keeps the record and its tiles in a directory, as a run before this one would.
    const kept = path.join(tempDir, 'kept');
    const first = await openSumdbSession({ ...options, stateDir: kept }).audit([{ module: 'example.com/m', version: 'v1.0.0' }]);
    expect(first.state.saved).toBe(true);
    s.requests.length = 0;
    s.connections = 0;
    // The kept state comes back from a store that answers only once the server has been asked for the
    // latest tree head (or after 2 s): a session that asks for it after restoring would wait out the 2 s.
    let latestBeforeRestore = false;
    const store: StateCache = {
      description: 'a slow test cache',
      restore: async (_key, _keys, dir) => {
        for (let waited = 0; waited < 2000 && !s.count(/\/latest$/); waited += 10) await new Promise(r => setTimeout(r, 10));
        latestBeforeRestore = s.count(/\/latest$/) > 0;
        await fs.cp(kept, dir, { recursive: true });
        return 'kept';
      },
      save: async () => true
    };
    const session = await openSumdbSession({ ...options, store, prefetchLatest: true }).audit([{ module: 'example.com/m', version: 'v1.0.0' }]);
    expect(latestBeforeRestore).toBe(true);
    expect(session.audit!.outcomes.get('example.com/m@v1.0.0')).toMatchObject({ state: 'verified', fromState: true });
    expect(session.state.restored).toBe(true);
    // Nothing was looked up again: the probe and the latest head were all, over one kept-alive connection.
    expect(s.requests.map(r => r.path.replace(/^.*\/sumdb\/[^/]+/, ''))).toEqual(['/supported', '/latest']);
    expect(s.connections).toBe(1);
    await fs.rm(tempDir, { recursive: true, force: true });
  });

  test('a session closed unused stops at once: the probe in flight is cut off, nothing more is asked, nothing is restored', async () => {
    const s = new SumdbTestServer();
    server = s;
    await s.start();
    // The probe would answer after 1 s; the session is closed after 100 ms.
    s.inject({ match: /\/supported$/, delayMs: 1000 });
    let restored = false;
    const store: StateCache = {
      description: 'a test cache',
      restore: async () => {
        restored = true;
        return undefined;
      },
      save: async () => true
    };
    const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-sumdb-close-'));
    const opened = openSumdbSession({ ...sessionOptions(s, tempDir), store, prefetchLatest: true });
    await new Promise(r => setTimeout(r, 100));
    const closedAt = performance.now();
    opened.close();
    // Past the probe's answer and any retry back-off: still one request, no /latest, no restore.
    await new Promise(r => setTimeout(r, 1500));
    expect(s.requests.map(r => r.path.replace(/^.*\/sumdb\/[^/]+/, ''))).toEqual(['/supported']);
    expect(restored).toBe(false);
    expect(await fs.readdir(tempDir)).toEqual([]);
    expect(performance.now() - closedAt).toBeLessThan(2500);
    await fs.rm(tempDir, { recursive: true, force: true });
  });

  test('an aborted fetcher fails a request in flight at once, without retrying it', async () => {
    const s = new SumdbTestServer();
    server = s;
    await s.start();
    s.inject({ match: /\/latest$/, delayMs: 2000 });
    const http = new BoundedFetcher({ attempts: 3, backoffMs: 10, timeoutMs: 5000 });
    const started = performance.now();
    const asked = http.get(`${s.url}/latest`);
    await new Promise(r => setTimeout(r, 100));
    http.abort();
    await expect(asked).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(s.count(/\/latest$/)).toBe(1);
    expect(http.retries).toBe(0);
    await expect(http.get(`${s.url}/latest`)).rejects.toThrow(/the session was closed/);
  });

  test('an aborted fetcher does not send a retry it was waiting to send', async () => {
    const s = new SumdbTestServer();
    server = s;
    await s.start();
    s.inject({ match: /\/latest$/, status: 503 });
    const http = new BoundedFetcher({ attempts: 3, backoffMs: 600, timeoutMs: 5000 });
    const asked = http.get(`${s.url}/latest`);
    // The 503 comes back at once; the retry waits 300-600 ms. Aborted meanwhile, it is never sent.
    for (let waited = 0; waited < 1000 && !s.count(/\/latest$/); waited += 10) await new Promise(r => setTimeout(r, 10));
    http.abort();
    await expect(asked).rejects.toThrow();
    await new Promise(r => setTimeout(r, 700));
    expect(s.count(/\/latest$/)).toBe(1);
  });
});
