/**
 * Module path and version escaping for proxy URLs and cache paths
 * (golang.org/x/mod/module.EscapePath): each upper-case letter becomes `!`
 * followed by its lower-case form.
 */
export function escapeModulePath(p: string): string {
  return p.replace(/[A-Z]/g, c => `!${c.toLowerCase()}`);
}

export function unescapeModulePath(p: string): string {
  return p.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}

export const escapeModuleVersion = escapeModulePath;
