/**
 * Parser for go.mod and go.work files that keeps the line of every directive,
 * so findings can be annotated where they are. It follows the lexical rules of
 * golang.org/x/mod/modfile: `//` comments, double-quoted strings, `( )`
 * blocks, `[ , ]` intervals for retract, comments attached to the line they
 * precede or end; semantics match `go mod edit -json` (tested against it).
 */

export interface Position {
  /** 1-based line of the directive (for block entries, of the entry). */
  line: number;
}
export interface ModuleDirective extends Position {
  path: string;
  deprecated?: string;
}
export interface GoDirective extends Position {
  version: string;
}
export interface ToolchainDirective extends Position {
  name: string;
}
export interface GodebugDirective extends Position {
  key: string;
  value: string;
}
export interface Requirement extends Position {
  path: string;
  version: string;
  indirect: boolean;
}
export interface Exclusion extends Position {
  path: string;
  version: string;
}
export interface Replacement extends Position {
  oldPath: string;
  oldVersion?: string;
  newPath: string;
  newVersion?: string;
}
export interface Retraction extends Position {
  low: string;
  high: string;
  rationale: string;
}
export interface PathDirective extends Position {
  path: string;
}
export interface ModFileError {
  line: number;
  message: string;
}

export interface ModFile {
  kind: 'go.mod' | 'go.work';
  module?: ModuleDirective;
  go?: GoDirective;
  toolchain?: ToolchainDirective;
  godebug: GodebugDirective[];
  require: Requirement[];
  exclude: Exclusion[];
  replace: Replacement[];
  retract: Retraction[];
  tool: PathDirective[];
  ignore: PathDirective[];
  use: PathDirective[];
  errors: ModFileError[];
}

interface Token {
  text: string;
  /** True for punctuation: ( ) [ ] , */
  punct: boolean;
  quoted: boolean;
}

interface RawLine {
  line: number;
  tokens: Token[];
  suffix?: string;
}

/** A directive line with the comments attached to it. */
interface Stmt {
  line: number;
  tokens: Token[];
  before: string[];
  suffix?: string;
  block?: { verb: string; before: string[]; entries: Stmt[] };
}

export function parseModFile(text: string, kind: 'go.mod' | 'go.work' = 'go.mod'): ModFile {
  const file: ModFile = {
    kind,
    godebug: [],
    require: [],
    exclude: [],
    replace: [],
    retract: [],
    tool: [],
    ignore: [],
    use: [],
    errors: []
  };
  const lines = lex(text, file.errors);
  for (const stmt of group(lines, file.errors)) interpret(stmt, file);
  return file;
}

function lex(text: string, errors: ModFileError[]): (RawLine & { comment?: string })[] {
  const out: (RawLine & { comment?: string })[] = [];
  const src = text.replace(/\r\n/g, '\n').split('\n');
  src.forEach((content, idx) => {
    const lineNo = idx + 1;
    const tokens: Token[] = [];
    let i = 0;
    let comment: string | undefined;
    while (i < content.length) {
      const c = content[i];
      if (c === ' ' || c === '\t' || c === '\r') {
        i++;
      } else if (content.startsWith('//', i)) {
        comment = content.slice(i + 2);
        break;
      } else if ('()[],'.includes(c)) {
        tokens.push({ text: c, punct: true, quoted: false });
        i++;
      } else if (c === '"') {
        const end = findStringEnd(content, i);
        if (end < 0) {
          errors.push({ line: lineNo, message: 'unterminated quoted string' });
          return;
        }
        const lit = content.slice(i, end + 1);
        let value: string;
        try {
          value = JSON.parse(lit) as string;
        } catch {
          errors.push({ line: lineNo, message: `invalid quoted string ${lit}` });
          return;
        }
        tokens.push({ text: value, punct: false, quoted: true });
        i = end + 1;
      } else {
        let j = i;
        while (j < content.length && !' \t\r()[],"'.includes(content[j]) && !content.startsWith('//', j)) j++;
        const word = content.slice(i, j);
        if (word.includes('`')) {
          // As modfile: only double-quoted strings exist; a backquote is an error.
          errors.push({ line: lineNo, message: 'invalid quoted string: unquoted string cannot contain quote' });
          return;
        }
        tokens.push({ text: word, punct: false, quoted: false });
        i = j;
      }
    }
    out.push({ line: lineNo, tokens, comment });
  });
  return out;
}

