/** Plain-text layout helpers for the terminal. */

/**
 * Wraps text to `width` columns, every line prefixed with `indent`. Words
 * longer than a line (paths, URLs) are kept whole on their own line rather
 * than cut: a message is never clipped, only folded.
 */
export function wrap(text: string, width: number, indent = ''): string {
  const room = Math.max(20, width - indent.length);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      if (line && line.length + 1 + word.length > room) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.map(l => l.trimEnd()).join('\n');
}

/** Seconds with one decimal, for progress lines. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
