import { describe, expect, test } from '@jest/globals';
import { buildReport, errorReport } from '@go-ci-gates/core';
import { ActionLogReader, type LogEvent } from '../src/action-log.js';
import { parseArgs } from '../src/args.js';
import { useColor } from '../src/color.js';
import { acceptedValues } from '../src/gates.js';
import { exitCodeOf } from '../src/main.js';
import { renderTerminal } from '../src/render-terminal.js';

const INPUTS = { 'run-tests': { default: 'false' }, 'fail-on': { default: 'error' }, comment: { default: 'false' } };
const inputsOf = (c: string) => (c === 'coverage-gate' ? INPUTS : undefined);

describe('argument parsing', () => {
  test('a boolean input is a flag, so the next word stays the directory', () => {
    const a = parseArgs(['coverage-gate', '--run-tests', 'DIR', '--fail-on', 'warning'], inputsOf);
    expect(a).toMatchObject({ command: 'coverage-gate', dir: 'DIR', inputs: { 'run-tests': 'true', 'fail-on': 'warning' } });
  });
  test('booleans also take =value and --no-; global options anywhere', () => {
    const a = parseArgs(['--out', 'o', 'coverage-gate', '--run-tests=false', '--no-comment', '-v', '.'], inputsOf);
    expect(a).toMatchObject({ out: 'o', verbose: true, dir: '.', inputs: { 'run-tests': 'false', comment: 'false' } });
  });
  test('unknown options are usage errors that name the inputs', () => {
    expect(() => parseArgs(['coverage-gate', '--colour=1'], inputsOf)).toThrow(/coverage-gate has no input --colour; its inputs: run-tests, fail-on, comment/);
    expect(() => parseArgs(['all', '--fail-on=never'], inputsOf)).toThrow(/unknown option --fail-on/);
  });
});

test('accepted values come from the description when it lists them and the default is one', () => {
  expect(acceptedValues({ default: 'cache', description: 'Where: cache (the Actions cache), file (baseline-path) or none.' })).toEqual([
    'cache',
    'file',
    'none'
  ]);
  expect(acceptedValues({ default: 'auto', description: 'Attach: auto (on a release event or a tag push), true (required), or false.' })).toEqual([
    'auto',
    'true',
    'false'
  ]);
  expect(acceptedValues({ default: '10', description: 'Annotations per severity, 0 or more.' })).toBeUndefined();
});

test('colour: FORCE_COLOR wins, then NO_COLOR, then the terminal', () => {
  expect(useColor({ isTTY: true }, {})).toBe(true);
  expect(useColor({ isTTY: false }, {})).toBe(false);
  expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
  expect(useColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  expect(useColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
});

test('the action log becomes steps, details and annotations, never workflow commands', () => {
  const events: LogEvent[] = [];
  const reader = new ActionLogReader(e => events.push(e));
  reader.write('Running go test in .\n::group::go list -m (12ms, exit 0)\ncwd: sub\nout');
  reader.write('put\n::endgroup::\n::stop-commands::abc\n::error::not a command\n::abc::\n');
  reader.write('::error file=go.mod,line=6,title=untidy::100%25 sure%0Asecond line\n::debug::d\n::add-mask::x\n');
  reader.end();
  expect(events).toEqual([
    { kind: 'step', text: 'Running go test in .' },
    { kind: 'step', text: 'go list -m (12ms, exit 0)', cwd: 'sub' },
    { kind: 'detail', text: 'cwd: sub' },
    { kind: 'detail', text: 'output' },
    { kind: 'step', text: '::error::not a command' },
    { kind: 'annotation', severity: 'error', text: 'go.mod:6: 100% sure\nsecond line' },
    { kind: 'debug', text: 'd' }
  ]);
});

test('terminal rendering: aligned tables, each finding whole and wrapped, colour only when asked', () => {
  const message = 'A finding whose message is much longer than any terminal line: ' + 'word '.repeat(40) + 'end.';
  const report = buildReport('g', 'gate', 'error', [], {
    findings: [{ rule: 'r', severity: 'error', message, module: 'example.com/m', file: 'go.mod', line: 3, fix: { command: 'go mod tidy' } }],
    sections: [{ kind: 'table', columns: ['A', 'Long header'], rows: [['x', 1]], align: ['left', 'right'] }]
  });
  const plain = renderTerminal(report, { color: false, width: 60 });
  expect(plain).toContain('== gate FAIL');
  expect(plain).toMatch(/A {2}Long header\n- {2}-----------\nx {12}1/);
  expect(plain).toContain('error  r  example.com/m  go.mod:3\n    A finding whose');
  expect(plain.replace(/\s+/g, ' ')).toContain(message.replace(/\s+/g, ' '));
  expect(plain).toContain('    Fix: go mod tidy');
  expect(plain.split('\n').every(l => l.length <= 60)).toBe(true);
  expect(plain).not.toContain('\x1b[');
  expect(renderTerminal(report, { color: true })).toContain('\x1b[31mFAIL');
});

describe('exit codes', () => {
  const run = (report: ReturnType<typeof errorReport> | undefined) => ({ exitCode: 1, report, log: '', kept: [], outDir: '.' });
  test('a gate that could not run for the user or the machine exits 2; a bug in the gate exits 3', () => {
    expect(exitCodeOf(run(errorReport('mod-verify', 'mod-verify', 'error', 'input fail-on: bad', 'user')))).toBe(2);
    expect(exitCodeOf(run(errorReport('mod-verify', 'mod-verify', 'error', 'go not found', 'environment')))).toBe(2);
    expect(exitCodeOf(run(errorReport('mod-verify', 'mod-verify', 'error', 'TypeError: x is undefined', 'internal')))).toBe(3);
    expect(exitCodeOf(run(undefined))).toBe(2);
  });
});
