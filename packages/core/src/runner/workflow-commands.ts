import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import * as os from 'node:os';

/**
 * The few GitHub Actions workflow commands the gates use, written exactly as
 * @actions/core writes them (a test compares the bytes with the library's).
 * Importing @actions/core pulls in @actions/http-client and undici (about
 * 1 MB of the 1.5 MB bundle) for OIDC tokens no gate asks for, and evaluating
 * them cost every gate 100-150 ms at start-up.
 */

/** Where an annotation points (the fields @actions/core's AnnotationProperties has). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

type CommandProperties = Record<string, string | number | undefined>;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::command key=value,key=value::message`. As in @actions/core, a property
 * object with keys gets the space even when every value is empty, and empty
 * values (undefined, '', 0) are left out.
 */
export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  let text = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length) {
    const props = keys.filter(k => properties[k]).map(k => `${k}=${escapeProperty(String(properties[k]))}`);
    text += ' ' + props.join(',');
  }
  process.stdout.write(`${text}::${escapeData(message)}${os.EOL}`);
}

function annotationProperties(p: AnnotationProperties): CommandProperties {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

/**
 * Plain log text, which may be text the gate did not write (paths, go's
 * output, file contents). The runner reads every line of a step's output as
 * a possible workflow command: a line that starts with `::` after leading
 * white space, or that holds `##[` anywhere (the legacy form), and it splits
 * lines at CR as well as LF. So text that could hold such a line is written
 * between `::stop-commands::<token>` and `::<token>::`, with a token no one
 * can guess: the runner shows every line of it as it is and runs none of it.
 * Other text is written as @actions/core writes it.
 */
export function info(message: string): void {
  if (!mayHoldCommand(message)) {
    process.stdout.write(message + os.EOL);
    return;
  }
  const token = stopToken(message);
  process.stdout.write(`::stop-commands::${token}${os.EOL}${message}${os.EOL}::${token}::${os.EOL}`);
}

/**
 * Whether any line of the text could be read as a workflow command. The
 * runner compares with .NET's culture-aware StartsWith/IndexOf, which may
 * skip characters a collation ignores (controls, format characters such as
 * U+00AD or U+200B, combining marks), so those are removed before looking
 * for `::` and `##[` anywhere: a superset of what the runner would run.
 */
export function mayHoldCommand(text: string): boolean {
  if (!/[:#]/.test(text)) return false;
  const skeleton = text.replace(/[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]/gu, '');
  return skeleton.includes('::') || skeleton.includes('##[');
}

/** A fresh random token the text does not contain (the runner compares tokens ignoring case). */
function stopToken(text: string): string {
  const lower = text.toLowerCase();
  for (;;) {
    const token = randomUUID().replace(/-/g, '');
    if (!lower.includes(token)) return token;
  }
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotationProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotationProperties(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotationProperties(properties), message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** Marks the step failed: exit code 1 and the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/**
 * Sets a step output through the GITHUB_OUTPUT file (`name<<delimiter`), or
 * the deprecated set-output command when the runner gives no file.
 */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  // A delimiter inside the name or value would end the value early: @actions/core refuses it too.
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`, { encoding: 'utf8' });
}
