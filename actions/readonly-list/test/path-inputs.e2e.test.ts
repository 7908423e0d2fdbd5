import { describe, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sandboxWithSentinel, expectPlantedInputRefused } from '../../../test/harness/sentinel.js';

// Issue 19 item 2: the JSON report is never written through a symlink planted in the checkout,
// nor outside the workspace and RUNNER_TEMP.
const box = sandboxWithSentinel();

describe('readonly-list report-path', () => {
  test.each([
    ['a symlink to a file outside', 'report.json', (ws: string) => fs.symlink(box.sentinel.file, path.join(ws, 'report.json')), /report\.json is a symlink/],
    [
      'a dangling symlink',
      'new.json',
      (ws: string) => fs.symlink(path.join(box.sentinel.dir, 'new.json'), path.join(ws, 'new.json')),
      /new\.json is a symlink/
    ],
    ['a symlinked directory', 'out/report.json', (ws: string) => fs.symlink(box.sentinel.dir, path.join(ws, 'out')), /passes through the symlink out/],
    ['an absolute path outside', 'ABS', async () => undefined, /it must stay inside the workspace/]
  ] as [string, string, (ws: string) => Promise<void>, RegExp][])('through %s is refused', async (_name, value, plant, reason) => {
    const inputs = { 'report-path': value === 'ABS' ? path.join(box.sentinel.dir, 'r.json') : value };
    await expectPlantedInputRefused(box, { gate: 'readonly-list', fixture: 'readonly-list/workspace', input: 'report-path', plant, inputs, reason });
  });
});
