// The hostile-checkout suite: one checkout holding every trick a pull request's
// content can play on a gate (newline and `::` in directory names, symlinks
// into and out of the workspace, Markdown in go.sum and module paths, BOMs,
// huge lines), and every gate run over it end to end as the runner runs it.
// Whatever each gate decides, it must:
// - write no workflow command it did not write itself (no forged annotation, no add-mask),
// - read and write nothing outside the workspace and RUNNER_TEMP (a sentinel directory
//   outside holds a secret and victim files, reachable only through planted symlinks),
// - render no live Markdown from content (no link, image or emphasis survives),
// - leave the checkout byte-identical.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { guardCheckout } from '../harness/fingerprint.js';
import { createGoSandbox, FIXTURES, type GoSandbox } from '../harness/go-sandbox.js';
import { htmlTags, renderGfm } from '../harness/markdown-render.js';
import { foreignCommands } from '../harness/runner-log.js';
import { runAction, type ActionRun } from '../harness/run-action.js';

/** A directory name that, printed raw, would mask a secret and forge a warning. */
const FORGING_NAME = 'sub\n::add-mask::dep\n::warning title=x::forged';
const EVIL = 'https://evil.example';
const MARKDOWN_MODULE = `[Click to approve](${EVIL}/phish)`;

let sandbox: GoSandbox;
let sentinel: string;
let secret: string;
let sentinelBefore: string;

/** Every file below `dir` with its digest (symlinks by target), to show nothing outside changed. */
async function digestTree(dir: string): Promise<string> {
  const rows: string[] = [];
  async function walk(d: string): Promise<void> {
    for (const e of (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isSymbolicLink()) rows.push(`${full} -> ${await fs.readlink(full)}`);
      else if (e.isDirectory()) await walk(full);
      else
        rows.push(
          `${full} ${createHash('sha256')
            .update(await fs.readFile(full))
            .digest('hex')}`
        );
    }
  }
  await walk(dir);
  return rows.join('\n');
}

async function copyFixture(name: string, dest: string): Promise<void> {
  await fs.cp(path.join(FIXTURES, name), dest, { recursive: true, verbatimSymlinks: true });
}

/**
 * The hostile checkout. Modules:
 * - `<FORGING_NAME>/`: a vendored module whose directory name forges workflow commands;
 * - `md/`: a module whose go.sum holds Markdown, a BOM-only line and a 100 KB line;
 * - `vlink/`: a module whose committed vendor/ is a symlink to the sentinel's tree;
 * - `vfile/`: a module whose vendor/ holds a symlink to the sentinel's secret;
 * - `cov/`: a module with a coverage profile naming files with Markdown and `::` in them.
 * And at the root: symlinks out (`link-out/`, `victim-link.json`, `secret-link`).
 */
async function hostileCheckout(): Promise<string> {
  const ws = await sandbox.emptyWorkspace();
  await copyFixture('vendor-consistency/clean', path.join(ws, FORGING_NAME));

  const md = path.join(ws, 'md');
  await copyFixture('sum-audit/clean', md);
  const goSum = await fs.readFile(path.join(md, 'go.sum'), 'utf8');
  await fs.writeFile(
    path.join(md, 'go.sum'),
    '\uFEFF' +
      goSum +
      `${MARKDOWN_MODULE} v1.0.0 h1:![pixel](${EVIL}/p.png)\n` +
      `[x](${EVIL}/a) **bold** _em_ <img src=${EVIL}/i.png> ::warning title=x::forged\n` +
      '\uFEFF\n' +
      `example.com/huge v1.0.0 h1:${'A'.repeat(100_000)}=\n`
  );

  const vlink = path.join(ws, 'vlink');
  await copyFixture('vendor-consistency/clean', vlink);
  await fs.rm(path.join(vlink, 'vendor'), { recursive: true });
  await fs.symlink(path.join(sentinel, 'vendor'), path.join(vlink, 'vendor'));

  const vfile = path.join(ws, 'vfile');
  await copyFixture('vendor-consistency/clean', vfile);
  const vendored = path.join(vfile, 'vendor', 'example.com', 'vendorc', 'alpha');
  const victimFile = (await fs.readdir(vendored)).find(f => f.endsWith('.go'))!;
  await fs.rm(path.join(vendored, victimFile));
  await fs.symlink(path.join(sentinel, 'secret.txt'), path.join(vendored, victimFile));

  const cov = path.join(ws, 'cov');
  await copyFixture('coverage-gate/alpha', cov);
  await fs.writeFile(
    path.join(cov, 'cov.out'),
    'mode: set\n' + 'example.com/covgate/alpha/calc/calc.go:3.20,5.2 1 1\n' + `example.com/covgate/alpha/${MARKDOWN_MODULE}.go:1.1,2.2 1 0\n`
  );
  // A name with a newline splits the line: the profile is malformed, and the error quotes it.
  await fs.writeFile(path.join(cov, 'cov-newline.out'), 'mode: set\nexample.com/covgate/alpha/a\n::warning title=x::forged.go:1.1,2.2 1 0\n');

  // A go.mod that is a symlink to a file outside: go would read it and quote its lines in errors.
  await fs.mkdir(path.join(ws, 'linkmod'));
  await fs.symlink(path.join(sentinel, 'secret.txt'), path.join(ws, 'linkmod', 'go.mod'));
  // A go.work that uses a module outside the workspace.
  await fs.mkdir(path.join(ws, 'outwork'));
  await fs.writeFile(path.join(ws, 'outwork', 'go.work'), `go 1.22\n\nuse ${JSON.stringify(path.join(sentinel, 'vendor'))}\n`);

  await fs.symlink(sentinel, path.join(ws, 'link-out'));
  for (const ext of ['json', 'svg', 'diff']) await fs.symlink(path.join(sentinel, 'victim.json'), path.join(ws, `victim-link.${ext}`));
  await fs.symlink(path.join(sentinel, 'secret.txt'), path.join(ws, 'secret-link'));
  return ws;
}

