/**
 * Streaming decoder for a concatenation of JSON values, the format printed by
 * `go list -json`, `go list -m -json` and `go mod download -json`
 * (one indented object after another, no separators). Feed it chunks; it emits
 * each complete top-level value without holding the whole stream in memory.
 */
export class JsonStreamDecoder {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;
  private scanned = 0;
  /** Values found by wholeValues rather than by the character scan (for tests). */
  wholeValuesFound = 0;

  constructor(private readonly onValue: (value: unknown) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    const buf = this.buffer;
    let i = this.depth === 0 && !this.inString ? this.wholeValues(buf, this.scanned) : this.scanned;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \ */) this.escaped = true;
        else if (c === 0x22 /* " */) this.inString = false;
        continue;
      }
      if (c === 0x22) {
        this.inString = true;
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (this.depth === 0) this.start = i;
        this.depth++;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        this.depth--;
        if (this.depth < 0) throw new SyntaxError(`Unbalanced '${String.fromCharCode(c)}' in JSON stream`);
        if (this.depth === 0) {
          this.onValue(JSON.parse(buf.slice(this.start, i + 1)));
          this.start = -1;
          // Between values again: whole ones are found natively from here (the loop's i++ lands where that stopped).
          i = this.wholeValues(buf, i + 1) - 1;
        }
      } else if (this.depth === 0 && c > 0x20) {
        throw new SyntaxError(`Unexpected ${JSON.stringify(buf[i])} between JSON values`);
      }
    }
    // Drop everything already decoded so memory stays bounded by one value.
    if (this.depth === 0) {
      this.buffer = '';
      this.scanned = 0;
    } else {
      this.buffer = buf.slice(this.start);
      this.scanned = i - this.start;
      this.start = 0;
    }
  }

  /**
   * The go command prints each value indented, its closing brace alone at the start of a line, and
   * a JSON string never holds a raw newline: so `\n}\n` ends a top-level object. From `at` (between
   * values), emits each whole object found that way, parsed by JSON.parse alone, and returns where
   * it stopped. Where a candidate is not one JSON value (other output than go's), or the end is not
   * in the buffer yet, the character scan takes over from there, and hands back after the value it
   * ends (a pipe's chunk usually ends inside one). Scanning every character in
   * JavaScript cost ~20 ms of a mod-review run's CPU (2 MB of `go list -deps -json`); indexOf is native.
   */
  private wholeValues(buf: string, at: number): number {
    for (;;) {
      let s = at;
      while (s < buf.length && buf.charCodeAt(s) <= 0x20) s++;
      if (s >= buf.length || buf.charCodeAt(s) !== 0x7b /* { */) return s;
      const end = buf.indexOf('\n}\n', s);
      if (end < 0) return s;
      let value: unknown;
      try {
        value = JSON.parse(buf.slice(s, end + 2));
      } catch {
        return s;
      }
      this.wholeValuesFound++;
      this.onValue(value);
      at = end + 3;
    }
  }

  /** Call at end of input; throws when a value was left incomplete. */
  end(): void {
    if (this.depth !== 0 || this.inString) throw new SyntaxError('JSON stream ended inside a value');
  }
}

/** Decodes a whole string of concatenated JSON values (for small outputs and tests). */
export function decodeJsonStream<T = unknown>(text: string): T[] {
  const out: T[] = [];
  const d = new JsonStreamDecoder(v => out.push(v as T));
  d.push(text);
  d.end();
  return out;
}
