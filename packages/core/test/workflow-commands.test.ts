import { afterEach, describe, expect, test } from '@jest/globals';
import * as toolkit from '@actions/core';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ours from '../src/action/workflow-commands.js';

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