beforeAll(async () => {
  sandbox = await createGoSandbox();
  sentinel = path.join(sandbox.root, 'sentinel');
  secret = `SENTINEL-SECRET-${randomBytes(8).toString('hex')}`;
  await fs.mkdir(sentinel);
  await fs.writeFile(path.join(sentinel, 'secret.txt'), `GITHUB_TOKEN=${secret}\n`);
  await fs.writeFile(path.join(sentinel, 'victim.json'), '{"victim":true}\n');
  await fs.writeFile(path.join(sentinel, 'policy.yml'), `# ${secret}\ndeny: [${secret}]\n`);
  await copyFixture('vendor-consistency/clean/vendor', path.join(sentinel, 'vendor'));
  const alpha = path.join(sentinel, 'vendor', 'example.com', 'vendorc', 'alpha');
  for (const f of await fs.readdir(alpha)) if (f.endsWith('.go')) await fs.appendFile(path.join(alpha, f), `// ${secret}\n`);
  sentinelBefore = await digestTree(sentinel);
}, 120_000);
afterAll(() => sandbox.cleanup());

/** Everything the gate's run left for a person or a later step to see. */
function everythingShown(run: ActionRun): string {
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.report ?? null)].join('\n');
}

async function expectSafe(run: ActionRun, ws: string): Promise<void> {
  // A gate may fail on this checkout; it may not crash with a bug.
  expect(run.stdout + run.stderr).not.toMatch(/This is a bug|please report it/i);
  expect(foreignCommands(run.stdout, ['forged', 'dep', 'x'])).toEqual([]);
  expect(everythingShown(run)).not.toContain(secret);
  expect(await digestTree(sentinel)).toBe(sentinelBefore);
  // Rendered as GitHub renders it: no element from content (a link, an image, the planted emphasis).
  const html = renderGfm(run.summary);
  expect(htmlTags(html).filter(t => /evil\.example|^<img|^<a /i.test(t))).toEqual([]);
  expect(html).not.toMatch(/<strong>bold<\/strong>|<em>em<\/em>/);
  // Nothing the gate wrote landed beside the workspace either.
  expect((await fs.readdir(path.dirname(ws))).filter(n => /report|badge|baseline|patch|sbom|cdx|spdx/i.test(n))).toEqual([]);
}

async function run(gate: string, ws: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  const unchanged = await guardCheckout(ws);
  const result = await runAction({ gate, workspace: ws, env: { ...sandbox.env, GOSUMDB: 'off', ...env }, inputs });
  await unchanged();
  await expectSafe(result, ws);
  return result;
}

