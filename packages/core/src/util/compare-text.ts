/**
 * Orders strings by UTF-16 code units: the same order on every machine. String.localeCompare
 * follows the ICU collation of the process's locale (LANG), so a report sorted with it could
 * differ between a laptop and a runner, and its first call builds a collator (8-15 ms).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
