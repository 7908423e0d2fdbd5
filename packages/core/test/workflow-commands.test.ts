import { afterEach, describe, expect, test } from '@jest/globals';
import * as toolkit from '@actions/core';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ours from '../src/runner/workflow-commands.js';
import { actionsLogger } from '../src/util/log.js';
import { foreignCommands, runnerView } from '../../../test/harness/runner-log.js';

// Our workflow commands must be byte for byte what @actions/core writes: the
// runner parses them, and the gates stopped importing the library only for
// its start-up cost.

function captureStdout(fn: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return out;
}

const exitCode = process.exitCode;
afterEach(() => {
  process.exitCode = exitCode;
});

const messages = ['plain', 'multi\nline\r\nwith 100% and :,', ''];
const props: ours.AnnotationProperties[] = [
  {},
  { title: 'rule-id' },
  { title: undefined },
  { title: 'a: b, c%', file: 'dir/go.mod', startLine: 3, endLine: 5, startColumn: 2, endColumn: 9 },
  { file: 'x\ny.go', startLine: 0 }
];

describe('workflow commands equal @actions/core byte for byte', () => {
  test.each(messages)('info, debug, groups: %j', m => {
    const mine = captureStdout(() => {
      ours.info(m);
      ours.debug(m);
      ours.startGroup(m);
      ours.endGroup();
    });
    const theirs = captureStdout(() => {
      toolkit.info(m);
      toolkit.debug(m);
      toolkit.startGroup(m);
      toolkit.endGroup();
    });
    expect(mine).toBe(theirs);
  });

  test.each(props.flatMap(p => messages.map(m => [m, p] as const)))('annotations: %j %j', (m, p) => {
    const mine = captureStdout(() => {
      ours.error(m, p);
      ours.warning(m, p);
      ours.notice(m, p);
    });
    const theirs = captureStdout(() => {
      toolkit.error(m, p);
      toolkit.warning(m, p);
      toolkit.notice(m, p);
    });
    expect(mine).toBe(theirs);
  });

  test('setFailed sets exit code 1 and writes the error', () => {
    const mine = captureStdout(() => ours.setFailed('it broke:\nhere'));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const theirs = captureStdout(() => toolkit.setFailed('it broke:\nhere'));
    expect(process.exitCode).toBe(1);
    expect(mine).toBe(theirs);
  });

  test('setOutput through GITHUB_OUTPUT, and the set-output command without it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wfc-'));
    const saved = process.env.GITHUB_OUTPUT;
    try {
      const write = async (impl: { setOutput(n: string, v: string): void }) => {
        const file = path.join(dir, `out-${impl === ours ? 'ours' : 'theirs'}`);
        await fs.writeFile(file, '');
        process.env.GITHUB_OUTPUT = file;
        impl.setOutput('result', 'pass');
        impl.setOutput('multi', 'a\nb\r\nc');
        impl.setOutput('empty', '');
        return (await fs.readFile(file, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
      };
      expect(await write(ours)).toBe(await write(toolkit));
      process.env.GITHUB_OUTPUT = path.join(dir, 'missing', 'file');
      expect(() => ours.setOutput('a', 'b')).toThrow(/^Missing file at path: /);
      delete process.env.GITHUB_OUTPUT;
      expect(captureStdout(() => ours.setOutput('a', 'x\ny'))).toBe(captureStdout(() => toolkit.setOutput('a', 'x\ny')));
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

// Text the gate did not write (a directory name, go's stderr, a file's line)
// must never start a workflow command, however it is logged.
const HOSTILE_DIR = 'sub\n::add-mask::dep\n::warning title=x::forged';
const hostileTexts = [
  HOSTILE_DIR,
  `cwd: ${HOSTILE_DIR}`,
  'go: downloading x\r::add-mask::cr-only\r\n  \t::error::indented',
  '\u00a0\u2003::set-output name=result::pass',
  'prefix ##[add-mask]legacy-anywhere',
  '::ADD-MASK::upper case',
  ':\u00ad:add-mask::soft hyphen between the colons',
  '::stop-commands::guessed\n::guessed::\n::add-mask::after a guessed token',
  '::endgroup::\n::group::fake group'
];

describe('untrusted text never starts a workflow command', () => {
  test.each(hostileTexts)('info(%j) runs nothing and shows every line as it is', text => {
    const out = captureStdout(() => ours.info(text));
    expect(foreignCommands(out, ['dep', 'forged'])).toEqual([]);
    const view = runnerView(out);
    expect(view.commands.map(c => c.name)).toEqual(['stop-commands', view.commands[0].data]);
    expect(view.shown).toEqual(text.split(/\r\n|\r|\n/));
  });

  test('each block has its own random token', () => {
    const a = runnerView(captureStdout(() => ours.info(HOSTILE_DIR))).commands[0].data;
    const b = runnerView(captureStdout(() => ours.info(HOSTILE_DIR))).commands[0].data;
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  test('gate text that cannot hold a command is written as @actions/core writes it', () => {
    for (const m of ['mod-verify: 2 errors', 'a: b, c: d', 'issue #12 and [x]', 'cwd: .']) {
      expect(ours.mayHoldCommand(m)).toBe(false);
      expect(captureStdout(() => ours.info(m))).toBe(captureStdout(() => toolkit.info(m)));
    }
  });

  test('a logged go call (group title, cwd, stderr) runs nothing but its own group', () => {
    const out = captureStdout(() =>
      actionsLogger.group(`go list ./... in ${HOSTILE_DIR} (1s, exit 1)`, [`cwd: ${HOSTILE_DIR}`, 'env: GOFLAGS=-mod=mod', `go: ${HOSTILE_DIR}: no such file`])
    );
    expect(foreignCommands(out, ['dep', 'forged'])).toEqual([]);
    const view = runnerView(out);
    expect(view.commands.map(c => c.name)).toEqual(['group', 'stop-commands', view.commands[1].data, 'endgroup']);
    expect(view.commands[0].data).toBe(`go list ./... in ${HOSTILE_DIR} (1s, exit 1)`);
    expect(view.shown).toEqual([
      'cwd: sub',
      '::add-mask::dep',
      '::warning title=x::forged',
      'env: GOFLAGS=-mod=mod',
      'go: sub',
      '::add-mask::dep',
      '::warning title=x::forged: no such file'
    ]);
  });

  test.each(['error', 'warning', 'notice'] as const)('%s annotations keep message, file and title whole', kind => {
    const props = { file: `${HOSTILE_DIR}/go.mod`, title: `a, b: ${HOSTILE_DIR}`, startLine: 3 };
    const out = captureStdout(() => ours[kind](`${HOSTILE_DIR} ##[add-mask]x`, props));
    const view = runnerView(out);
    expect(view.shown).toEqual([]);
    expect(view.commands).toHaveLength(1);
    expect(view.commands[0]).toMatchObject({
      name: kind,
      data: `${HOSTILE_DIR} ##[add-mask]x`,
      properties: { file: props.file, title: props.title, line: '3' }
    });
  });

  test('debug and group titles keep untrusted text on their own line', () => {
    const out = captureStdout(() => {
      ours.debug(`Error: boom\n    at ${HOSTILE_DIR}`);
      ours.startGroup(HOSTILE_DIR);
      ours.endGroup();
    });
    expect(runnerView(out).commands.map(c => [c.name, c.data])).toEqual([
      ['debug', `Error: boom\n    at ${HOSTILE_DIR}`],
      ['group', HOSTILE_DIR],
      ['endgroup', '']
    ]);
  });

  test('a step output whose value holds the delimiter pattern cannot end early', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wfc-'));
    const saved = process.env.GITHUB_OUTPUT;
    try {
      const file = path.join(dir, 'out');
      await fs.writeFile(file, '');
      process.env.GITHUB_OUTPUT = file;
      const value = `x\nghadelimiter_00000000-0000-0000-0000-000000000000\nresult<<EOF\npass\nEOF\n${HOSTILE_DIR}`;
      ours.setOutput('report-path', value);
      const text = await fs.readFile(file, 'utf8');
      const [first, ...rest] = text.split('\n');
      const delimiter = first.slice('report-path<<'.length);
      expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/);
      // The value runs to the one line that is exactly the random delimiter, which is the last.
      expect(rest.indexOf(delimiter)).toBe(rest.length - 2);
      expect(rest.slice(0, -2).join('\n')).toBe(value);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
