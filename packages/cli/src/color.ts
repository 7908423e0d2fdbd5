/**
 * Whether to colour a stream's output. As in Node itself: FORCE_COLOR wins
 * (any value but 0 or false turns colour on, even into a pipe; 0 or false
 * turns it off), then a non-empty NO_COLOR turns it off
 * (https://no-color.org), then colour only on a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export interface Palette {
  bold(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
}

export function palette(on: boolean): Palette {
  const sgr = (code: number) => (s: string) => (on && s ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: sgr(1), red: sgr(31), green: sgr(32), yellow: sgr(33), dim: sgr(2) };
}
