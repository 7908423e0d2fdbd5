import { describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sandboxWithSentinel, expectPlantedInputRefused } from '../../../test/harness/sentinel.js';

// Issue 19 item 2: SBOM files are never written through a symlink planted in the checkout, and
// binaries are never read from outside the workspace and RUNNER_TEMP.
const box = sandboxWithSentinel();

describe('sbom-attach path inputs', () => {
  test.each([
    ['output-dir', 'sbom', {}, (ws: string) => fs.symlink(box.sentinel.dir, path.join(ws, 'sbom')), /sbom is a symlink/],
    ['output-dir', 'out/sbom', {}, (ws: string) => fs.symlink(box.sentinel.dir, path.join(ws, 'out')), /passes through the symlink out/],
    ['output-dir', 'go.mod', {}, async () => undefined, /it is not a directory/],
    [
      'binaries',
      'app',
      { mode: 'binary' },
      (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'app')),
      /resolves outside the workspace through a symlink/
    ],
    ['binaries', 'ABS', { mode: 'binary' }, async () => undefined, /it must stay inside the workspace/]
  ] as [string, string, Record<string, string>, (ws: string) => Promise<void>, RegExp][])(
    '%s=%s planted in the checkout is refused',
    async (input, value, extra, plant, reason) => {
      const inputs = { 'upload-artifact': 'false', ...extra, [input]: value === 'ABS' ? box.sentinel.file : value };
      await expectPlantedInputRefused(box, {
        gate: 'sbom-attach',
        fixture: 'sbom-attach/vendored',
        input,
        plant,
        inputs,
        env: { SOURCE_DATE_EPOCH: '1700000000' },
        reason
      });
    }
  );
});