function findStringEnd(s: string, start: number): number {
  const q = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === q) return i;
  }
  return -1;
}

/** Groups lexed lines into statements and blocks, attaching comments. */
function group(lines: (RawLine & { comment?: string })[], errors: ModFileError[]): Stmt[] {
  const stmts: Stmt[] = [];
  let pending: string[] = [];
  let block: Stmt | undefined;
  for (const l of lines) {
    if (l.tokens.length === 0) {
      // A comment-only line accumulates; a blank line separates comments from what follows.
      if (l.comment !== undefined) pending.push(l.comment);
      else pending = [];
      continue;
    }
    const first = l.tokens[0];
    if (block) {
      if (first.punct && first.text === ')' && l.tokens.length === 1) {
        block = undefined;
        pending = [];
        continue;
      }
      block.block!.entries.push({ line: l.line, tokens: l.tokens, before: pending, suffix: l.comment });
      pending = [];
      continue;
    }
    const last = l.tokens[l.tokens.length - 1];
    if (l.tokens.length === 2 && last.punct && last.text === '(') {
      block = { line: l.line, tokens: [first], before: pending, suffix: l.comment, block: { verb: first.text, before: pending, entries: [] } };
      stmts.push(block);
      pending = [];
      continue;
    }
    stmts.push({ line: l.line, tokens: l.tokens, before: pending, suffix: l.comment });
    pending = [];
  }
  if (block) errors.push({ line: block.line, message: `unterminated ${block.tokens[0].text} block` });
  return stmts;
}

function commentText(before: string[], suffix?: string): string {
  const parts = [...before, ...(suffix !== undefined ? [suffix] : [])].map(c => c.replace(/^ /, '').trimEnd());
  return parts.join('\n');
}

function interpret(stmt: Stmt, file: ModFile): void {
  if (stmt.block) {
    const verb = stmt.block.verb;
    for (const entry of stmt.block.entries) {
      // A block entry without comments of its own takes the block's (as modfile does for retract rationale).
      const before = entry.before.length || entry.suffix !== undefined ? entry.before : stmt.block.before;
      directive(verb, entry.tokens, entry.line, file, before, entry.suffix, entry.suffix === undefined ? stmt.suffix : entry.suffix);
    }
    return;
  }
  directive(stmt.tokens[0].text, stmt.tokens.slice(1), stmt.line, file, stmt.before, stmt.suffix, stmt.suffix);
}

const VERBS: Record<'go.mod' | 'go.work', Set<string>> = {
  'go.mod': new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']),
  'go.work': new Set(['go', 'toolchain', 'godebug', 'use', 'replace'])
};

