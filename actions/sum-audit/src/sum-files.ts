import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkGoSum, parseGoSum, toPosixRelative, type Discovery, type Finding, type GoSumFile, type GoSumIssue } from '@go-ci-gates/core';

/** A go.sum (or go.work.sum) in the checkout, parsed. */
export interface SumFile {
  /** Absolute path. */
  abs: string;
  /** Workspace-relative, for annotations. */
  rel: string;
  /** The module it belongs to (absent for go.work.sum). */
  module?: string;
  /** Absolute module directory (absent for go.work.sum). */
  moduleDir?: string;
  parsed: GoSumFile;
  /** Lines in the file, the last one counted even without a newline (the text itself is not kept). */
  lineCount: number;
}

/** Reads and parses one go.sum (undefined when it cannot be read). Invalid UTF-8 becomes U+FFFD, which is not space, as in Go. */
export async function loadSumFile(abs: string, workspace: string, module?: string, moduleDir?: string): Promise<SumFile | undefined> {
  let text: string;
  try {
    text = await fs.readFile(abs, 'utf8');
  } catch {
    return undefined;
  }
  const parsed = parseGoSum(text);
  return { abs, rel: toPosixRelative(workspace, abs), module, moduleDir, parsed, lineCount: countNewlines(text) + (parsed.endsWithNewline ? 0 : 1) };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Every module's go.sum, and go.work.sum when a go.work selects the modules. Missing files are skipped. */
export async function readSumFiles(discovery: Discovery, workspace: string): Promise<SumFile[]> {
  const out: SumFile[] = [];
  const add = async (abs: string, module?: string, moduleDir?: string): Promise<void> => {
    const f = await loadSumFile(abs, workspace, module, moduleDir);
    if (f) out.push(f);
  };
  for (const m of discovery.modules) await add(path.join(m.dir, 'go.sum'), m.path, m.dir);
  if (discovery.goWork) await add(path.join(discovery.goWork.dir, 'go.work.sum'));
  return out;
}

const RULES: Record<GoSumIssue['kind'], { rule: string; severity: Finding['severity']; title: string; fix?: string }> = {
  malformed: { rule: 'malformed-line', severity: 'error', title: 'Malformed go.sum line', fix: 'Delete the line and run go mod tidy' },
  'conflict-marker': {
    rule: 'merge-conflict',
    severity: 'error',
    title: 'Merge-conflict marker in go.sum',
    fix: 'Resolve the conflict: keep both sides, delete the markers, then run go mod tidy'
  },
  'unknown-hash': { rule: 'unknown-hash', severity: 'warning', title: 'Unknown hash algorithm' },
  'missing-final-newline': { rule: 'missing-final-newline', severity: 'warning', title: 'No newline at end of go.sum', fix: 'Run go mod tidy' },
  'duplicate-line': { rule: 'duplicate-line', severity: 'warning', title: 'Duplicate go.sum line', fix: 'Delete the duplicate' },
  'conflicting-hash': {
    rule: 'conflicting-hash',
    severity: 'error',
    title: 'Two hashes for one module version',
    fix: 'Delete both lines and run go mod tidy; the checksum database decides which is right'
  },
  'missing-go-mod-hash': { rule: 'missing-go-mod-hash', severity: 'warning', title: 'Module hash without its /go.mod hash', fix: 'Run go mod tidy' },
  'non-canonical-order': { rule: 'non-canonical-order', severity: 'notice', title: 'go.sum is not in the order go writes it', fix: 'Run go mod tidy' }
};

export function fileFindings(f: SumFile): { findings: Finding[]; issues: GoSumIssue[] } {
  const issues = checkGoSum(f.parsed, f.lineCount);
  const findings = issues.map((i): Finding => {
    const r = RULES[i.kind];
    return {
      rule: r.rule,
      severity: r.severity,
      title: r.title,
      message: `${f.rel}:${i.line}: ${i.message}.`,
      module: f.module,
      file: f.rel,
      line: i.line,
      fix: r.fix ? { description: r.fix, command: f.module ? 'go mod tidy' : undefined } : undefined
    };
  });
  return { findings, issues };
}
