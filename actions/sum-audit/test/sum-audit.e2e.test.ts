import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { htmlTags, renderGfm, visibleText } from '../../../test/harness/markdown-render.js';
import { writeOlderGo } from '../../../test/harness/go-command.js';
import { createGoSandbox, fixtureProxyModules, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction, type ActionRun } from '../../../test/harness/run-action.js';
import { ActionsCacheServer } from '../../../test/servers/actions-cache.js';
import { proxyModuleHashes, SumdbTestServer } from '../../../test/servers/sumdb.js';

let sandbox: GoSandbox;
let h: Record<'v100' | 'v110', { zip: string; mod: string }>;
const servers: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  sandbox = await createGoSandbox();
  // Profiles, reports and state outside the checkout live where a job keeps them: RUNNER_TEMP (path inputs stay in the workspace or there).
  sandbox.env.RUNNER_TEMP = sandbox.root;
  const mods = await fixtureProxyModules();
  const get = (v: string) => proxyModuleHashes(mods.find(m => m.path === 'example.com/greet' && m.version === v)!);
  h = { v100: get('v1.0.0'), v110: get('v1.1.0') };
});
afterAll(() => sandbox.cleanup());
afterEach(async () => {
  await Promise.all(servers.splice(0).map(s => s.stop()));
});

async function database(opts: { wrongZip?: boolean } = {}): Promise<SumdbTestServer> {
  const s = new SumdbTestServer();
  s.add('example.com/greet', 'v1.0.0', h.v100.zip, h.v100.mod);
  s.add('example.com/greet', 'v1.1.0', opts.wrongZip ? `h1:${Buffer.alloc(32, 1).toString('base64')}` : h.v110.zip, h.v110.mod);
  await s.start();
  servers.push(s);
  return s;
}

async function workspace(goSum?: string): Promise<string> {
  const ws = await sandbox.workspace('sum-audit/clean');
  if (goSum !== undefined) await fs.writeFile(path.join(ws, 'go.sum'), goSum);
  return ws;
}

async function audit(ws: string, env: Record<string, string | undefined>, inputs: Record<string, string> = {}, node?: string): Promise<ActionRun> {
  const unchanged = await guardCheckout(ws);
  const run = await runAction({ gate: 'sum-audit', workspace: ws, env: { ...sandbox.env, ...env }, inputs: { 'request-timeout': '2', ...inputs }, node });
  await unchanged();
  return run;
}

const errors = (run: ActionRun) => run.annotations.filter(a => a.kind === 'error');
// Findings only (a run outside Actions also warns that the cache service is absent).
const warnings = (run: ActionRun) => run.annotations.filter(a => a.kind === 'warning' && a.props.title);
const rules = (run: ActionRun) => run.report.findings.map((f: { rule: string; line?: number }) => `${f.rule}@${f.line ?? '-'}`).sort();

describe.each(nodeBinaries())('sum-audit bundle under $name', ({ bin }) => {
  test('a clean go.sum is verified line by line against the database', async () => {
    const db = await database();
    const stateDir = path.join(sandbox.root, `state-clean-${path.basename(bin)}-${Date.now()}`);
    const run = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir }, bin);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'verified-count': '2', 'unverified-count': '0', 'mismatch-count': '0', 'tree-size': '2' });
    expect(run.outputs['tree-hash']).toBe(db.treeHash().toString('base64'));
    expect(run.summary).toContain('## ✅ sum-audit');
    expect(run.summary).toContain(`Verified against signed tree head: size 2, hash ${db.treeHash().toString('base64')}`);
    expect(run.summary).toMatch(/\| ✅ verified against the checksum database \| 2 \|/);
    expect(db.count(/^GET \/lookup\//)).toBe(1);
    expect(run.report.data.sumdb.lines.every((l: { state: string }) => l.state === 'verified')).toBe(true);
  });

  test('a go.sum line that differs from the database fails at its line with both hashes', async () => {
    const db = await database({ wrongZip: true });
    const run = await audit(await workspace(), { GOSUMDB: db.gosumdb }, {}, bin);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'mismatch-count': '1', 'verified-count': '1' });
    const [e] = errors(run);
    expect(e.props).toMatchObject({ file: 'go.sum', line: '1', title: 'go.sum disagrees with the checksum database' });
    expect(e.message).toContain(h.v110.zip);
    expect(e.message).toContain(Buffer.alloc(32, 1).toString('base64'));
    expect(run.summary).toMatch(/\| ❌ checksum mismatch \| 1 \|/);
  });
});

