import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../harness/go-sandbox.js';
import { releasedGo, releasedGoBuildCache } from '../harness/go-toolchain.js';

// The gates on real released toolchains, older and newer than the one on the machine: Go 1.22
// (before `go mod tidy -diff`, `go.work` godebug and ignore directives) and the newest release.
// The demo runs every gate on modules with one deliberate problem per gate; each toolchain must
// give the same verdicts, the same findings at the same lines, and the same SBOM components as the
// machine's own go. The toolchains are downloaded from the module proxy once and kept in
// the machine's module cache, and what they compile goes to the machine's build cache
// (test/harness/go-toolchain.ts); the machine's go keeps the suite's shared one.

interface Report {
  result: string;
  findings: { rule: string; file?: string; line?: number; severity: string }[];
}

const demoRuns = new Map<string, { code: number | null; out: string; reports: Map<string, Report>; sbom: string[] }>();

/** The CLI's demo under `goBin` (the machine's go when undefined), without blocking: the demos run at once. */
async function runDemo(goBin: string | undefined, label: string): Promise<void> {
  const out = path.join(os.tmpdir(), `gcg-toolchain-demo-${process.pid}-${label}`);
  const env: Record<string, string | undefined> = { ...process.env, GOROOT: undefined, GOTOOLCHAIN: 'local' };
  if (goBin) {
    env.PATH = `${path.dirname(goBin)}${path.delimiter}${process.env.PATH}`;
    env.GO_CI_GATES_DEMO_GOCACHE = releasedGoBuildCache();
  }
  const r = await new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'demo', '--out', out], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', c => (stdout += c));
    child.stderr.on('data', c => (stderr += c));
    child.on('error', reject);
    child.on('close', status => resolve({ status, output: stdout + stderr }));
  });
  const reports = new Map<string, Report>();
  for (const gate of ['coverage-gate', 'license-policy', 'mod-review', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency']) {
    reports.set(gate, JSON.parse(readFileSync(path.join(out, gate, 'report.json'), 'utf8')) as Report);
  }
  const cdx = JSON.parse(readFileSync(path.join(out, 'sbom-attach', 'sbom-attach', 'example.com_demo.cdx.json'), 'utf8')) as {
    components: { purl: string; licenses?: unknown }[];
  };
  const sbom = cdx.components.map(c => `${c.purl.replace(/^pkg:golang\/stdlib@.*/, 'pkg:golang/stdlib')} ${JSON.stringify(c.licenses ?? null)}`).sort();
  demoRuns.set(label, { code: r.status, out: r.output, reports, sbom });
  await fs.rm(out, { recursive: true, force: true });
}

function findingsOf(report: Report): string[] {
  return report.findings.map(f => `${f.rule} ${f.severity} ${f.file ?? ''}:${f.line ?? ''}`).sort();
}

/**
 * The demo under each released Go in `versions` against the machine's go, in one test file: the
 * machine's demo runs once for all of them (it was run once per toolchain, one file each), and
 * all the demos run at the same time, so the toolchains still compile their standard libraries
 * at once.
 */
export function describeReleasedGo(versions: readonly string[]): void {
  beforeAll(async () => {
    await Promise.all([runDemo(undefined, 'machine'), ...versions.map(async v => runDemo(await releasedGo(v), v))]);
  }, 900_000);

  describe.each(versions.map(v => [v]))('Go %s', version => {
    test('every gate runs and gives the machine go’s verdict, findings and lines', () => {
      const machine = demoRuns.get('machine')!;
      const other = demoRuns.get(version)!;
      expect(machine.code).toBe(0);
      expect(other.out).not.toMatch(/could not run/);
      // The released toolchain compiled into the machine's build cache, not the clone's.
      expect(other.out).toContain(`go's build cache is kept between runs in ${path.resolve(releasedGoBuildCache())}.`);
      expect(other.code).toBe(0);
      for (const [gate, report] of machine.reports) {
        const theirs = other.reports.get(gate)!;
        expect({ gate, result: theirs.result, findings: findingsOf(theirs) }).toEqual({ gate, result: report.result, findings: findingsOf(report) });
      }
    });

    test('the SBOM lists the same components with the same licenses', () => {
      expect(demoRuns.get(version)!.sbom).toEqual(demoRuns.get('machine')!.sbom);
    });
  });
}
