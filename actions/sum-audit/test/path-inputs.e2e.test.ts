import { describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sandboxWithSentinel, expectPlantedInputRefused } from '../../../test/harness/sentinel.js';

// Issue 19 item 2: state-dir stays in the workspace or RUNNER_TEMP, and a state directory committed
// with symlinks in it is refused before the gate reads its "saved state" or writes the new one.
const box = sandboxWithSentinel();

describe('sum-audit path inputs', () => {
  test.each([
    ['state-dir', 'ABS', async () => undefined, /it must stay inside the workspace .* or RUNNER_TEMP/],
    ['state-dir', '.sumdb', (ws: string) => fs.symlink(box.sentinel.dir, path.join(ws, '.sumdb')), /\.sumdb is a symlink/],
    [
      'state-dir',
      '.sumdb',
      async (ws: string) => {
        await fs.mkdir(path.join(ws, '.sumdb', 'sum.golang.org'), { recursive: true });
        await fs.symlink(box.sentinel.file, path.join(ws, '.sumdb', 'sum.golang.org', 'state.json'));
      },
      /it holds a symlink \(sum\.golang\.org\/state\.json\)/
    ],
    ['report-path', 'r.json', (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'r.json')), /r\.json is a symlink/]
  ] as [string, string, (ws: string) => Promise<void>, RegExp][])('%s=%s planted in the checkout is refused', async (input, value, plant, reason) => {
    const inputs = { sumdb: 'false', [input]: value === 'ABS' ? box.sentinel.dir : value };
    await expectPlantedInputRefused(box, { gate: 'sum-audit', fixture: 'sum-audit/clean', input, plant, inputs, reason });
  });
});