describe('go.sum file checks', () => {
  test('malformed lines, conflict markers, conflicting hashes and a missing final newline', async () => {
    const db = await database();
    const sum = [
      `example.com/greet v1.1.0 ${h.v110.zip}`,
      '<<<<<<< HEAD',
      `example.com/greet v1.1.0/go.mod ${h.v110.mod}`,
      '=======',
      `example.com/greet v1.1.0/go.mod h1:${Buffer.alloc(32, 2).toString('base64')}`,
      '>>>>>>> feature',
      'example.com/greet v1.2 h1:AAAA',
      'example.com/greet v1.3.0 h1:notbase64!',
      'example.com/greet v1.3.0'
    ].join('\n');
    const run = await audit(await workspace(sum), { GOSUMDB: db.gosumdb });
    expect(run.exitCode).toBe(1);
    expect(rules(run)).toEqual(
      expect.arrayContaining([
        'merge-conflict@2',
        'merge-conflict@4',
        'merge-conflict@6',
        'conflicting-hash@5',
        'malformed-line@7',
        'malformed-line@8',
        'malformed-line@9',
        'missing-final-newline@9'
      ])
    );
    // go mod tidy skips malformed lines (so it can repair them): the well-formed rest is still checked.
    expect(rules(run)).not.toContain('tidy-failed@-');
    expect(run.outputs['malformed-count']).toBe('6');
    // The conflicting /go.mod line is also checked against the database: one of the two is wrong.
    expect(run.report.findings.find((f: { rule: string }) => f.rule === 'checksum-mismatch')).toMatchObject({ line: 5 });
  });

  test('a go.sum line written as Markdown shows as text in the summary: no link, image or emphasis', async () => {
    const db = await database();
    const line = '[Click to approve](https://evil.example/phish) ![pixel](https://evil.example/p.png) **bold** _em_ <b>tag</b> mail@evil.example';
    const run = await audit(await workspace(`example.com/greet v1.1.0 ${h.v110.zip}\n${line}\nexample.com/greet v1.1.0/go.mod ${h.v110.mod}\n`), {
      GOSUMDB: db.gosumdb
    });
    expect(rules(run)).toContain('malformed-line@2');
    const html = renderGfm(run.summary);
    expect(visibleText(html)).toContain(line);
    expect(html).not.toMatch(/<(a|img|b)\b/);
    // The only emphasis is the gate's own verdict line.
    expect(htmlTags(html).filter(t => /^<(strong|em)>$/.test(t))).toEqual(['<strong>']);
    expect(html).not.toMatch(/<strong>bold|<em>em/);
  });

  test('stale, missing, duplicate and out-of-order lines by go mod tidy -diff', async () => {
    const db = await database();
    const sum = [
      `example.com/greet v1.1.0 ${h.v110.zip}`,
      `example.com/greet v1.0.0 ${h.v100.zip}`,
      `example.com/greet v1.0.0/go.mod ${h.v100.mod}`,
      `example.com/greet v1.0.0/go.mod ${h.v100.mod}`,
      ''
    ].join('\n');
    const run = await audit(await workspace(sum), { GOSUMDB: db.gosumdb });
    expect(run.exitCode).toBe(1);
    // Line 4 repeats stale line 3: it is a duplicate, reported once as such and not again as stale.
    expect(rules(run)).toEqual(['duplicate-line@4', 'missing-go-mod-hash@1', 'missing-line@4', 'non-canonical-order@2', 'stale-line@2', 'stale-line@3'].sort());
    expect(run.outputs).toMatchObject({ 'stale-count': '2', 'missing-count': '1', 'verified-count': '4' });
    expect(errors(run)[0].message).toContain(`example.com/greet v1.1.0/go.mod ${h.v110.mod} is missing`);
  });

  test('with Go older than 1.23 (no tidy -diff), a tidied copy of the module gives the same stale and missing lines', async () => {
    const db = await database();
    const old = await writeOlderGo(sandbox.root, '1.22.12');
    const sum = [
      `example.com/greet v1.1.0 ${h.v110.zip}`,
      `example.com/greet v1.0.0 ${h.v100.zip}`,
      `example.com/greet v1.0.0/go.mod ${h.v100.mod}`,
      `example.com/greet v1.0.0/go.mod ${h.v100.mod}`,
      ''
    ].join('\n');
    const ws = await workspace(sum);
    const before = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
    // `go mod tidy` (unlike -diff) checks the go.mod hashes it adds with the database, and go keeps what a
    // database said by its name (GOPATH/pkg/sumdb, GOMODCACHE/cache/download/sumdb): each test's database
    // has its own key, so this run gets its own GOPATH and module cache.
    const fresh = { GOPATH: path.join(sandbox.root, 'gopath-older-go'), GOMODCACHE: path.join(sandbox.root, 'modcache-older-go') };
    const run = await audit(ws, { GOSUMDB: db.gosumdb, ...fresh }, { 'go-binary': old });
    expect(run.exitCode).toBe(1);
    // The same findings as with tidy -diff (the test above), and the checkout's go.sum untouched.
    expect(rules(run)).toEqual(['duplicate-line@4', 'missing-go-mod-hash@1', 'missing-line@4', 'non-canonical-order@2', 'stale-line@2', 'stale-line@3'].sort());
    expect(run.outputs).toMatchObject({ 'stale-count': '2', 'missing-count': '1', 'verified-count': '4' });
    expect(await fs.readFile(path.join(ws, 'go.sum'), 'utf8')).toBe(before);
  });

  test('a needed line written twice is one duplicate-line finding, not a stale line', async () => {
    const db = await database();
    const sum = [
      `example.com/greet v1.1.0 ${h.v110.zip}`,
      `example.com/greet v1.1.0/go.mod ${h.v110.mod}`,
      `example.com/greet v1.1.0/go.mod ${h.v110.mod}`,
      ''
    ].join('\n');
    const run = await audit(await workspace(sum), { GOSUMDB: db.gosumdb });
    expect(rules(run)).toEqual(['duplicate-line@3']);
    expect(run.outputs).toMatchObject({ 'stale-count': '0', 'missing-count': '0' });
  });
});

