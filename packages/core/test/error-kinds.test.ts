import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  BUG_REPORT_URL,
  ConfigurationError,
  errorKind,
  GoCommandError,
  GoNotFoundError,
  GoRunner,
  GoUsageError,
  Inputs,
  mapInputSource,
  MemoryLogger,
  parseCommonInputs,
  runGate,
  type GateDefinition,
  type GateReport
} from '@go-ci-gates/core';

// User errors, environment errors and bugs are reported differently: only a
// bug prints its stack and asks to be reported.

async function runThrowing(throwIt: () => never): Promise<{ report: GateReport; failed?: string; log: MemoryLogger; summary: string }> {
  const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'error-kinds-'));
  await fs.writeFile(path.join(workspace, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
  const gate: GateDefinition = {
    name: 'error-kinds',
    rules: [],
    parseInputs: source => parseCommonInputs(new Inputs(source, { 'working-directory': '.', 'fail-on': 'error', 'max-annotations': '10' })),
    execute: async () => throwIt()
  };
  await fs.mkdir(workspace + '-temp');
  const log = new MemoryLogger();
  let failed: string | undefined;
  let summary = '';
  const report = await runGate(gate, {
    source: mapInputSource({}),
    env: { ...process.env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace + '-temp', GITHUB_STEP_SUMMARY: '' },
    log,
    annotations: { annotate: () => undefined },
    writeSummary: async md => {
      summary = md;
    },
    setOutput: () => undefined,
    setFailed: m => {
      failed = m;
    }
  });
  await fs.rm(workspace, { recursive: true, force: true });
  await fs.rm(workspace + '-temp', { recursive: true, force: true });
  return { report, failed, log, summary };
}

describe('error kinds', () => {
  test("a bad input is the user's: one line, no stack", async () => {
    const r = await runThrowing(() => {
      throw new ConfigurationError('threshold', 'x', 'a number');
    });
    expect(r.report.errorKind).toBe('user');
    expect(r.failed).toBe('Input \'threshold\' has an invalid value "x": a number');
    expect(r.log.lines.join('\n')).not.toMatch(/ at .*\.ts:\d+/);
  });

  test("no go is the machine's: one line, no stack", async () => {
    const r = await runThrowing(() => {
      throw new GoNotFoundError('PATH');
    });
    expect(r.report.errorKind).toBe('environment');
    expect(r.failed).toMatch(/^The go command was not found/);
    expect(r.log.lines.join('\n')).not.toMatch(/ at .*\.ts:\d+/);
  });

  test('anything else is a bug: the stack is printed, and the summary and failure ask for a report', async () => {
    const r = await runThrowing(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'path')");
    });
    expect(r.report.errorKind).toBe('internal');
    expect(r.failed).toBe(
      `Bug in go-ci-gates: Cannot read properties of undefined (reading 'path') Please report it at ${BUG_REPORT_URL} with this job's log.`
    );
    const log = r.log.lines.join('\n');
    expect(log).toContain(`go-ci-gates hit a bug; please report it at ${BUG_REPORT_URL} with this log:`);
    expect(log).toMatch(/TypeError: Cannot read properties[^\n]*\n\s+at /);
    expect(r.summary).toContain('Bug in go-ci-gates');
  });
});

test("a failed system call is the machine's", () => {
  const err = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
  expect(errorKind(err)).toBe('environment');
  expect(errorKind(new RangeError('Invalid array length'))).toBe('internal');
});

describe('a go command go rejects as malformed is a bug of the gate', () => {
  const ws = () => fs.mkdtemp(path.join(os.tmpdir(), 'go-usage-'));

  test('an unknown flag (real go): GoUsageError, internal', async () => {
    const go = GoRunner.locate(new MemoryLogger());
    const err = await go.run(['list', '-no-such-flag'], { cwd: await ws() }).catch(e => e);
    expect(err).toBeInstanceOf(GoUsageError);
    expect(errorKind(err)).toBe('internal');
    expect(err.message).toMatch(/^go-ci-gates ran `go list -no-such-flag`, which go rejects as malformed:\nflag provided but not defined: -no-such-flag/);
  });

  test('even where failure is allowed', async () => {
    const go = GoRunner.locate(new MemoryLogger());
    await expect(go.run(['mod', 'no-such-command'], { cwd: await ws(), allowFailure: true })).rejects.toBeInstanceOf(GoUsageError);
  });

  test("arguments from an input (test-args) stay the user's to fix", async () => {
    const go = GoRunner.locate(new MemoryLogger());
    const dir = await ws();
    await fs.writeFile(path.join(dir, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
    const err = await go.run(['test', '-covermode=bogus', './...'], { cwd: dir, argsFromUser: true, env: { GOFLAGS: '', GOWORK: 'off' } }).catch(e => e);
    expect(err).toBeInstanceOf(GoCommandError);
    expect(errorKind(err)).toBe('user');
  });

  test("a bad GOFLAGS is the user's environment, not a bug", async () => {
    const go = GoRunner.locate(new MemoryLogger());
    const err = await go.run(['list'], { cwd: await ws(), env: { GOFLAGS: '-no-such-flag' } }).catch(e => e);
    expect(err).toBeInstanceOf(GoCommandError);
  });
});
