/**
 * GOPROXY as cmd/go reads it (modfetch.proxyList): entries separated by `,`
 * (fall back to the next on 404/410) or `|` (fall back on any error), with
 * `direct` and `off` as keywords. Used by the checksum-database route
 * (sum-audit) and by the download URLs of an SBOM (sbom-attach).
 */

/** One GOPROXY entry and whether to fall back to the next one on any error (`|`) or only on 404/410 (`,`). */
export interface ProxyEntry {
  url: string;
  fallBackOnError: boolean;
}

/** Splits GOPROXY as cmd/go does; empty means the default. */
export function parseGoproxy(value: string | undefined): ProxyEntry[] {
  const text = (value ?? '').trim() || 'https://proxy.golang.org,direct';
  const out: ProxyEntry[] = [];
  let rest = text;
  while (rest !== '') {
    const i = rest.search(/[,|]/);
    const entry = (i < 0 ? rest : rest.slice(0, i)).trim();
    const sep = i < 0 ? '' : rest[i];
    rest = i < 0 ? '' : rest.slice(i + 1);
    if (entry === '') continue;
    out.push({ url: entry.replace(/\/+$/, ''), fallBackOnError: sep === '|' });
  }
  return out;
}

/** The first http(s) proxy in GOPROXY, for download URLs; undefined when there is none (`direct`, `off`, file://). */
export function firstHttpProxy(goproxy: string | undefined): string | undefined {
  return parseGoproxy(goproxy).find(e => /^https?:\/\//.test(e.url))?.url;
}