test('a module go cannot load is a load error, not stale or missing lines', async () => {
  const db = await database();
  const ws = await workspace();
  await fs.writeFile(path.join(ws, 'go.mod'), 'module example.com/sumaudit\n\ngo 1.21\n\nrequire example.com/greet v1.9.9\n');
  const run = await audit(ws, { GOSUMDB: db.gosumdb });
  const f = run.report.findings.find((x: { rule: string }) => x.rule === 'tidy-failed');
  expect(f).toMatchObject({ severity: 'warning', file: 'go.sum' });
  expect(f.message).toMatch(/load or network error.*greet@v1\.9\.9: reading/);
  expect(run.outputs).toMatchObject({ 'stale-count': '0', 'missing-count': '0', 'verified-count': '2' });
  expect(run.summary).toContain('| <code>go.sum</code> | 2 | 0 | load error | load error |');
});

test('a go.work: every module go.sum and go.work.sum are checked', async () => {
  const db = await database({ wrongZip: true });
  const ws = await sandbox.emptyWorkspace();
  await fs.cp(await workspace(), path.join(ws, 'a'), { recursive: true });
  await fs.writeFile(path.join(ws, 'go.work'), 'go 1.21\n\nuse ./a\n');
  await fs.writeFile(path.join(ws, 'go.work.sum'), `example.com/greet v1.0.0 ${h.v100.zip}\nexample.com/greet v1.0.0/go.mod ${h.v100.mod}\n`);
  const run = await audit(ws, { GOSUMDB: db.gosumdb, GOWORK: undefined });
  expect(run.report.data.sumdb.lines.map((l: { file: string; line: number; state: string }) => `${l.file}:${l.line} ${l.state}`).sort()).toEqual([
    'a/go.sum:1 mismatch',
    'a/go.sum:2 verified',
    'go.work.sum:1 verified',
    'go.work.sum:2 verified'
  ]);
  expect(errors(run)[0].props).toMatchObject({ file: 'a/go.sum', line: '1' });
});

