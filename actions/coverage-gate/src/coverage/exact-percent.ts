/**
 * Exact percentage arithmetic. Coverage stays as integers (covered, total);
 * thresholds and drops given as decimals (72.5, 8.01) become exact fractions
 * of BigInts, so no float rounding ever decides a verdict.
 */

/** A non-negative decimal as numerator / 10^scale. */
export interface Decimal {
  text: string;
  numerator: bigint;
  denominator: bigint;
}

export function parseDecimal(text: string): Decimal | undefined {
  const m = /^\+?(\d+)(?:\.(\d+))?$/.exec(text.trim()) ?? /^\+?()\.(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const frac = m[2] ?? '';
  return { text: text.trim(), numerator: BigInt((m[1] || '0') + frac), denominator: 10n ** BigInt(frac.length) };
}

/** covered/total >= T% exactly, i.e. covered*100 >= T*total. An empty total passes nothing but T = 0. */
export function meetsPercent(covered: number, total: number, t: Decimal): boolean {
  return BigInt(covered) * 100n * t.denominator >= t.numerator * BigInt(total);
}

/**
 * The drop in percentage points from base to head, as an exact fraction
 * (positive when coverage fell): 100*(bc/bt - hc/ht).
 */
export function dropFraction(base: { covered: number; total: number }, head: { covered: number; total: number }): { num: bigint; den: bigint } {
  const bt = BigInt(base.total || 1);
  const ht = BigInt(head.total || 1);
  return { num: 100n * (BigInt(base.covered) * ht - BigInt(head.covered) * bt), den: bt * ht };
}

/** fraction > decimal, exactly. */
export function fractionExceeds(f: { num: bigint; den: bigint }, d: Decimal): boolean {
  return f.num * d.denominator > d.numerator * f.den;
}

/** |fraction| < decimal, exactly. */
export function fractionWithin(f: { num: bigint; den: bigint }, d: Decimal): boolean {
  const abs = f.num < 0n ? -f.num : f.num;
  return abs * d.denominator < d.numerator * f.den;
}

/** A fraction shown with `decimals` places, truncated toward zero (never rounded across a limit). */
export function formatFraction(f: { num: bigint; den: bigint }, decimals = 2, signed = true): string {
  const neg = f.num < 0n;
  const abs = neg ? -f.num : f.num;
  const scale = 10n ** BigInt(decimals);
  const scaled = (abs * scale) / f.den;
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(decimals, '0');
  const body = decimals ? `${whole}.${frac}` : `${whole}`;
  if (scaled === 0n) return body;
  return neg ? `-${body}` : signed ? `+${body}` : body;
}

/** covered/total as a percentage string, truncated (79.99% never shows as 80.0%). */
export function formatCoverage(covered: number, total: number, decimals = 1): string {
  if (total === 0) return 'n/a';
  return `${formatFraction({ num: BigInt(covered) * 100n, den: BigInt(total) }, decimals, false)}%`;
}
