import { acceptedValues, isBooleanInput, type GateMeta } from './gates.js';
import { localDefaults } from './local-defaults.js';
import { wrap } from './text.js';

export const USAGE = `Usage: go-ci-gates <gate> [--<input>=<value> ...] [options] [dir]
       go-ci-gates all [options] [dir]   run every gate but mod-review with local defaults
       go-ci-gates demo [options]        run every gate on the bundled demo module, hermetically
       go-ci-gates list                  the gates, what each checks, its inputs
       go-ci-gates <gate> --help         a gate's inputs, defaults and accepted values

Runs a gate's bundled action exactly as GitHub Actions would, with dir
(default: the current directory) as the workspace, and prints its report.

Options:
  --out DIR       keep every file the gates write (JSON reports, SBOMs, the
                  vendor patch, the coverage badge) in DIR/<gate>/
                  (default: ./go-ci-gates-out)
  -v, --verbose   print each gate's log as it runs (commands and their output)
  -V, --version   print the version
  -h, --help      this help

Progress lines go to stderr on a terminal; reports go to stdout.
Colour: on a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 forces it on.
The demo keeps go's build cache between runs (node_modules/.cache in a clone,
~/.cache/go-ci-gates installed); GO_CI_GATES_DEMO_GOCACHE=DIR keeps it in DIR.

Exit codes:
  0  every gate passed
  1  a gate ran and failed (its findings say why)
  2  usage or configuration error: unknown gate or input, an invalid input
     value, a missing directory, no go command, or a gate that could not run
  3  a bug in go-ci-gates (the stack is printed; please report it)`;

/** `go-ci-gates <gate> --help`, generated from the gate's action.yml. */
export function gateHelp(gate: GateMeta, width = 100): string {
  const local = localDefaults(gate.name, '<out>/' + gate.name);
  const lines = [`Usage: go-ci-gates ${gate.name} [--<input>=<value> ...] [options] [dir]`, '', wrap(gate.description, width), '', 'Inputs:'];
  for (const [name, spec] of Object.entries(gate.inputs)) {
    const flag = isBooleanInput(spec) ? `--${name}[=true|false], --no-${name}` : `--${name}=<value>`;
    const facts: string[] = [];
    const values = acceptedValues(spec);
    if (values && !isBooleanInput(spec)) facts.push(`one of: ${values.join(', ')}`);
    const def = spec.default ?? '';
    if (def.includes('${{')) facts.push('not used outside GitHub Actions');
    else facts.push(`default: ${def === '' ? '(empty)' : JSON.stringify(def)}`);
    if (name in local) facts.push(`locally: ${JSON.stringify(local[name])}`);
    lines.push(`  ${flag}`, wrap(`${spec.description ?? ''} [${facts.join('; ')}]`, width, '      '));
  }
  lines.push('', 'Options (--out, -v, -V) and exit codes: go-ci-gates --help');
  return lines.join('\n');
}

/** `go-ci-gates list`: each gate, its description and its inputs. */
export function gateList(gates: GateMeta[], width = 100): string {
  return gates
    .map(g => [g.name, wrap(g.description, width, '    '), wrap(`inputs: ${Object.keys(g.inputs).join(', ')}`, width, '    ')].join('\n'))
    .join('\n\n');
}
