import { describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sandboxWithSentinel, expectPlantedInputRefused } from '../../../test/harness/sentinel.js';

// Issue 19 items 2 and 3: report-path is never written through a planted symlink, and the policy
// file (checkout content) is never read through one that leads out of the workspace.
const box = sandboxWithSentinel();

describe('mod-verify path inputs', () => {
  test.each([
    [
      'report-path',
      'report.json',
      (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'report.json')),
      /report\.json is a symlink; the gate never writes through a symlink/
    ],
    ['report-path', 'reports', (ws: string) => fs.mkdir(path.join(ws, 'reports')), /it is a directory; a file path is expected/],
    [
      'policy-file',
      'policy.yaml',
      (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'policy.yaml')),
      /resolves outside the workspace through a symlink/
    ],
    ['policy-file', 'conf/policy.yaml', (ws: string) => fs.symlink(box.sentinel.dir, path.join(ws, 'conf')), /resolves outside the workspace through a symlink/]
  ] as [string, string, (ws: string) => Promise<void>, RegExp][])('%s=%s planted in the checkout is refused', async (input, value, plant, reason) => {
    await expectPlantedInputRefused(box, { gate: 'mod-verify', fixture: 'mod-verify/clean', input, plant, inputs: { [input]: value }, reason });
  });
});
