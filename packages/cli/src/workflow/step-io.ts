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
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
      const delimiter = `ghadelimiter_${randomUUID()}`;
      text += `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
    }
    if (file) appendFileSync(file, text);
    else process.stdout.write(Object.entries(outputs).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  }

  summary(markdown: string): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file) appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    else process.stdout.write(markdown + '\n');
  }
}

/** An environment variable of the step (the workflow passes inputs as env: values, so they stay data). */
export function envValue(env: NodeJS.ProcessEnv, name: string): string {
  return (env[name] ?? '').trim();
}

/** Text from a checkout or an input, made safe to print: nothing in it can start a workflow command. */
export function inertLog(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/\r?\n/g, ' ');
}
