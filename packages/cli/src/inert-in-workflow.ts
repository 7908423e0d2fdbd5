import { randomBytes } from 'node:crypto';

/**
 * Run as a plain `run:` step in a workflow (`npx go-ci-gates all`), the CLI prints
 * findings that quote the checkout (go.sum lines, file names) and wraps long
 * messages, so a quoted `::warning::…` could start a line and be read by the
 * runner as a workflow command. Everything the CLI prints is therefore put
 * between `::stop-commands::<random token>` and `::<token>::`: the runner shows
 * it and runs none of it. The reusable workflow's own steps (INPUT_COMMAND) do
 * write commands on purpose and are not wrapped.
 */
export function keepOutputInert(env: NodeJS.ProcessEnv, write: (text: string) => void = t => void process.stdout.write(t)): (() => void) | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const token = randomBytes(16).toString('hex');
  write(`::stop-commands::${token}\n`);
  return () => write(`::${token}::\n`);
}
