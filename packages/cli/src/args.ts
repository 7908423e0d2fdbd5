/** Command-line parsing for `go-ci-gates <gate|all|demo|list> [--input=value ...] [dir]`. */
export interface CliArgs {
  command: string;
  inputs: Record<string, string>;
  dir?: string;
  verbose: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: '', inputs: {}, verbose: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '-v' || a === '--verbose') args.verbose = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 2) args.inputs[a.slice(2, eq)] = a.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) args.inputs[a.slice(2)] = argv[++i];
      else args.inputs[a.slice(2)] = 'true';
    } else positional.push(a);
  }
  args.command = positional[0] ?? '';
  args.dir = positional[1];
  if (positional.length > 2) throw new Error(`unexpected argument '${positional[2]}'`);
  return args;
}

export const USAGE = `Usage: go-ci-gates <gate> [--<input>=<value> ...] [dir]
       go-ci-gates all [dir]          run every gate
       go-ci-gates demo               run every gate on the bundled demo module, hermetically
       go-ci-gates list               list the gates and their inputs
       go-ci-gates workflow <discover|record|summary>
                                      a step of the reusable workflow (inputs in env)

Runs a gate's bundled action (dist/<gate>/index.js) exactly as GitHub Actions
would, with dir (default: the current directory) as the workspace, and prints
its summary. Inputs are the action's inputs (see actions/<gate>/README.md).
Exits 1 when a gate fails or cannot run.

  -v, --verbose   also print the action's log
  -h, --help      this help`;