describe('checksum database faults', () => {
  test('404: unverified, a warning by default and an error with unverifiable: error', async () => {
    const db = await database();
    db.inject({ match: /lookup/, status: 404, body: 'not found' });
    const warn = await audit(await workspace(), { GOSUMDB: db.gosumdb });
    expect(warn.exitCode).toBe(0);
    expect(warn.outputs).toMatchObject({ 'unverified-count': '2', 'verified-count': '0' });
    expect(warnings(warn)[0].message).toMatch(/go\.sum: 2 lines could not be verified: not in the checksum database/);
    expect(warn.summary).toContain('Unverified lines (2)');
    const strict = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { unverifiable: 'error' });
    expect(strict.exitCode).toBe(1);
    expect(errors(strict)[0].props).toMatchObject({ file: 'go.sum', line: '1' });
  });

  test('5xx and slow answers are retried with backoff; a database that stays down is unverified', async () => {
    const db = await database();
    db.inject({ match: /lookup/, status: 503, times: 2 });
    db.inject({ match: /tile/, delayMs: 3000, times: 1 });
    const ok = await audit(await workspace(), { GOSUMDB: db.gosumdb });
    expect(ok.exitCode).toBe(0);
    expect(ok.outputs['verified-count']).toBe('2');
    expect(ok.report.data.sumdb.retries).toBe(3);
    expect(ok.stdout).toMatch(/Retrying \(attempt 2\) http:\/\/127\.0\.0\.1:\d+\/lookup\/example\.com\/greet@v1\.1\.0: GET .*HTTP 503/);
    db.clearFaults();
    db.inject({ match: /lookup/, status: 502 });
    const down = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { attempts: '2' });
    expect(down.exitCode).toBe(0);
    expect(warnings(down)[0].message).toMatch(/unreachable.*HTTP 502.*after 2 attempts/);
  });

  test('an endless answer is refused naming its URL; a database that drips bytes is cut off at request-timeout', async () => {
    const db = await database();
    db.inject({ match: /lookup/, bodyBytes: 'endless' });
    const huge = await audit(await workspace(), { GOSUMDB: db.gosumdb });
    expect(huge.exitCode).toBe(0);
    expect(db.count(/lookup/)).toBe(1); // one module version, and a too-large answer is not retried
    expect(warnings(huge)[0].message).toMatch(
      /unreachable .*GET http:\/\/127\.0\.0\.1:\d+\/lookup\/example\.com\/greet@v1\.\d\.0: answer too large \(more than 65536 bytes/
    );
    db.clearFaults();
    db.inject({ match: /lookup/, dripMs: 500 });
    const drip = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { attempts: '1' });
    expect(drip.exitCode).toBe(0);
    expect(warnings(drip)[0].message).toMatch(/unreachable .*lookup\/example\.com\/greet@v1\.\d\.0: no complete answer within 2000 ms/);
  });

  test('a bad signature is a security error, not a pass', async () => {
    const db = await database();
    db.protocolFaults.badSignature = true;
    const run = await audit(await workspace(), { GOSUMDB: db.gosumdb });
    expect(run.exitCode).toBe(1);
    expect(errors(run)[0].props.title).toBe('SECURITY: checksum database answer failed verification');
    expect(errors(run)[0].message).toMatch(/invalid signature by sumdb\.gcg\.test/);
  });

  test('a truncated tile leaves the lines unverified with the reason', async () => {
    const db = await database();
    db.protocolFaults.truncateTiles = true;
    const run = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { unverifiable: 'error' });
    expect(run.exitCode).toBe(1);
    expect(errors(run)[0].message).toMatch(/tile\/8\/0\/000\.p\/2 is truncated: expected 64 bytes, got 48/);
  });

  test('state between runs: the warm run needs one request, a forked log is a security error', async () => {
    const db = await database();
    const stateDir = path.join(sandbox.root, `state-fork-${Date.now()}`);
    const cold = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir });
    expect(cold.exitCode).toBe(0);
    const before = db.requests.length;
    const warm = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir });
    expect(warm.exitCode).toBe(0);
    expect(warm.outputs['verified-count']).toBe('2');
    expect(db.requests.slice(before).map(r => r.path)).toEqual(['/latest']);
    expect(warm.summary).toContain('Tree head from an earlier run: size 2 — proven consistent');
    // The database rewrites history: greet v1.0.0 (record 0) now has another hash.
    db.rewrite('example.com/greet', 'v1.0.0', `h1:${Buffer.alloc(32, 3).toString('base64')}`, h.v100.mod);
    const forked = await audit(await workspace(), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir });
    expect(forked.exitCode).toBe(1);
    const fork = errors(forked).find(e => e.props.title === 'SECURITY: checksum database log forked')!;
    expect(fork.message).toMatch(/SECURITY ERROR.*same size and different hashes/);
    expect(forked.outputs['verified-count']).toBe('0');
  });

  test('a warm run still catches a line changed since the cold run, and a tampered saved record is not trusted', async () => {
    const db = await database();
    const stateDir = path.join(sandbox.root, `state-tamper-${Date.now()}`);
    expect((await audit(await workspace(), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir })).exitCode).toBe(0);
    const forgedZip = `h1:${Buffer.alloc(32, 9).toString('base64')}`;
    const ws = await workspace();
    const goSum = await fs.readFile(path.join(ws, 'go.sum'), 'utf8');
    expect(goSum).toContain(`example.com/greet v1.1.0 ${h.v110.zip}`);
    const forgedSum = goSum.replace(`example.com/greet v1.1.0 ${h.v110.zip}`, `example.com/greet v1.1.0 ${forgedZip}`);

    const before = db.requests.length;
    const changed = await audit(await workspace(forgedSum), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir });
    expect(db.requests.slice(before).map(r => r.path)).toEqual(['/latest']);
    expect(changed.exitCode).toBe(1);
    expect(changed.outputs['mismatch-count']).toBe('1');
    expect(changed.outputs['verified-count']).toBe('1');
    expect(errors(changed).find(e => e.props.title === 'go.sum disagrees with the checksum database')!.message).toContain(`says ${h.v110.zip}`);

    // Whoever can write the saved state rewrites the kept record to agree with the forged line:
    // only the tree head is signed, and the record no longer proves included in it.
    const stateFile = path.join(stateDir, 'sumdb.gcg.test', 'state.json');
    const state = JSON.parse(await fs.readFile(stateFile, 'utf8'));
    const kept = state.records['example.com/greet@v1.1.0'];
    kept.data = kept.data.replace(h.v110.zip, forgedZip);
    await fs.writeFile(stateFile, JSON.stringify(state));
    const tampered = await audit(await workspace(forgedSum), { GOSUMDB: db.gosumdb }, { 'state-dir': stateDir });
    expect(tampered.exitCode).toBe(1);
    expect(tampered.outputs['verified-count']).toBe('0');
    expect(tampered.outputs['mismatch-count']).toBe('0');
    expect(errors(tampered).map(e => e.props.title)).toContain('SECURITY: checksum database answer failed verification');
    expect(errors(tampered).find(e => e.props.title === 'SECURITY: checksum database answer failed verification')!.message).toMatch(
      /example\.com\/greet@v1\.1\.0.*does not lead to the signed tree hash/
    );
  });

  test('the tree head is kept in the Actions cache', async () => {
    const db = await database();
    const cache = new ActionsCacheServer();
    await cache.start();
    servers.push(cache);
    const env = { GOSUMDB: db.gosumdb, ACTIONS_RESULTS_URL: `${cache.url}/`, ACTIONS_RUNTIME_TOKEN: cache.token };
    const cold = await audit(await workspace(), env);
    expect(cold.summary).toMatch(/state: the GitHub Actions cache, saved/);
    const before = db.requests.length;
    const warm = await audit(await workspace(), { ...env, GITHUB_RUN_ID: '2' });
    expect(warm.outputs['verified-count']).toBe('2');
    expect(db.requests.length - before).toBe(1);
    expect(warm.summary).toMatch(/state: the GitHub Actions cache, restored/);
  });
});

