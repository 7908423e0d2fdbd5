/**
 * What the GitHub Actions runner makes of a step's output, line by line, as
 * actions/runner's ActionCommandManager and ActionCommand do: which lines it
 * runs as workflow commands and which it shows. Tests use it to prove that no
 * text from the checkout or from go can start a command.
 *
 * - Lines end at LF, CR or CRLF (.NET's StreamReader.ReadLine).
 * - The `::name props::data` form is tried first, on the line after leading
 *   white space; then the legacy `##[name props]data` form anywhere in the line.
 * - Only registered command names count (compared ignoring case).
 * - `::stop-commands::<token>` stops all processing until `::<token>::` (or
 *   `##[<token>]`); while stopped, every other line is shown as it is.
 */

export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The output line the command came from. */
  line: string;
}

export interface RunnerView {
  /** Every command the runner would run, stop-commands and resume tokens included. */
  commands: RunnerCommand[];
  /** The lines it shows as plain log text. */
  shown: string[];
}

/** The commands the runner registers (its IActionCommandExtension list, plus stop-commands). */
export const REGISTERED_COMMANDS = [
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'debug',
  'error',
  'warning',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands'
];

function unescape(s: string, pairs: [string, string][]): string {
  let out = s;
  for (const [token, replacement] of pairs) out = out.split(replacement).join(token);
  return out;
}
const DATA: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25']
];
const PROPERTY: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25']
];
const LEGACY: [string, string][] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25']
];

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const p of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = p.indexOf('=');
      if (eq > 0 && eq < p.length - 1) properties[p.slice(0, eq)] = unescape(p.slice(eq + 1), PROPERTY);
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), DATA), line };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = line.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = line.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const p of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = p.indexOf('=');
      if (eq > 0 && eq < p.length - 1) properties[p.slice(0, eq)] = unescape(p.slice(eq + 1), LEGACY);
    }
  }
  return { name, properties, data: unescape(line.slice(rb + 1), LEGACY), line };
}

export function runnerView(output: string): RunnerView {
  const registered = new Set(REGISTERED_COMMANDS);
  const commands: RunnerCommand[] = [];
  const shown: string[] = [];
  let stopToken: string | undefined;
  const lines = output.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const cmd = line === '' ? undefined : (parseV2(line, registered) ?? parseLegacy(line, registered));
    if (!cmd) {
      shown.push(line);
      continue;
    }
    if (stopToken !== undefined) {
      if (cmd.name.toLowerCase() === stopToken) {
        registered.delete(stopToken);
        stopToken = undefined;
        commands.push(cmd);
      } else {
        shown.push(line);
      }
      continue;
    }
    commands.push(cmd);
    if (cmd.name.toLowerCase() === 'stop-commands') {
      stopToken = cmd.data.toLowerCase();
      registered.add(stopToken);
    }
  }
  return { commands, shown };
}

/** The commands a gate may write itself; stop-commands blocks are checked separately. */
const GATE_COMMANDS = new Set(['error', 'warning', 'notice', 'group', 'endgroup', 'debug']);

/**
 * The commands in a gate's output that the gate did not write: any command
 * outside the gate's own set, a resume token that does not close the block
 * before it, and any command whose data is in `forged` (text a test planted in
 * the checkout). Empty when the log is safe.
 */
export function foreignCommands(output: string, forged: readonly string[] = []): RunnerCommand[] {
  const { commands } = runnerView(output);
  const bad: RunnerCommand[] = [];
  let open: string | undefined;
  for (const c of commands) {
    const name = c.name.toLowerCase();
    if (open !== undefined) {
      if (name !== open) bad.push(c);
      open = undefined;
    } else if (name === 'stop-commands') {
      if (!/^[0-9a-f]{32}$/.test(c.data)) bad.push(c);
      open = c.data.toLowerCase();
    } else if (!GATE_COMMANDS.has(name) || forged.includes(c.data) || Object.values(c.properties).some(v => forged.includes(v))) {
      bad.push(c);
    }
  }
  return bad;
}
