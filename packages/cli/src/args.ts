import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import { isBooleanInput, type InputMeta } from './gates.js';

/** `go-ci-gates <command> [--<input>=<value> ...] [options] [dir]`, parsed. */
export interface CliArgs {
  command: string;
  inputs: Record<string, string>;
  dir?: string;
  out?: string;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const GLOBAL_OPTIONS: Options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  verbose: { type: 'boolean', short: 'v' },
  out: { type: 'string' }
};

/**
 * Parses in two passes with node:util parseArgs: the first finds the
 * command, the second knows that command's inputs (from its action.yml),
 * so `--run-tests DIR` reads run-tests as a flag and DIR as the directory,
 * while `--fail-on warning` takes its value. `inputsOf` returns undefined
 * for a command that is not a gate.
 */
export function parseArgs(argv: readonly string[], inputsOf: (command: string) => Record<string, InputMeta> | undefined): CliArgs {
  const first = parseNodeArgs({ args: [...argv], options: GLOBAL_OPTIONS, strict: false, allowPositionals: true });
  const command = first.positionals[0] ?? '';
  const inputs = inputsOf(command) ?? {};

  // Boolean inputs also take an explicit value (--run-tests=false) or a --no- prefix;
  // parseArgs' boolean options take neither (allowNegative needs Node 22.4), so those are read here.
  const explicit: Record<string, string> = {};
  const rest: string[] = [];
  for (const arg of argv) {
    const m = /^--(no-)?([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
    const name = m?.[2];
    if (m && name && Object.hasOwn(inputs, name) && isBooleanInput(inputs[name]) && (m[1] || m[3] !== undefined)) {
      if (m[1] && m[3] !== undefined) throw new UsageError(`--no-${name} takes no value`);
      explicit[name] = m[1] ? 'false' : m[3]!;
    } else rest.push(arg);
  }

  const options: Options = { ...GLOBAL_OPTIONS };
  for (const [name, spec] of Object.entries(inputs)) {
    if (name in GLOBAL_OPTIONS) continue;
    options[name] = { type: isBooleanInput(spec) ? 'boolean' : 'string' };
  }
  let parsed;
  try {
    parsed = parseNodeArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError(usageMessage(err, command, inputs));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 2) throw new UsageError(`unexpected argument '${positionals[2]}' (one directory at most)`);
  const args: CliArgs = {
    command,
    inputs: { ...explicit },
    dir: positionals[1],
    out: values.out as string | undefined,
    verbose: Boolean(values.verbose),
    help: Boolean(values.help),
    version: Boolean(values.version)
  };
  for (const [name, value] of Object.entries(values)) {
    if (name in GLOBAL_OPTIONS) continue;
    args.inputs[name] = typeof value === 'boolean' ? String(value) : String(value);
  }
  return args;
}

/** parseArgs' messages name the option; for a gate, say what its inputs are. */
function usageMessage(err: unknown, command: string, inputs: Record<string, InputMeta>): string {
  const message = err instanceof Error ? err.message : String(err);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown && Object.keys(inputs).length) {
    return `${command} has no input ${unknown[1]}; its inputs: ${Object.keys(inputs).join(', ')} (go-ci-gates ${command} --help)`;
  }
  if (unknown) return `unknown option ${unknown[1]} (go-ci-gates --help)`;
  return message.replace(/\. To specify a positional argument.*$/s, '');
}
