import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readCoverProfiles, statementTotals } from '../src/coverage/index.js';
import { guardCheckout } from '../../../test/harness/fingerprint.js';
import { goOk } from '../../../test/harness/go-command.js';
import { createGoSandbox, type GoSandbox } from '../../../test/harness/go-sandbox.js';
import { nodeBinaries, runAction } from '../../../test/harness/run-action.js';
import { FakeGitHubComments } from '../../../test/servers/github-comments.js';
import { COMMENT_MARKER } from '../src/pr-comment.js';

let sandbox: GoSandbox;
let ws: string;
let profile: string;
/** Statement totals of the profile without the generated gen/gen.go (3 statements, excluded by default). */
let expected: { covered: number; total: number };

beforeAll(async () => {
  sandbox = await createGoSandbox();
  // Profiles, reports and state outside the checkout live where a job keeps them: RUNNER_TEMP (path inputs stay in the workspace or there).
  sandbox.env.RUNNER_TEMP = sandbox.root;
  ws = await sandbox.workspace('coverage-gate/alpha');
  profile = path.join(sandbox.root, 'cover.out');
  goOk(['test', '-covermode=atomic', '-coverpkg=./...', `-coverprofile=${profile}`, './...'], ws, sandbox.env);
  const read = await readCoverProfiles([profile]);
  expected = statementTotals({ ...read, files: read.files.filter(f => !f.fileName.endsWith('/gen/gen.go')) });
  expect(expected.total).toBe(statementTotals(read).total - 3);
}, 180_000);
afterAll(() => sandbox.cleanup());

const prEvent = (number: number, fork = false) => ({
  pull_request: {
    number,
    base: { sha: '', ref: 'main', repo: { full_name: 'octo/demo' } },
    head: { sha: '', repo: { full_name: fork ? 'someone/demo' : 'octo/demo' } }
  }
});