function directive(
  verb: string,
  args: Token[],
  line: number,
  file: ModFile,
  before: string[],
  suffix: string | undefined,
  indirectComment: string | undefined
): void {
  const err = (message: string): void => {
    file.errors.push({ line, message });
  };
  if (!VERBS[file.kind].has(verb)) {
    err(`unknown directive: ${verb}`);
    return;
  }
  const words = args.map(t => t.text);
  const need = (n: number, usage: string): boolean => {
    if (args.length !== n || args.some(t => t.punct)) {
      err(`usage: ${usage}`);
      return false;
    }
    return true;
  };
  switch (verb) {
    case 'module':
      if (!need(1, 'module module/path')) return;
      if (file.module) return err('repeated module statement');
      file.module = { path: words[0], line };
      {
        const deprecated = parseDeprecation(commentText(before, suffix));
        if (deprecated !== undefined) file.module.deprecated = deprecated;
      }
      return;
    case 'go':
      if (!need(1, 'go 1.23')) return;
      if (file.go) return err('repeated go statement');
      file.go = { version: words[0], line };
      return;
    case 'toolchain':
      if (!need(1, 'toolchain go1.23.1')) return;
      if (file.toolchain) return err('repeated toolchain statement');
      file.toolchain = { name: words[0], line };
      return;
    case 'godebug': {
      if (!need(1, 'godebug key=value')) return;
      const eq = words[0].indexOf('=');
      if (eq <= 0) return err('usage: godebug key=value');
      file.godebug.push({ key: words[0].slice(0, eq), value: words[0].slice(eq + 1), line });
      return;
    }
    case 'require':
      if (!need(2, 'require module/path v1.2.3')) return;
      file.require.push({ path: words[0], version: words[1], indirect: isIndirect(indirectComment), line });
      return;
    case 'exclude':
      if (!need(2, 'exclude module/path v1.2.3')) return;
      file.exclude.push({ path: words[0], version: words[1], line });
      return;
    case 'replace': {
      const arrow = words.indexOf('=>');
      if (arrow < 1 || arrow > 2 || words.length - arrow - 1 < 1 || words.length - arrow - 1 > 2 || args.some(t => t.punct)) {
        return err('usage: replace module/path [v1.2.3] => other/module v1.4 | replace module/path [v1.2.3] => ../local/directory');
      }
      const r: Replacement = { oldPath: words[0], newPath: words[arrow + 1], line };
      if (arrow === 2) r.oldVersion = words[1];
      if (words.length - arrow - 1 === 2) r.newVersion = words[arrow + 2];
      file.replace.push(r);
      return;
    }
    case 'retract': {
      const rationale = parseDirectiveRationale(before, suffix);
      if (args.length === 1 && !args[0].punct) {
        file.retract.push({ low: words[0], high: words[0], rationale, line });
      } else if (args.length === 5 && words[0] === '[' && words[2] === ',' && words[4] === ']' && !args[1].punct && !args[3].punct) {
        file.retract.push({ low: words[1], high: words[3], rationale, line });
      } else {
        err('usage: retract v1.2.3 | retract [v1.2.3, v1.3.0]');
      }
      return;
    }
    case 'tool':
      if (!need(1, 'tool module/path/cmd')) return;
      file.tool.push({ path: words[0], line });
      return;
    case 'ignore':
      if (!need(1, 'ignore ./dir')) return;
      file.ignore.push({ path: words[0], line });
      return;
    case 'use':
      if (!need(1, 'use ./dir')) return;
      file.use.push({ path: words[0], line });
      return;
  }
}

function isIndirect(suffix: string | undefined): boolean {
  if (suffix === undefined) return false;
  const t = suffix.trim();
  return t === 'indirect' || t.startsWith('indirect;');
}

function parseDirectiveRationale(before: string[], suffix?: string): string {
  return commentText(before, suffix).trim();
}

/** The text after a `Deprecated:` paragraph marker, as modfile's parseDeprecation finds it. */
function parseDeprecation(text: string): string | undefined {
  const m = /(?:^|\n\n)Deprecated: *([\s\S]*?)(?:$|\n\n)/.exec(text);
  return m ? m[1] : undefined;
}

/** Whether a replacement target is a filesystem path rather than a module (modfile.IsDirectoryPath). */
export function isLocalReplacement(newPath: string): boolean {
  return (
    newPath.startsWith('./') ||
    newPath.startsWith('../') ||
    newPath === '.' ||
    newPath === '..' ||
    newPath.startsWith('/') ||
    /^[A-Za-z]:[\\/]/.test(newPath) ||
    newPath.startsWith('.\\') ||
    newPath.startsWith('..\\')
  );
}
