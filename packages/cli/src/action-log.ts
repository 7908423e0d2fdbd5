/**
 * Turns a gate's log, written for the Actions runner (workflow commands such
 * as `::group::`, `::error title=..::`, `::stop-commands::`), back into what
 * a person reads in a terminal. Fed line by line as the gate runs, so that
 * progress can be shown while it works.
 */
export type LogEvent =
  /** A step the gate finished or started: a group title, or a plain log line outside any group. */
  | { kind: 'step'; text: string; cwd?: string }
  /** A line inside a group (a command's output), shown with -v only. */
  | { kind: 'detail'; text: string }
  | { kind: 'annotation'; severity: 'error' | 'warning' | 'notice'; text: string }
  | { kind: 'debug'; text: string };

export class ActionLogReader {
  private partial = '';
  private stopToken: string | undefined;
  private group: { title: string; lines: string[] } | undefined;

  constructor(private readonly emit: (e: LogEvent) => void) {}

  /** Feeds a chunk of the gate's stdout/stderr; complete lines are translated now. */
  write(chunk: string): void {
    const lines = (this.partial + chunk).split(/\r?\n/);
    this.partial = lines.pop() ?? '';
    for (const l of lines) this.line(l);
  }

  end(): void {
    if (this.partial) this.line(this.partial);
    this.partial = '';
    this.flushGroup();
  }

  private line(line: string): void {
    if (this.stopToken !== undefined) {
      if (line === `::${this.stopToken}::`) this.stopToken = undefined;
      else this.text(line);
      return;
    }
    const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!command) return this.text(line);
    const [, name, props = '', data] = command;
    const message = unescapeData(data);
    switch (name) {
      case 'stop-commands':
        this.stopToken = data;
        return;
      case 'group':
        this.flushGroup();
        this.group = { title: message, lines: [] };
        return;
      case 'endgroup':
        return this.flushGroup();
      case 'error':
      case 'warning':
      case 'notice':
        return this.emit({ kind: 'annotation', severity: name, text: withLocation(message, props) });
      case 'debug':
        return this.emit({ kind: 'debug', text: message });
      default:
        // add-mask, set-output, echo and the like mean nothing in a terminal.
        return;
    }
  }

  private text(line: string): void {
    if (this.group) this.group.lines.push(line);
    else if (line.trim()) this.emit({ kind: 'step', text: line });
  }

  /** A group is written once its work is done: its title is the step, its `cwd:` line the module directory. */
  private flushGroup(): void {
    if (!this.group) return;
    const { title, lines } = this.group;
    this.group = undefined;
    const cwd = lines.find(l => l.startsWith('cwd: '))?.slice(5);
    this.emit({ kind: 'step', text: title, cwd });
    for (const l of lines) this.emit({ kind: 'detail', text: l });
  }
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** `file=go.mod,line=6` in front of the message, as `go.mod:6: message`. */
function withLocation(message: string, props: string): string {
  const p: Record<string, string> = {};
  for (const kv of props.split(',')) {
    const eq = kv.indexOf('=');
    if (eq > 0) p[kv.slice(0, eq)] = unescapeProperty(kv.slice(eq + 1));
  }
  if (!p.file) return message;
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${message}`;
}