describe('routing and exclusions', () => {
  test('GONOSUMDB and GOSUMDB=off leave lines unverified with the reason', async () => {
    const db = await database();
    const priv = await audit(await workspace(), { GOSUMDB: db.gosumdb, GONOSUMDB: 'example.com/*' });
    expect(priv.outputs['unverified-count']).toBe('2');
    expect(warnings(priv)[0].message).toContain('matched by GONOSUMDB/GOPRIVATE');
    expect(db.requests).toHaveLength(0);
    const off = await audit(await workspace(), { GOSUMDB: 'off' });
    expect(warnings(off)[0].message).toContain('GOSUMDB=off');
  });

  test('without a URL, the database is reached through a GOPROXY that supports it', async () => {
    const db = await database();
    const run = await audit(await workspace(), { GOSUMDB: db.verifierKey, GOPROXY: `${db.url},direct` }, { tidy: 'false' });
    expect(run.outputs['verified-count']).toBe('2');
    expect(db.count(/^GET \/sumdb\/sumdb\.gcg\.test\/supported$/)).toBe(1);
    expect(db.count(/^GET \/sumdb\/sumdb\.gcg\.test\/lookup\//)).toBe(1);
    expect(run.summary).toContain(`at ${db.url.replace('://', '\\://')}/sumdb/sumdb.gcg.test (proxy)`);
  });
});

describe('bad inputs give one clear error line and change nothing', () => {
  test.each([
    ['malformed gosumdb input', { gosumdb: 'a b c' }, {}, /Input 'gosumdb' has an invalid value "a b c": invalid GOSUMDB "a b c": too many fields/],
    ['unparseable key', { gosumdb: 'db.example+12345678+AAAA' }, {}, /Input 'gosumdb' has an invalid value .*hash 12345678 does not match the key/],
    ['unknown database name', {}, { GOSUMDB: 'db.example.com' }, /The go command's GOSUMDB is not usable: .*not a known checksum database/],
    ['bad policy', { unverifiable: 'ignore' }, {}, /Input 'unverifiable' has an invalid value "ignore": expected one of: warn, error/],
    ['bad concurrency', { concurrency: '0' }, {}, /Input 'concurrency' has an invalid value "0"/]
  ])('%s', async (_name, inputs, env, expected) => {
    const run = await audit(await workspace(), { GOSUMDB: 'off', ...env }, inputs as Record<string, string>);
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations.find(a => a.kind === 'error')!.message).toMatch(expected);
    expect(run.outputs.result).toBe('error');
  });
});