describe('every gate over a hostile checkout', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await hostileCheckout();
  });

  test.each([
    ['mod-verify', { 'working-directory': FORGING_NAME }],
    ['readonly-list', { 'working-directory': FORGING_NAME }],
    ['sbom-attach', { 'working-directory': FORGING_NAME }],
    ['vendor-consistency', { 'working-directory': FORGING_NAME }],
    ['coverage-gate', { 'working-directory': FORGING_NAME, 'run-tests': 'true' }]
  ])('%s in a directory whose name forges workflow commands', async (gate, inputs) => {
    await run(gate, ws, inputs);
  });

  test('sum-audit on a go.sum holding Markdown, BOMs and a huge line', async () => {
    const r = await run('sum-audit', ws, { 'working-directory': 'md' });
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toContain('evil.example'); // shown, inert
  });

  test('vendor-consistency on a vendor/ that is a symlink out of the workspace', async () => {
    const r = await run('vendor-consistency', ws, { 'working-directory': 'vlink' });
    expect(r.outputs.result).not.toBe('pass');
  });

  test('vendor-consistency on a vendored file that is a symlink to a secret', async () => {
    const r = await run('vendor-consistency', ws, { 'working-directory': 'vfile' });
    expect(r.outputs.result).not.toBe('pass');
  });

  test('coverage-gate on a profile naming files with Markdown', async () => {
    await run('coverage-gate', ws, { 'working-directory': 'cov', profile: 'cov/cov.out' });
  });

  test('coverage-gate on a profile whose file name holds a newline and a command', async () => {
    const r = await run('coverage-gate', ws, { 'working-directory': 'cov', profile: 'cov/cov-newline.out' });
    expect(r.outputs.result).toBe('error');
  });

  test.each(['mod-verify', 'readonly-list', 'coverage-gate', 'sum-audit', 'sbom-attach', 'vendor-consistency', 'mod-review'])(
    '%s refuses a go.mod that is a symlink out of the workspace, and a go.work that uses a directory outside',
    async gate => {
      for (const dir of ['linkmod', 'outwork']) {
        const r = await run(gate, ws, { 'working-directory': dir, ...(gate === 'coverage-gate' ? { profile: 'cov/cov.out' } : {}) });
        expect(r.outputs.result).toBe('error');
        expect(
          r.annotations
            .filter(a => a.kind === 'error')
            .map(a => a.message)
            .join('\n')
        ).toMatch(/outside the workspace/);
      }
    }
  );

  // Every path input, pointed out of the workspace by `..`, an absolute path or a planted
  // symlink: one clear error naming the input, and nothing outside read or written.
  const outward = ['../outside.json', 'link-out/out.json', 'victim-link.json'];
  const pathCases: [string, string, string, Record<string, string>][] = [];
  for (const gate of ['mod-verify', 'readonly-list', 'coverage-gate', 'sum-audit', 'sbom-attach', 'vendor-consistency', 'mod-review']) {
    const base: Record<string, string> =
      gate === 'coverage-gate'
        ? { 'working-directory': 'cov', profile: 'cov/cov.out' }
        : gate === 'sum-audit'
          ? { 'working-directory': 'md' }
          : { 'working-directory': 'vfile' };
    for (const value of outward) pathCases.push([gate, 'report-path', value, base]);
  }
  const cov = { 'working-directory': 'cov', profile: 'cov/cov.out' };
  for (const value of outward) {
    pathCases.push(['coverage-gate', 'badge-path', value.replace('.json', '.svg'), cov]);
    pathCases.push(['coverage-gate', 'baseline-path', value, { ...cov, baseline: 'file' }]);
    pathCases.push(['vendor-consistency', 'patch-path', value.replace('.json', '.diff'), { 'working-directory': 'vfile' }]);
  }
  pathCases.push(['coverage-gate', 'profile', 'secret-link', cov]);
  pathCases.push(['sbom-attach', 'output-dir', 'link-out', { 'working-directory': 'vfile' }]);
  pathCases.push(['mod-verify', 'policy-file', 'secret-link', { 'working-directory': 'vfile' }]);
  pathCases.push(['vendor-consistency', 'integrity-lock', 'link-lock', { 'working-directory': 'vfile' }]);

  test.each(pathCases)('%s refuses %s=%s', async (gate, input, value, base) => {
    if (input === 'integrity-lock') await fs.symlink(path.join(sentinel, 'secret.txt'), path.join(ws, 'vfile', 'link-lock')).catch(() => undefined);
    const r = await run(gate, ws, { ...base, [input]: value });
    expect(r.exitCode).not.toBe(0);
    expect(
      r.annotations
        .filter(a => a.kind === 'error')
        .map(a => a.message)
        .join('\n')
    ).toContain(`'${input}'`);
  });

  test('absolute paths outside the workspace and RUNNER_TEMP are refused', async () => {
    const outside = path.join(sentinel, 'abs.json');
    for (const [gate, inputs] of [
      ['sum-audit', { 'working-directory': 'md', 'state-dir': sentinel }],
      ['coverage-gate', { ...cov, profile: path.join(sentinel, 'secret.txt') }],
      ['sbom-attach', { 'working-directory': 'vfile', mode: 'binary', binaries: path.join(sentinel, 'secret.txt') }],
      ['mod-verify', { 'working-directory': 'vfile', 'report-path': outside }]
    ] as [string, Record<string, string>][]) {
      const r = await run(gate, ws, inputs);
      expect(r.exitCode).not.toBe(0);
    }
  });
});
