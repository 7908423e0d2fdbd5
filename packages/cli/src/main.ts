import * as path from 'node:path';
import type { GateReport } from '@go-ci-gates/core';
import { parseArgs } from './args.js';
import { palette, useColor } from './color.js';
import { DEMO_WORKSPACE, demoEnvironment } from './demo.js';
import { EXIT, UsageError } from './errors.js';
import { gateHelp, gateList, USAGE } from './help.js';
import { listGates, packageVersion, type GateMeta } from './gates.js';
import { progressPrinter, type ProgressMode } from './progress.js';
import { renderTerminal } from './render-terminal.js';
import { checkGo, checkWorkspace, prepareOut } from './preflight.js';
import { runGateLocally, type LocalRun } from './run-gate-locally.js';
import { seconds } from './text.js';
import { runWorkflowCommand } from './workflow/command.js';
import { keepOutputInert } from './inert-in-workflow.js';

/** Where files the gates write are kept unless --out says otherwise (relative to the current directory). */
export const DEFAULT_OUT = 'go-ci-gates-out';

export async function main(argv: readonly string[]): Promise<number> {
  // Run as the reusable workflow's internal action (.github/actions/go-gates-step): the command is an input.
  if (argv.length === 0 && process.env.GITHUB_ACTIONS === 'true' && process.env.INPUT_COMMAND)
    return runWorkflowCommand(process.env.INPUT_COMMAND.trim(), process.env);
  if (argv[0] === 'workflow') return runWorkflowCommand(argv[1] ?? '', process.env);
  const resume = keepOutputInert(process.env);
  try {
    return await runCommand(argv);
  } finally {
    resume?.();
  }
}

async function runCommand(argv: readonly string[]): Promise<number> {
  const gates = listGates();
  const args = parseArgs(argv, command => gates.find(g => g.name === command)?.inputs);
  const width = Math.min(process.stdout.columns || 100, 120);
  const gate = gates.find(g => g.name === args.command);
  if (args.version) {
    console.log(`go-ci-gates ${packageVersion()}`);
    return EXIT.pass;
  }
  if (args.help) {
    console.log(gate ? gateHelp(gate, width) : USAGE);
    return EXIT.pass;
  }
  if (!args.command) {
    console.error(USAGE);
    return EXIT.usage;
  }
  if (args.command === 'list') {
    console.log(gateList(gates, width));
    return EXIT.pass;
  }
  const known = ['all', 'demo', ...gates.map(g => g.name)];
  if (!known.includes(args.command))
    throw new UsageError(`unknown gate '${args.command}'; the gates: ${gates.map(g => g.name).join(', ')} (or all, demo, list)`);

  const out = path.resolve(args.out ?? DEFAULT_OUT);
  const ui: Ui = {
    mode: args.verbose ? 'verbose' : process.stderr.isTTY ? 'progress' : 'quiet',
    color: useColor(process.stdout),
    errColor: useColor(process.stderr),
    width
  };
  if (args.command === 'demo') {
    if (args.dir) throw new UsageError('demo takes no directory: it runs on the bundled demo module');
    return runDemo(gates, out, ui);
  }
  const workspace = path.resolve(args.dir ?? '.');
  checkWorkspace(workspace);
  checkGo(args.inputs, process.env);
  await prepareOut(out);
  if (args.command === 'all') {
    // As in the reusable workflow's default list: mod-review compares with a base commit, which `all` has no way to name.
    console.log('mod-review is not part of all: it reviews changes against a base commit (go-ci-gates mod-review --base-ref <commit> .).\n');
    return runMany(
      gates.filter(g => !NOT_IN_ALL.includes(g.name)),
      workspace,
      () => ({}),
      out,
      {},
      ui
    );
  }
  const run = await runOne(gate!, workspace, args.inputs, out, {}, ui);
  return exitCodeOf(run);
}

/** Gates `all` leaves out (they need an input `all` cannot give). */
const NOT_IN_ALL = ['mod-review'];

interface Ui {
  mode: ProgressMode;
  color: boolean;
  errColor: boolean;
  width: number;
}