describe.each(nodeBinaries())('pull request comment under $name', ({ bin }) => {
  let github: FakeGitHubComments;
  beforeAll(async () => {
    github = new FakeGitHubComments();
    await github.start();
  });
  afterAll(() => github.stop());

  const comment = (inputs: Record<string, string>, event = prEvent(7)) =>
    runAction({
      gate: 'coverage-gate',
      workspace: ws,
      node: bin,
      env: { ...sandbox.env, ...github.env() },
      eventName: 'pull_request',
      event,
      inputs: { profile, baseline: 'none', comment: 'true', 'github-token': github.token, ...inputs }
    });

  test('the first run creates a marked comment, the second updates it in place (found past the first page)', async () => {
    // 101 comments by others: the gate's own comment lands on the second page of 100.
    for (let i = 0; i < 101; i++) github.addComment(7, `review remark ${i}`);
    const first = await comment({ 'threshold-total': '10' });
    expect(first.exitCode).toBe(0);
    const own = github.onIssue(7).filter(c => c.body.includes(COMMENT_MARKER));
    expect(own).toHaveLength(1);
    expect(own[0].body.startsWith(COMMENT_MARKER + '\n')).toBe(true);
    expect(own[0].body).toContain(`✅ Coverage ${first.outputs.coverage}% (${expected.covered}/${expected.total} statements)`);
    const id = own[0].id;

    const second = await comment({ 'threshold-total': '99' });
    expect(second.exitCode).toBe(1);
    const after = github.onIssue(7);
    expect(after).toHaveLength(102);
    expect(after.filter(c => c.body.includes(COMMENT_MARKER)).map(c => c.id)).toEqual([id]);
    expect(after.find(c => c.id === id)!.body).toMatch(/❌ Coverage .*\n+- Total coverage is .* below the minimum of 99%/);
    expect(after.filter(c => c.body.startsWith('review remark')).map(c => c.body)).toEqual(Array.from({ length: 101 }, (_, i) => `review remark ${i}`));
    expect(github.http.count(/^POST /)).toBe(1);
    expect(github.http.count(/^PATCH \/repos\/octo\/demo\/issues\/comments\//)).toBe(1);
    github.http.requests.length = 0;
  });

  test('a read-only token (403) skips the comment with a notice and does not fail the gate', async () => {
    github.readOnly = true;
    try {
      const run = await comment({ 'threshold-total': '10' }, prEvent(8));
      expect(run.exitCode).toBe(0);
      expect(run.outputs.result).toBe('pass');
      expect(github.onIssue(8)).toHaveLength(0);
      expect(github.http.count(/^POST \/repos\/octo\/demo\/issues\/8\/comments$/)).toBe(1);
      const notice = run.annotations.find(a => a.kind === 'notice' && /comment was skipped/.test(a.message));
      expect(notice?.message).toContain('HTTP 403');
      expect(run.report.findings.map((f: any) => `${f.rule}:${f.severity}`)).toEqual(['comment-skipped:notice']);
    } finally {
      github.readOnly = false;
      github.http.requests.length = 0;
    }
  });

  test('a fork pull request is skipped with a notice without calling the API', async () => {
    const run = await comment({ 'threshold-total': '10' }, prEvent(9, true));
    expect(run.exitCode).toBe(0);
    expect(github.http.count()).toBe(0);
    expect(run.report.findings.map((f: any) => f.rule)).toEqual(['comment-skipped']);
    expect(run.annotations.some(a => a.kind === 'notice' && /fork pull requests get a read-only token/.test(a.message))).toBe(true);
  });
});

const gate = (inputs: Record<string, string>, workspace = ws, extra: Partial<Parameters<typeof runAction>[0]> = {}) =>
  runAction({ gate: 'coverage-gate', workspace, env: sandbox.env, ...extra, inputs: { baseline: 'none', ...inputs } });
/** A module with no dependencies in a directory of the sandbox: go.mod for example.com/<name>, and `files`. */
async function moduleOfItsOwn(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(sandbox.root, name);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'go.mod'), `module example.com/${name}\n\ngo 1.21\n`);
  for (const [file, text] of Object.entries(files)) await fs.writeFile(path.join(dir, file), text);
  return dir;
}
const rulesOf = (run: Awaited<ReturnType<typeof runAction>>) =>
  run.report.findings.map((f: any) => `${f.rule}:${f.severity}${f.file ? ':' + f.file : ''}`).sort();

