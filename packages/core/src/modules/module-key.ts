/**
 * A module directory as a name part that no other module's can start with:
 * letters a-z and digits stay, `/` becomes `.`, and every other byte
 * (uppercase letters, `-`, `_`, `.` and all non-ASCII) becomes `_` and two hex
 * digits. The result never contains `-`, so in `<prefix>-<key>-<rest>` the key
 * ends at the first `-` after it: the pattern `<prefix>-<key>-*` selects that
 * module's names and nothing else (services/api is `services.api`,
 * services/api-gateway `services.api_2dgateway`). Only characters valid in
 * artifact names, cache keys and minimatch patterns without meaning appear.
 * Uppercase is escaped because artifact names compare case-insensitively.
 */
export function moduleDirKey(relDir: string): string {
  let key = '';
  for (const byte of Buffer.from(relDir, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[a-z0-9]/.test(c)) key += c;
    else if (c === '/') key += '.';
    else key += `_${byte.toString(16).padStart(2, '0')}`;
  }
  return key;
}

/** The scope of a set of modules (one or more keys, sorted, joined by `+`, which no key holds). */
export function modulesScope(relDirs: readonly string[]): string {
  return relDirs.map(moduleDirKey).sort().join('+');
}
