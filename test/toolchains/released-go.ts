import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../harness/go-sandbox.js';
import { releasedGo } from '../harness/go-toolchain.js';

// The gates on real released toolchains, older and newer than the one on the machine: Go 1.22
// (before `go mod tidy -diff`, `go.work` godebug and ignore directives) and the newest release.
// The demo runs every gate on modules with one deliberate problem per gate; each toolchain must
// give the same verdicts, the same findings at the same lines, and the same SBOM components as the
// machine's own go. The toolchains are downloaded from the module proxy once and kept in
// the machine's module cache (test/harness/go-toolchain.ts). Each toolchain has its own test file.

interface Report {
  result: string;
  findings: { rule: string; file?: string; line?: number; severity: string }[];
}

const demoRuns = new Map<string, { code: number | null; out: string; reports: Map<string, Report>; sbom: string[] }>();

function runDemo(goBin: string | undefined, label: string): void {
  const out = path.join(os.tmpdir(), `gcg-toolchain-demo-${process.pid}-${label}`);
  const env: Record<string, string | undefined> = { ...process.env, GOROOT: undefined, GOTOOLCHAIN: 'local' };
  if (goBin) env.PATH = `${path.dirname(goBin)}${path.delimiter}${process.env.PATH}`;
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli', 'index.js'), 'demo', '--out', out], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  const reports = new Map<string, Report>();
  for (const gate of ['coverage-gate', 'license-policy', 'mod-review', 'mod-verify', 'readonly-list', 'sbom-attach', 'sum-audit', 'vendor-consistency']) {
    reports.set(gate, JSON.parse(readFileSync(path.join(out, gate, 'report.json'), 'utf8')) as Report);
  }
  const cdx = JSON.parse(readFileSync(path.join(out, 'sbom-attach', 'sbom-attach', 'example.com_demo.cdx.json'), 'utf8')) as {
    components: { purl: string; licenses?: unknown }[];
  };
  const sbom = cdx.components.map(c => `${c.purl.replace(/^pkg:golang\/stdlib@.*/, 'pkg:golang/stdlib')} ${JSON.stringify(c.licenses ?? null)}`).sort();
  demoRuns.set(label, { code: r.status, out: r.stdout + r.stderr, reports, sbom });
  void fs.rm(out, { recursive: true, force: true });
}

function findingsOf(report: Report): string[] {
  return report.findings.map(f => `${f.rule} ${f.severity} ${f.file ?? ''}:${f.line ?? ''}`).sort();
}

/**
 * The demo under released Go `version` against the machine's go. One test file per toolchain,
 * so the two compile their standard libraries on the two jest workers at once rather than
 * one after the other in one file (the suite's longest).
 */
export function describeReleasedGo(version: string): void {
  beforeAll(() => runDemo(undefined, 'machine'), 600_000);

  describe(`Go ${version}`, () => {
    beforeAll(async () => runDemo(await releasedGo(version), version), 900_000);

    test('every gate runs and gives the machine go’s verdict, findings and lines', () => {
      const machine = demoRuns.get('machine')!;
      const other = demoRuns.get(version)!;
      expect(machine.code).toBe(0);
      expect(other.out).not.toMatch(/could not run/);
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