describe('reading coverage without a profile', () => {
  test('run-tests: true runs go test per module and measures what a profile run measures', async () => {
    const unchanged = await guardCheckout(ws);
    const run = await gate({ 'run-tests': 'true' });
    expect(run.exitCode).toBe(0);
    expect({ covered: Number(run.outputs.covered), total: Number(run.outputs.statements) }).toEqual(expected);
    expect(run.report.data.mode).toBe('atomic');
    expect(run.summary).toMatch(/Profiles: .*module-0\.out \(mode atomic/);
    await unchanged();
  }, 120_000);

  test("run-tests: the pull request's tests never see the job's token, the action's inputs or the runner's credentials", async () => {
    // A hostile test: it fails when it can read what the same test in a bare `run: go test` step could not.
    const dir = await moduleOfItsOwn('readssecrets', {
      'lib.go': 'package readssecrets\n\nfunc Two() int { return 2 }\n',
      'lib_test.go': [
        'package readssecrets',
        '',
        'import (',
        '\t"os"',
        '\t"strings"',
        '\t"testing"',
        ')',
        '',
        'func TestSeesNoSecrets(t *testing.T) {',
        '\tfor _, kv := range os.Environ() {',
        '\t\tname := strings.SplitN(kv, "=", 2)[0]',
        '\t\tswitch {',
        '\t\tcase strings.HasPrefix(strings.ToUpper(name), "INPUT_"), name == "ACTIONS_RUNTIME_TOKEN", strings.HasPrefix(name, "ACTIONS_ID_TOKEN_"):',
        '\t\t\tt.Errorf("the test can read %s", name)',
        '\t\t}',
        '\t}',
        '\tif os.Getenv("SET_BY_THE_STEP") != "kept" {',
        '\t\tt.Error("the step\'s own env did not reach the test")',
        '\t}',
        '\tif Two() != 2 {',
        '\t\tt.Error("Two")',
        '\t}',
        '}',
        ''
      ].join('\n')
    });
    const run = await gate({ 'run-tests': 'true', 'github-token': 'ghs_the_jobs_token', 'threshold-total': '1' }, dir, {
      env: {
        ...sandbox.env,
        ACTIONS_RUNTIME_TOKEN: 'runtime-token',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
        SET_BY_THE_STEP: 'kept'
      }
    });
    expect(`${run.stdout}${run.stderr}${JSON.stringify(run.report)}`).not.toMatch(/the test can read|did not reach/);
    expect(run.outputs.result).toBe('pass');
    expect(Number(run.outputs.covered)).toBe(1);
  }, 120_000);

  test("run-tests: a failing test is an error that quotes go test's own failure lines, not just its exit code", async () => {
    const dir = await moduleOfItsOwn('fails', {
      'lib.go': 'package fails\n\nfunc Two() int { return 3 }\n',
      'lib_test.go':
        'package fails\n\nimport "testing"\n\nfunc TestTwo(t *testing.T) {\n\tif got := Two(); got != 2 {\n\t\tt.Errorf("Two() = %d, want 2", got)\n\t}\n}\n'
    });
    const run = await gate({ 'run-tests': 'true' }, dir);
    expect(run.outputs.result).toBe('error');
    expect(run.report.error).toMatch(/^`go test -coverprofile=\S+ -covermode=atomic -coverpkg=\.\/\.\.\. \.\/\.\.\.` exited with code 1 \(in \S+\):\n/);
    expect(run.report.error).toContain('--- FAIL: TestTwo');
    expect(run.report.error).toContain('lib_test.go:7: Two() = 3, want 2');
  }, 120_000);

  test('run-tests under a go.work whose modules have no go.sum: go.work.sum goes to a temp copy, never the checkout', async () => {
    const work = await sandbox.workspace('readonly-list/workspace');
    await fs.rm(path.join(work, 'api', 'go.sum'));
    await fs.rm(path.join(work, 'server', 'go.sum'));
    const unchanged = await guardCheckout(work);
    const run = await gate({ 'run-tests': 'true' }, work);
    expect(run.outputs.result).toBeDefined();
    expect(existsSync(path.join(work, 'go.work.sum'))).toBe(false);
    await unchanged();
  }, 120_000);

  test('covdata-dir reads GOCOVERDIR from a go build -cover binary run', async () => {
    const gamma = await sandbox.workspace('coverage-gate/gamma');
    const bin = path.join(sandbox.root, 'hello');
    const coverDir = path.join(sandbox.root, 'gocoverdir');
    await fs.mkdir(coverDir, { recursive: true });
    goOk(['build', '-cover', '-coverpkg=./...', '-o', bin, './cmd/hello'], gamma, sandbox.env);
    const out = spawnSync(bin, [], { env: { ...process.env, GOCOVERDIR: coverDir }, encoding: 'utf8' });
    expect(out.stdout).toBe('hello, gopher\n');
    // Expected integers from the Go tools: covdata's own text conversion, counted per statement.
    const text = path.join(sandbox.root, 'covdata.txt');
    goOk(['tool', 'covdata', 'textfmt', `-i=${coverDir}`, `-o=${text}`], gamma, sandbox.env);
    const want = statementTotals(await readCoverProfiles([text]));
    const percent = goOk(['tool', 'covdata', 'percent', `-i=${coverDir}`], gamma, sandbox.env);
    expect(percent).toMatch(/example\.com\/covgate\/gamma\/greet\s+coverage: \d+\.\d% of statements/);
    const unchanged = await guardCheckout(gamma);
    const run = await gate({ 'covdata-dir': coverDir, 'threshold-total': '1' }, gamma);
    expect(run.exitCode).toBe(0);
    expect({ covered: Number(run.outputs.covered), total: Number(run.outputs.statements) }).toEqual(want);
    expect(want.covered).toBeGreaterThan(0);
    expect(want.covered).toBeLessThan(want.total);
    expect(run.report.data.packages['example.com/covgate/gamma/greet'].total).toBeGreaterThan(0);
    await unchanged();
  }, 120_000);
});

describe('denominators, thresholds and rules', () => {
  test('denominator func is judged: a threshold between the two totals flips the verdict', async () => {
    const stmt = await gate({ profile, 'exclude-generated': 'false' });
    const s = stmt.report.data.statements;
    const f = stmt.report.data.func;
    expect(s).toEqual(statementTotals(await readCoverProfiles([profile])));
    // go tool cover -func's own total (one decimal) agrees with the gate's func integers.
    const coverFunc = goOk(['tool', 'cover', `-func=${profile}`], ws, sandbox.env);
    const goTotal = /total:\s+\(statements\)\s+(\d+\.\d)%/.exec(coverFunc)![1];
    expect(((f.covered * 100) / f.total).toFixed(1)).toBe(goTotal);
    expect(f.total).toBeLessThan(s.total); // the package-level closure Square counts only in statements
    const sp = (s.covered * 100) / s.total;
    const fp = (f.covered * 100) / f.total;
    expect(Math.abs(sp - fp)).toBeGreaterThan(0.01);
    const t = ((sp + fp) / 2).toFixed(3);
    const byStatements = await gate({ profile, 'exclude-generated': 'false', 'threshold-total': t });
    const byFunc = await gate({ profile, 'exclude-generated': 'false', 'threshold-total': t, denominator: 'func' });
    expect(byStatements.exitCode).toBe(sp >= fp ? 0 : 1);
    expect(byFunc.exitCode).toBe(sp >= fp ? 1 : 0);
    expect({ covered: Number(byFunc.outputs.covered), total: Number(byFunc.outputs.statements) }).toEqual(f);
    expect(byFunc.summary).toContain(`| Total (func, judged) | ${f.covered} | ${f.total} |`);
    expect(byFunc.summary).toContain(`| statements (go test -cover) | ${s.covered} | ${s.total} |`);
  });

  test('the fixture per package (gen/gen.go excluded)', async () => {
    const run = await gate({ profile });
    const pkgs = Object.fromEntries(
      Object.entries(run.report.data.packages).map(([k, v]: [string, any]) => [k.replace('example.com/covgate/alpha/', ''), `${v.covered}/${v.total}`])
    );
    expect(pkgs).toEqual({ calc: '14/19', gen: '1/1', nocov: '0/3', strs: '6/11' });
  });

  test('threshold-package judges every package; min-statements leaves small ones unjudged', async () => {
    const all = await gate({ profile, 'threshold-package': '60' });
    expect(all.exitCode).toBe(1);
    expect(rulesOf(all)).toEqual(['coverage-package:error:nocov', 'coverage-package:error:strs']);
    const floor = await gate({ profile, 'threshold-package': '60', 'min-statements': '4' });
    expect(rulesOf(floor)).toEqual(['coverage-package:error:strs']);
    expect(floor.report.findings[0].message).toBe('Package example.com/covgate/alpha/strs coverage is 54.54% (6/11 statements), below the minimum of 60%.');
  });

  test('threshold-file annotates the first uncovered line of each failing file', async () => {
    const run = await gate({ profile, 'threshold-file': '70', 'min-statements': '4' });
    expect(rulesOf(run)).toEqual(['coverage-file:error:strs/strs.go']);
    const a = run.annotations.find(x => x.kind === 'error' && x.props.file === 'strs/strs.go');
    const firstZero = (await readCoverProfiles([profile])).files
      .find(f => f.fileName.endsWith('strs/strs.go'))!
      .blocks.filter(b => b.count === 0 && b.numStmt > 0)
      .map(b => b.startLine)
      .sort((x, y) => x - y)[0];
    expect(a?.props.line).toBe(String(firstZero));
  });

  test('rules judge the aggregate of the files they match, with the min-statements floor', async () => {
    const run = await gate({ profile, rules: 'calc/**: 70\nnocov/**: 50\n{gen,nocov}/**: 30', 'min-statements': '4' });
    expect(run.exitCode).toBe(1);
    // nocov alone (3 statements) is not judged; with gen/use.go the group has 4 and 1/4 = 25% < 30%.
    expect(rulesOf(run)).toEqual(['coverage-rule:error']);
    expect(run.report.findings[0].message).toBe('Rule {gen,nocov}/** (2 files) coverage is 25.00% (1/4 statements), below the minimum of 30%.');
    expect(run.summary).toContain('| <code>nocov/\\*\\*</code> | 1 | 0.00% (0/3) | 50% | not judged (3 \\< 4 statements) |');
    expect(run.summary).toMatch(/\| <code>calc\/\\\*\\\*<\/code> \| 1 \| 73\.68% \(14\/19\) \| 70% \| pass/);
  });
});

describe('baseline judgements and determinism', () => {
  let baselineFile: string;
  beforeAll(async () => {
    baselineFile = path.join(sandbox.root, 'features-baseline.json');
    const save = await gate({ profile, baseline: 'file', 'baseline-path': baselineFile, 'save-baseline': 'always' });
    expect(save.exitCode).toBe(0);
  });
  const withBaseline = async (edit: (b: any) => void) => {
    const b = JSON.parse(await fs.readFile(baselineFile, 'utf8'));
    edit(b);
    const file = path.join(sandbox.root, `baseline-${Math.random().toString(36).slice(2)}.json`);
    await fs.writeFile(file, JSON.stringify(b));
    return file;
  };

  test('max-drop-package fails the package whose coverage fell, not the others', async () => {
    // The baseline had strs fully covered: 11/11 → 6/11 is a 45.45 pt drop (percentages are shown truncated, never rounded up). The total drop (5/34) stays within max-drop.
    const file = await withBaseline(b => {
      const [covered, total] = b.files['strs/strs.go'];
      b.files['strs/strs.go'] = [11, 11];
      // The total stays the sum of the files, or the baseline is invalid.
      b.total = { covered: b.total.covered + 11 - covered, total: b.total.total + 11 - total };
    });
    const run = await gate({ profile, baseline: 'file', 'baseline-path': file, 'save-baseline': 'never', 'max-drop': '20', 'max-drop-package': '10' });
    expect(run.exitCode).toBe(1);
    expect(rulesOf(run)).toEqual(['coverage-package-drop:error:strs']);
    expect(run.report.findings[0].message).toBe(
      'Package example.com/covgate/alpha/strs coverage dropped by 45.45 pt (100.00% → 54.54%), more than the allowed 10 pt.'
    );
    expect(run.summary).toMatch(/\| <code>example\.com\/covgate\/alpha\/strs<\/code> \| 6 \| 11 \| 54\.54% \| -45\.45 pt \|/);
    const loose = await gate({ profile, baseline: 'file', 'baseline-path': file, 'save-baseline': 'never', 'max-drop-package': '45.46' });
    expect(loose.exitCode).toBe(0);
  });

  // Each is what a corrupted or hand-edited baseline can hold; judged, [9, 0] made "dropped by 875.00 pt".
  const invalid: [string, (b: any) => void, string][] = [
    [
      'a file covering more than it has',
      b => (b.files['strs/strs.go'] = [9, 0]),
      'files["strs/strs.go"] must be [covered, total] with 0 <= covered <= total, not [9,0]'
    ],
    ['a negative count', b => (b.files['calc/calc.go'] = [-1, 19]), 'files["calc/calc.go"] must be [covered, total] with 0 <= covered <= total, not [-1,19]'],
    ['a fraction', b => (b.files['calc/calc.go'] = [1.5, 19]), 'files["calc/calc.go"] must be [covered, total] with 0 <= covered <= total, not [1.5,19]'],
    ['an unsafe integer', b => (b.total.total = 2 ** 60), 'total must be {covered, total} integers with 0 <= covered <= total'],
    ['a total that is not the sum of its files', b => (b.total = { covered: b.total.total, total: b.total.total }), 'is not the sum of the files'],
    [
      'an unknown version',
      b => (b.schema = 'go-ci-gates/coverage-baseline@9'),
      'schema "go-ci-gates/coverage-baseline@9" is not go-ci-gates/coverage-baseline@1'
    ]
  ];
  test.each(invalid)('an invalid baseline (%s) is treated as missing, with a warning that says why', async (_name, edit, why) => {
    const file = await withBaseline(edit);
    const run = await gate({ profile, baseline: 'file', 'baseline-path': file, 'save-baseline': 'never', 'max-drop': '1', 'max-drop-package': '1' });
    expect(run.exitCode).toBe(0);
    expect(rulesOf(run)).toEqual(['baseline-invalid:warning']);
    expect(run.report.findings[0].message).toContain('is not valid and is treated as missing: ');
    expect(run.report.findings[0].message).toContain(why);
    expect(run.outputs.delta).toBe('');
    expect(run.report.data.baseline).toBeNull();
    // missing-baseline: error makes it an error, as a missing one is.
    const strict = await gate({ profile, baseline: 'file', 'baseline-path': file, 'save-baseline': 'never', 'missing-baseline': 'error' });
    expect(rulesOf(strict)).toEqual(['baseline-invalid:error']);
    expect(strict.outputs.result).toBe('fail');
  });

  test('a baseline that is not JSON is quoted as a short escaped excerpt only', async () => {
    const file = path.join(sandbox.root, 'hostile-baseline.json');
    await fs.writeFile(file, '::warning title=forged::forged\n[click](https://evil.example/)' + 'A'.repeat(5000));
    const run = await gate({ profile, baseline: 'file', 'baseline-path': file, 'save-baseline': 'never' });
    expect(rulesOf(run)).toEqual(['baseline-invalid:warning']);
    const message: string = run.report.findings[0].message;
    expect(message).toContain('not JSON, starting "::warning title=forged::forged\\n[click](h…"');
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(400);
    expect(run.stdout.split('\n').filter(l => l.startsWith('::warning title=forged'))).toEqual([]);
  });

  test('a baseline from another Go version is a warning naming both versions', async () => {
    const file = await withBaseline(b => (b.goVersion = '1.10.8'));
    const run = await gate({ profile, baseline: 'file', 'baseline-path': file, 'save-baseline': 'never', 'max-drop': '1' });
    expect(run.exitCode).toBe(0);
    expect(rulesOf(run)).toEqual(['baseline-go-version:warning']);
    expect(run.report.findings[0].message).toMatch(/^The baseline was measured with 1\.10\.8 and this run uses \d+\.\d+/);
    const same = await gate({ profile, baseline: 'file', 'baseline-path': baselineFile, 'save-baseline': 'never' });
    expect(rulesOf(same)).toEqual([]);
  });

  test('two runs give a byte-identical summary and JSON report', async () => {
    const inputs = {
      profile,
      baseline: 'file',
      'baseline-path': baselineFile,
      'save-baseline': 'never',
      'threshold-total': '50',
      'threshold-file': '90',
      rules: 'calc/**: 70'
    };
    const report = path.join(sandbox.root, 'determinism.json');
    const one = await gate({ ...inputs, 'report-path': report });
    const oneReport = await fs.readFile(report);
    const two = await gate({ ...inputs, 'report-path': report });
    const twoReport = await fs.readFile(report);
    expect(one.summary.length).toBeGreaterThan(500);
    expect(two.summary).toBe(one.summary);
    expect(twoReport.equals(oneReport)).toBe(true);
    // Annotations too (log groups carry timings, so only the annotation commands are compared).
    const annotations = (r: typeof one) => r.stdout.split('\n').filter(l => /^::(error|warning|notice)/.test(l));
    expect(annotations(one).length).toBeGreaterThan(1);
    expect(annotations(two)).toEqual(annotations(one));
  });
});
