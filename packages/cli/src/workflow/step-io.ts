import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import * as os from 'node:os';

/**
 * Output of a reusable-workflow step: GITHUB_OUTPUT in the heredoc form with a
 * random delimiter (as @actions/core writes it), GITHUB_STEP_SUMMARY appended;
 * both printed when run outside a runner.
 */
export class StepIo {
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  setOutputs(outputs: Record<string, string>): void {
    const file = this.env.GITHUB_OUTPUT;
    if (file) appendFileSync(file, fileCommandText(outputs));
    else
      process.stdout.write(
        Object.entries(outputs)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n') + '\n'
      );
  }

  /** Environment variables for the job's later steps (GITHUB_ENV); never printed, they may hold secrets. */
  exportVariables(variables: Record<string, string>): void {
    const file = this.env.GITHUB_ENV;
    if (!file) throw new Error('GITHUB_ENV is not set');
    appendFileSync(file, fileCommandText(variables));
  }

  summary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    else process.stdout.write(markdown + '\n');
  }
}

function fileCommandText(values: Record<string, string>): string {
  let text = '';
  for (const [name, value] of Object.entries(values)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    text += `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
  }
  return text;
}

/** An environment variable of the step (the workflow passes inputs as env: values, so they stay data). */
export function envValue(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? '').trim();
}

/** Text from a checkout or an input, made safe to print: nothing in it can start a workflow command. */
export function inertLog(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/\r?\n/g, ' ');
}

/** A workflow command's message, escaped as @actions/core does (so a newline cannot end it early). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
