import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distList, GoOutputError, GoRunner, MemoryLogger } from '@go-ci-gates/core';

// A program that is not go (go-binary=/bin/true) used to end in "Unexpected
// end of JSON input": the error must name the command and the input.

async function fakeGo(script: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fake-go-'));
  const file = path.join(dir, 'go');
  await fs.writeFile(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return file;
}

describe('a go-binary that does not answer like go', () => {
  test('/bin/true: go env -json printed nothing, and the input is named', async () => {
    const go = GoRunner.locate(new MemoryLogger(), '/bin/true');
    const err = await go.goEnv().catch(e => e);
    expect(err).toBeInstanceOf(GoOutputError);
    expect(err.message).toBe(
      "`/bin/true env -json` printed nothing, which the go command never does. Point the 'go-binary' input at the go executable, or leave it empty to use the go on PATH."
    );
  });

  test('output that is not JSON is quoted, short', async () => {
    const go = GoRunner.locate(new MemoryLogger(), await fakeGo(`echo "usage: not go at all ${'x'.repeat(100)}"`));
    const err = await distList(go).catch(e => e);
    expect(err.message).toMatch(
      /^`\/.*\/go tool dist list -json` printed output that is not JSON \("usage: not go at all x+…"\), which the go command never does\. Point the 'go-binary' input/
    );
  });

  test('JSON without the fields every gate reads', async () => {
    const go = new GoRunner(await fakeGo(`echo '{"GOOS":"linux"}'`), new MemoryLogger(), process.env, false);
    const err = await go.goEnv().catch(e => e);
    expect(err.message).toMatch(
      /env -json` printed JSON without GOVERSION, GOMODCACHE, GOROOT, which the go command never does\. The go on PATH does not behave like the go command/
    );
  });
});
