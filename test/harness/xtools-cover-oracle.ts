/**
 * The oracle of the coverprofile differential fuzzer: a small Go program
 * (test/fixtures/coverage-gate/xtools-oracle) that parses each profile with
 * golang.org/x/tools/cover at a pinned version, fetched from the Go module
 * proxy into a temporary module cache and checked against the committed go.sum.
 */
import { spawn, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIXTURES } from './go-sandbox.js';

/** x/tools' verdict on one profile. Totals are decimal strings: x/tools' ints reach 2^63. */
export interface OracleAnswer {
  ok: boolean;
  err?: string;
  mode?: string;
  files?: { name: string; covered: string; total: string }[];
  covered?: string;
  total?: string;
}

export interface XtoolsOracle {
  /** Judges the profiles in one process run, answers in order. */
  judge(profiles: Buffer[]): Promise<OracleAnswer[]>;
  cleanup(): Promise<void>;
}

/** The proxy the oracle's module comes from (the only network the tests use besides npm). */
const PROXY = process.env.GO_CI_GATES_ORACLE_GOPROXY ?? 'https://proxy.golang.org';

/**
 * Builds the oracle, or returns why it cannot be built (the proxy is
 * unreachable, no go on PATH): the caller skips with that one message.
 */
export async function buildXtoolsOracle(): Promise<XtoolsOracle | { unavailable: string }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gcg-xtools-oracle-'));
  const src = path.join(root, 'src');
  await fs.cp(path.join(FIXTURES, 'coverage-gate', 'xtools-oracle'), src, { recursive: true });
  const env = {
    ...process.env,
    GOMODCACHE: path.join(root, 'modcache'),
    GOPATH: path.join(root, 'gopath'),
    // The user's build cache: a fresh one would compile the standard library
    // (a minute on a loaded machine); build results are keyed by content.
    GOCACHE: spawnSync('go', ['env', 'GOCACHE'], { encoding: 'utf8' }).stdout?.trim() || path.join(root, 'gocache'),
    GOPROXY: PROXY,
    // The committed go.sum pins the module's hash; the checksum database is not asked.
    GOSUMDB: 'off',
    GOFLAGS: '-mod=readonly -modcacherw',
    GOTOOLCHAIN: 'local',
    GOENV: 'off',
    GOWORK: 'off',
    CGO_ENABLED: '0'
  };
  const exe = path.join(root, 'xtoolsoracle');
  const r = spawnSync('go', ['build', '-o', exe, '.'], { cwd: src, env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    await fs.rm(root, { recursive: true, force: true });
    const why = r.error ? r.error.message : (r.stderr || '').trim().split('\n').slice(-2).join(' ');
    return { unavailable: `cannot build the golang.org/x/tools/cover oracle from ${PROXY} (${why})` };
  }
  return {
    judge: profiles => judgeWith(exe, profiles),
    cleanup: () => fs.rm(root, { recursive: true, force: true })
  };
}

function judgeWith(exe: string, profiles: Buffer[]): Promise<OracleAnswer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', code => {
      if (code !== 0) return reject(new Error(`xtoolsoracle exited ${code}: ${Buffer.concat(err).toString()}`));
      const lines = Buffer.concat(out).toString('utf8').split('\n').filter(Boolean);
      if (lines.length !== profiles.length) return reject(new Error(`xtoolsoracle answered ${lines.length} of ${profiles.length} cases`));
      resolve(lines.map(l => JSON.parse(l) as OracleAnswer));
    });
    for (const p of profiles) {
      child.stdin.write(`${p.length}\n`);
      child.stdin.write(p);
    }
    child.stdin.end();
  });
}
