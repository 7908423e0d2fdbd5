import { describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { runAction } from '../../../test/harness/run-action.js';
import { SENTINEL_SECRET, sandboxWithSentinel, expectPlantedInputRefused } from '../../../test/harness/sentinel.js';

// Issue 19 items 2 and 3: the patch is never written through a planted symlink, the integrity lock
// is never read through one that leads out, and a committed vendor symlink is a finding whose
// target is never read (nor shown in the summary or the patch).
const box = sandboxWithSentinel();

describe('vendor-consistency path inputs', () => {
  test.each([
    ['patch-path', 'vc.patch', {}, (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'vc.patch')), /vc\.patch is a symlink/],
    ['patch-path', 'vendor', {}, async () => undefined, /it is a directory; a file path is expected/],
    [
      'integrity-lock',
      'vendor.lock',
      { regenerate: 'false' },
      (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'vendor.lock')),
      /resolves outside the workspace through a symlink/
    ]
  ] as [string, string, Record<string, string>, (ws: string) => Promise<void>, RegExp][])(
    '%s=%s planted in the checkout is refused',
    async (input, value, extra, plant, reason) => {
      await expectPlantedInputRefused(box, {
        gate: 'vendor-consistency',
        fixture: 'vendor-consistency/clean',
        input,
        plant,
        inputs: { ...extra, [input]: value },
        reason
      });
    }
  );

  test('a committed vendor symlink is flagged and its target is never read', async () => {
    const ws = await box.sandbox.workspace('vendor-consistency/clean');
    // The link points at a copy of the real vendor tree with the secret added, outside the checkout.
    const target = path.join(box.sandbox.root, 'outside', 'vendor-target');
    await fs.cp(path.join(ws, 'vendor'), target, { recursive: true });
    await fs.writeFile(path.join(target, 'SECRET.txt'), SENTINEL_SECRET + '\n');
    await fs.appendFile(path.join(target, 'modules.txt'), `# ${SENTINEL_SECRET}\n`);
    await fs.rm(path.join(ws, 'vendor'), { recursive: true });
    await fs.symlink(target, path.join(ws, 'vendor'));
    const run = await runAction({ gate: 'vendor-consistency', workspace: ws, env: box.sandbox.env, inputs: { 'integrity-lock': 'vendor.lock' } });
    await box.sentinel.unchanged();
    expect(run.outputs.result).toBe('fail');
    expect(run.report.findings.map((f: { rule: string }) => f.rule)).toEqual(['vendor-symlink']);
    expect(run.report.findings[0].message).toMatch(/^vendor is a symlink \(to ".*vendor-target"\), not the directory go mod vendor writes/);
    for (const text of [run.stdout, run.summary, JSON.stringify(run.report)]) expect(text).not.toContain('ghp_sentinel');
    expect(run.summary).toContain('vendor/ is a symlink');
  });
});
