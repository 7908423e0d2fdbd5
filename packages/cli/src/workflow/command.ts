import { UserFacingError } from '@go-ci-gates/core';
import { credentialsCommand } from './credentials.js';
import { discoverCommand } from './discover.js';
import { recordCommand } from './record.js';
import { escapeData } from './step-io.js';
import { summaryCommand } from './summary.js';

export const WORKFLOW_COMMANDS = ['discover', 'credentials', 'record', 'summary'] as const;

/**
 * The reusable workflow's own steps (go-gates.yml runs them through
 * .github/actions/go-gates-step, or `go-ci-gates workflow <command>`), with
 * their inputs in the step's environment. A user's mistake is one error
 * annotation; anything else is a bug, with its stack.
 */
export async function runWorkflowCommand(command: string, env: NodeJS.ProcessEnv): Promise<number> {
  try {
    if (command === 'discover') return await discoverCommand(env);
    if (command === 'credentials') return credentialsCommand(env);
    if (command === 'record') return recordCommand(env);
    if (command === 'summary') return summaryCommand(env);
    throw new UserFacingError(`unknown workflow command '${command}'; the commands: ${WORKFLOW_COMMANDS.join(', ')}`);
  } catch (err) {
    if (err instanceof UserFacingError) {
      console.log(`::error title=go-gates ${command}::${escapeData(err.message)}`);
      return 1;
    }
    console.log(
      `::error title=go-gates ${command}: internal error::${escapeData(err instanceof Error ? err.message : String(err))}. This is a bug in go-ci-gates: please report it with this log.`
    );
    console.log(err instanceof Error && err.stack ? err.stack : String(err));
    return 1;
  }
}
