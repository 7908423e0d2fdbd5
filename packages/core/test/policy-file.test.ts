import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { policyGlobList, readPolicyFile, type PolicyFileReader } from '../src/inputs/policy-file.js';

// The shared policy file: each gate reads its own keys and passes over the others'; anything else is one clear error.

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'policy-file-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function read(text: string, reader: PolicyFileReader) {
  const file = path.join(dir, 'p.yaml');
  await fs.writeFile(file, text);
  return readPolicyFile(file, 'p.yaml', reader);
}

const SHARED = [
  'unwanted: {github.com/pkg/errors: use errors}',
  'pinned: {golang.org/x/text: v0.14.0}',
  'replace-allow: [example.com/internal/*]',
  'allow: [MIT]',
  'unknown: warn',
  'review:',
  '  max-new-shipped: 3',
  ''
].join('\n');

describe('readPolicyFile', () => {
  test.each([
    ['mod-verify', ['unwanted', 'pinned', 'replace-allow']],
    ['license-policy', ['allow', 'unknown']],
    ['mod-review', ['replace-allow', 'review']]
  ] as [PolicyFileReader, string[]][])('%s reads its own keys of one shared file, with their lines', async (reader, keys) => {
    const doc = await read(SHARED, reader);
    expect(doc.entries.map(e => e.key)).toEqual(keys);
    expect(doc.get('replace-allow')?.line ?? doc.get(keys[0])!.line).toBeGreaterThan(0);
    if (reader === 'mod-review') expect(doc.get('review')).toMatchObject({ value: { 'max-new-shipped': 3 }, line: 6 });
  });

  test.each([
    [
      'a key no gate knows, with its line',
      'allow: [MIT]\nalow: [MIT]\n',
      /"p.yaml:2": unknown key "alow" \(a policy file holds allow, allowed-references, deny, exceptions, pinned, replace-allow, review, unknown, unwanted\)/
    ],
    ['not YAML', 'allow: [MIT\n', /"p.yaml:\d": not valid YAML or JSON/],
    ['a duplicate key', 'allow: [MIT]\nallow: [ISC]\n', /"p.yaml:2": not valid YAML or JSON \(Map keys must be unique/],
    ['a list at the top', '- allow\n', /"p.yaml:1": expected a mapping of policy keys/]
  ])('%s is one clear error', async (_name, text, message) => {
    await expect(read(text, 'mod-review')).rejects.toThrow(message);
  });

  test('an empty file is an empty policy; JSON is YAML', async () => {
    expect((await read('', 'license-policy')).entries).toEqual([]);
    expect((await read('{"replace-allow": ["a/*"]}', 'mod-verify')).get('replace-allow')?.value).toEqual(['a/*']);
  });

  test('a file that cannot be read names the file', async () => {
    await expect(readPolicyFile(dir, 'dir', 'mod-verify')).rejects.toThrow(/"dir": the file cannot be read \(EISDIR\)/);
    await expect(readPolicyFile(path.join(dir, 'missing.yaml'), 'missing.yaml', 'mod-verify')).rejects.toThrow(
      /Input 'policy-file' has an invalid value "missing.yaml": the file does not exist/
    );
  });

  test('policyGlobList: a string is a list of one; a bad glob or an empty one is an error at the key', async () => {
    const ok = await read('replace-allow: example.com/*\n', 'mod-review');
    expect(policyGlobList(ok, ok.get('replace-allow')!)).toEqual(['example.com/*']);
    const empty = await read("replace-allow: ['']\n", 'mod-review');
    expect(() => policyGlobList(empty, empty.get('replace-allow')!)).toThrow(/"p.yaml:1": 'replace-allow': an empty pattern matches nothing/);
    const numbers = await read('replace-allow: [1]\n', 'mod-review');
    expect(() => policyGlobList(numbers, numbers.get('replace-allow')!)).toThrow(/'replace-allow' must be a list of module path globs/);
  });
});
