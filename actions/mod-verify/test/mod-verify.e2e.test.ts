import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';

let sandbox: GoSandbox;
beforeAll(async () => {
  sandbox = await createGoSandbox();
});
afterAll(() => sandbox.cleanup());

describe.each(nodeBinaries())('mod-verify bundle under $name', ({ bin }) => {
  test('a clean module passes with a summary and outputs', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'mod-verify', workspace: ws, env: sandbox.env, node: bin });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['error-count']).toBe('0');
    expect(run.summary).toContain('## ✅ mod-verify');
    expect(run.summary).toMatch(/\| <code>example.com\/clean<\/code> \| <code>.<\/code> \| verified \|/);
    expect(run.annotations.filter(a => a.kind === 'error')).toEqual([]);
    await unchanged();
  });

  test('a module cache entry changed after download fails at its go.mod line', async () => {
    const ws = await sandbox.workspace('modules/clean');
    const own = { ...sandbox.env, GOMODCACHE: path.join(ws, '..', `modcache-${path.basename(ws)}`) };
    goOk(['mod', 'download'], ws, own);
    await fs.appendFile(path.join(own.GOMODCACHE, 'example.com', 'greet@v1.1.0', 'greet.go'), '\n// tampered\n');
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'mod-verify', workspace: ws, env: own, node: bin });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['error-count']).toBe('1');
    const errors = run.annotations.filter(a => a.kind === 'error' && a.props.file);
    expect(errors).toHaveLength(1);
    expect(errors[0].props).toMatchObject({ file: 'go.mod', line: '5', title: 'Module cache entry modified: example.com/greet@v1.1.0' });
    expect(errors[0].message).toContain('example.com/greet@v1.1.0: files in its extracted module cache directory were changed');
    expect(run.summary).toContain('## ❌ mod-verify');
    expect(run.summary).toMatch(/\| error \| <code>cache-integrity<\/code> \| example\.com\/clean \| <code>go\.mod:5<\/code> \|/);
    const report = run.report;
    expect(report).toMatchObject({ schema: 'go-ci-gates/report@1', gate: 'mod-verify', result: 'fail' });
    expect(report.findings[0]).toMatchObject({ rule: 'cache-integrity', module: 'example.com/clean', file: 'go.mod', line: 5 });
    await unchanged();
  });
});

describe('bad inputs give one clear error line and exit code 1', () => {
  const cases: [string, (ws: string) => Record<string, string>, Record<string, string> | undefined, RegExp][] = [
    ['unknown enum', () => ({ 'fail-on': 'sometimes' }), undefined, /Input 'fail-on' has an invalid value "sometimes": expected one of: error, warning, never/],
    ['negative number', () => ({ 'max-annotations': '-1' }), undefined, /Input 'max-annotations' has an invalid value "-1": expected a number from 0 to 50/],
    [
      'working-directory outside the workspace',
      () => ({ 'working-directory': '../elsewhere' }),
      undefined,
      /Input 'working-directory' has an invalid value "..\/elsewhere": it must stay inside the workspace/
    ],
    ['not a boolean', () => ({ download: 'yes' }), undefined, /Input 'download' has an invalid value "yes": expected true or false/],
    [
      'go missing from PATH',
      () => ({}),
      { PATH: '/nonexistent' },
      /The go command was not found \(not on PATH\)\. Install Go before this step, for example with actions\/setup-go/
    ],
    [
      'go-binary is not go',
      () => ({ 'go-binary': '/bin/true' }),
      undefined,
      /^`\/bin\/true env -json` printed nothing, which the go command never does\. Point the 'go-binary' input at the go executable, or leave it empty to use the go on PATH\.$/
    ]
  ];
  test.each(cases)('%s', async (_name, inputs, envOverride, expected) => {
    const ws = await sandbox.workspace('modules/clean');
    const unchanged = await guardCheckout(ws);
    const run = await runAction({ gate: 'mod-verify', workspace: ws, inputs: inputs(ws), env: { ...sandbox.env, ...envOverride } });
    expect(run.exitCode).toBe(1);
    const errorLines = run.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errorLines).toHaveLength(1);
    expect(run.annotations[0].message).toMatch(expected);
    expect(run.outputs.result).toBe('error');
    expect(run.summary).toContain('⚠️ mod-verify');
    await unchanged();
  });

  test('no go.mod found', async () => {
    const ws = await sandbox.emptyWorkspace();
    await fs.writeFile(path.join(ws, 'README.md'), 'not a Go project\n');
    const run = await runAction({ gate: 'mod-verify', workspace: ws, env: sandbox.env });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::error'))).toHaveLength(1);
    expect(run.annotations[0].message).toBe("No go.mod found in or below '.'. Set 'working-directory' to the directory of your Go module.");
  });
});