async function runDemo(gates: GateMeta[], out: string, ui: Ui): Promise<number> {
  checkGo({}, process.env);
  await prepareOut(out);
  const started = Date.now();
  const demo = await demoEnvironment();
  try {
    const where = path.relative(process.cwd(), DEMO_WORKSPACE) || '.';
    console.log(
      `Running every gate on the demo modules in ${where}, hermetically: dependencies from a file:// proxy, a checksum database on 127.0.0.1, no network.\n` +
        `go's build cache is kept between runs in ${demo.buildCache}.\n`
    );
    const codes = await runManyCodes(
      gates,
      DEMO_WORKSPACE,
      name => demo.inputs[name] ?? {},
      out,
      demo.env,
      ui,
      name => demo.workspaces[name]
    );
    // The demo modules have deliberate problems, so failing gates are the expected outcome;
    // the demo itself fails only when a gate could not run.
    const broken = [...codes].filter(([, code]) => code === EXIT.usage).map(([name]) => name);
    console.log(
      broken.length
        ? `\nThese gates could not run: ${broken.join(', ')}`
        : `\nEvery gate ran in ${seconds(Date.now() - started)}. The failures above are the demo modules' deliberate problems (see ${where}/README.md).`
    );
    return broken.length ? EXIT.failed : EXIT.pass;
  } finally {
    await demo.cleanup();
  }
}

async function runMany(
  gates: GateMeta[],
  workspace: string,
  inputsFor: (name: string) => Record<string, string>,
  out: string,
  env: Record<string, string>,
  ui: Ui
): Promise<number> {
  const codes = await runManyCodes(gates, workspace, inputsFor, out, env, ui);
  return Math.max(EXIT.pass, ...codes.values());
}

async function runManyCodes(
  gates: GateMeta[],
  workspace: string,
  inputsFor: (name: string) => Record<string, string>,
  out: string,
  env: Record<string, string>,
  ui: Ui,
  /** A gate's own workspace, when it has one (the demo's mod-review repository). */
  workspaceFor: (name: string) => string | undefined = () => undefined
): Promise<Map<string, number>> {
  const results = new Map<string, { code: number; result: string }>();
  for (const gate of gates) {
    const run = await runOne(gate, workspaceFor(gate.name) ?? workspace, inputsFor(gate.name), out, env, ui);
    results.set(gate.name, { code: exitCodeOf(run), result: run.report?.result ?? `exit ${run.exitCode}` });
  }
  console.log('== All gates');
  for (const [name, r] of results) console.log(`${name.padEnd(20)} ${r.result}`);
  return new Map([...results].map(([n, r]) => [n, r.code]));
}

async function runOne(gate: GateMeta, workspace: string, inputs: Record<string, string>, out: string, env: Record<string, string>, ui: Ui): Promise<LocalRun> {
  const started = Date.now();
  const errPalette = palette(ui.errColor);
  const onEvent = progressPrinter(gate.name, ui.mode, { write: s => process.stderr.write(s), columns: process.stderr.columns }, errPalette, started);
  onEvent({ kind: 'step', text: `running on ${workspace}` });
  const run = await runGateLocally(gate, workspace, inputs, { out, extraEnv: env, onEvent });
  onEvent({ kind: 'step', text: `done: ${run.report?.result ?? `exit ${run.exitCode}`} in ${seconds(Date.now() - started)}` });
  show(gate, run, ui);
  return run;
}

/** 0 pass, 1 the gate failed, 2 it could not run (its inputs, the environment or the project kept it from deciding). */
export function exitCodeOf(run: LocalRun): number {
  const result: GateReport['result'] | undefined = run.report?.result;
  if (result === 'pass') return EXIT.pass;
  if (result === 'fail') return EXIT.failed;
  // A bug (in the gate or the CLI) is not the user's to fix: its own code, so scripts can tell.
  if (run.report?.errorKind === 'internal') return EXIT.bug;
  return EXIT.usage;
}

function show(gate: GateMeta, run: LocalRun, ui: Ui): void {
  // Without a report the log is all there is; with -v it has been streamed already.
  if (!run.report && ui.mode !== 'verbose') process.stdout.write(run.log.endsWith('\n') || !run.log ? run.log : run.log + '\n');
  if (run.report) process.stdout.write(renderTerminal(run.report, { color: ui.color, width: ui.width }));
  else console.log(`${gate.name}: no report was written (see the log above)`);
  if (run.kept.length) {
    const relative = path.relative(process.cwd(), run.outDir);
    const dir = !relative ? '.' : relative.startsWith('..') ? run.outDir : relative;
    console.log(`Kept in ${dir}${path.sep}: ${run.kept.join(', ')}`);
  }
  console.log('');
}
