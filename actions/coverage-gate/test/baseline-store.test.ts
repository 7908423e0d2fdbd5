// Baseline cache keys: a run restores the newest entry whose key starts with
// its prefix, so no branch's or module's prefix may start another's keys.
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DirectoryStateCache, MemoryLogger } from '@go-ci-gates/core';
import { BASELINE_SCHEMA, serializeBaseline, type CoverageBaseline } from '../src/coverage/index.js';
import { CacheBaselineStore } from '../src/baseline-store.js';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);

function baseline(commit: string, covered: number): CoverageBaseline {
  return {
    schema: BASELINE_SCHEMA,
    commit,
    goVersion: 'go1.26.0',
    mode: 'atomic',
    denominator: 'statements',
    total: { covered, total: 100 },
    files: { 'x.go': [covered, 100] }
  };
}

function setup() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'baseline-store-'));
  const log = new MemoryLogger();
  const cache = new DirectoryStateCache(path.join(root, 'cache'), log);
  let n = 0;
  const store = (branch: string, sha: string, scope = '') => new CacheBaselineStore(cache, branch, sha, path.join(root, `work-${n++}`), log, scope);
  /** An entry as an older release wrote it: the raw key, one coverage-baseline.json. */
  const saveRaw = async (key: string, b: CoverageBaseline) => {
    const dir = path.join(root, `raw-${n++}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'coverage-baseline.json'), serializeBaseline(b));
    expect(await cache.save(key, dir)).toBe(true);
  };
  return { store, saveRaw };
}

describe('coverage baselines in the Actions cache', () => {
  test("branch main never restores the baseline of branch main-x (its key is not under main's prefix)", async () => {
    const { store } = setup();
    await store('main', SHA_A).save(baseline(SHA_A, 80));
    await store('main-x', SHA_B).save(baseline(SHA_B, 10));
    const load = await store('main', 'c'.repeat(40)).load();
    expect(load.baseline?.total.covered).toBe(80);
    // and with main-x's the newest entry and none of main's, main has none.
    const fresh = setup();
    await fresh.store('main-x', SHA_B).save(baseline(SHA_B, 10));
    expect((await fresh.store('main', SHA_A).load()).baseline).toBeUndefined();
  });

  test("a branch named like a module scope never restores that module's baseline, and the other way round", async () => {
    const { store } = setup();
    await store('main', SHA_A, 'services.api').save(baseline(SHA_A, 70));
    expect((await store('m.services.api', SHA_B).load()).baseline).toBeUndefined();
    expect((await store('m/services/api', SHA_B).load()).baseline).toBeUndefined();
    const other = setup();
    await other.store('m.services.api-main', SHA_A).save(baseline(SHA_A, 5));
    expect((await other.store('main', SHA_B, 'services.api').load()).baseline).toBeUndefined();
  });

  test("module scopes keep their own baselines: services/api never gets services/api-gateway's", async () => {
    const { store } = setup();
    await store('main', SHA_A, 'services.api_2dgateway').save(baseline(SHA_A, 30));
    expect((await store('main', SHA_B, 'services.api').load()).baseline).toBeUndefined();
    await store('main', SHA_A, 'services.api').save(baseline(SHA_A, 60));
    expect((await store('main', SHA_B, 'services.api').load()).baseline?.total.covered).toBe(60);
    expect((await store('main', SHA_B, 'services.api_2dgateway').load()).baseline?.total.covered).toBe(30);
  });

  test('a single-module baseline saved by an earlier release keeps working: same key on main, found by its old key on other branches', async () => {
    const { store, saveRaw } = setup();
    // main (and any branch of a-z and 0-9 only): the key is byte for byte the one earlier releases wrote.
    await saveRaw(`go-ci-gates-coverage-baseline-v1-main-${SHA_A}`, baseline(SHA_A, 42));
    expect((await store('main', SHA_B).load()).baseline?.total.covered).toBe(42);
    // release/1.x: written under the raw branch name, still found under it...
    await saveRaw(`go-ci-gates-coverage-baseline-v1-release/1.x-${SHA_A}`, baseline(SHA_A, 55));
    expect((await store('release/1.x', SHA_B).load()).baseline?.total.covered).toBe(55);
    // ...but only an entry of exactly that branch: release/1.x-old's is not release/1.x's.
    const other = setup();
    await other.saveRaw(`go-ci-gates-coverage-baseline-v1-release/1.x-old-${SHA_A}`, baseline(SHA_A, 1));
    const load = await other.store('release/1.x', SHA_B).load();
    expect(load.baseline).toBeUndefined();
  });

  test('new entries are saved under the encoded branch: unchanged for main, escaped otherwise', async () => {
    const { store } = setup();
    expect(await store('main', SHA_A).save(baseline(SHA_A, 1))).toMatch(new RegExp(` as go-ci-gates-coverage-baseline-v1-main-${SHA_A}\\.$`));
    expect(await store('release/1.x', SHA_A).save(baseline(SHA_A, 1))).toMatch(new RegExp(` as go-ci-gates-coverage-baseline-v1-release_2f1_2ex-${SHA_A}\\.$`));
    expect(await store('Main', SHA_A, 'services.api').save(baseline(SHA_A, 1))).toMatch(
      new RegExp(` as go-ci-gates-coverage-baseline-v1-m\\.services\\.api-_4dain-${SHA_A}\\.$`)
    );
  });
});
