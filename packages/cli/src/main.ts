import * as path from 'node:path';
import { renderTerminal, type GateReport } from '@go-ci-gates/core';
import { parseArgs, USAGE } from './args.js';
import { DEMO_INPUTS, DEMO_MODULE, demoEnvironment } from './demo.js';
import { listGates, type GateMeta } from './gates.js';
import { runGateLocally } from './run-gate-locally.js';
import { runWorkflowCommand } from './workflow/command.js';

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;

export async function main(argv: readonly string[]): Promise<number> {
  // Run as the reusable workflow's internal action (.github/actions/go-gates-step): the command is an input.
  if (argv.length === 0 && process.env.GITHUB_ACTIONS === 'true' && process.env.INPUT_COMMAND) return runWorkflowCommand(process.env.INPUT_COMMAND.trim(), process.env);
  if (argv[0] === 'workflow') return runWorkflowCommand(argv[1] ?? '', process.env);
  const args = parseArgs(argv);
  if (args.help || !args.command) {
    console.log(USAGE);
    return args.command || args.help ? 0 : 2;
  }
  const gates = listGates();
  if (args.command === 'list') {
    for (const g of gates) console.log(`${g.name.padEnd(20)} ${g.description}\n${' '.repeat(21)}inputs: ${Object.keys(g.inputs).join(', ')}`);
    return 0;
  }
  if (args.command === 'demo') {
    const { env, cleanup } = await demoEnvironment();
    try {
      console.log(`Running every gate on the demo module (${path.relative(process.cwd(), DEMO_MODULE) || '.'}), hermetically: dependencies from a file:// proxy, no network.\n`);
      const results = await runMany(gates, DEMO_MODULE, name => DEMO_INPUTS[name] ?? {}, env, args.verbose);
      // The demo module has deliberate problems, so failing gates are the expected outcome;
      // the demo itself fails only when a gate could not run.
      const broken = results.filter(([, r]) => r !== 'pass' && r !== 'fail');
      console.log(broken.length ? `\nThese gates could not run: ${broken.map(([n]) => n).join(', ')}` : '\nEvery gate ran. The failures above are the demo module\'s deliberate problems (see test/demo/module/README.md).');
      return broken.length ? 1 : 0;
    } finally {
      await cleanup();
    }
  }
  const workspace = path.resolve(args.dir ?? '.');
  if (args.command === 'all') {
    if (Object.keys(args.inputs).length) throw new Error("'all' takes no inputs; run one gate to pass inputs");
    const results = await runMany(gates, workspace, () => ({}), {}, args.verbose);
    return results.every(([, r]) => r === 'pass') ? 0 : 1;
  }
  const gate = gates.find(g => g.name === args.command);
  if (!gate) throw new Error(`unknown gate '${args.command}'; the gates: ${gates.map(g => g.name).join(', ')}`);
  const run = await runGateLocally(gate, workspace, args.inputs);
  show(gate, run.report, run.log, args.verbose || !run.report);
  return run.exitCode === 0 ? 0 : 1;
}

async function runMany(
  gates: GateMeta[],
  workspace: string,
  inputsFor: (name: string) => Record<string, string>,
  env: Record<string, string>,
  verbose: boolean
): Promise<[string, string][]> {
  const results: [string, string][] = [];
  for (const gate of gates) {
    const run = await runGateLocally(gate, workspace, inputsFor(gate.name), env);
    show(gate, run.report, run.log, verbose || !run.report);
    results.push([gate.name, run.report?.result ?? `exit ${run.exitCode}`]);
  }
  console.log('== All gates');
  for (const [name, result] of results) console.log(`${name.padEnd(20)} ${result}`);
  return results;
}

function show(gate: GateMeta, report: GateReport | undefined, log: string, withLog: boolean): void {
  if (withLog) process.stdout.write(log.endsWith('\n') || !log ? log : log + '\n');
  if (report) process.stdout.write(renderTerminal(report, { color, width: process.stdout.columns ?? 120 }) + '\n');
  else console.log(`${gate.name}: no report was written (see the log above)\n`);
}
