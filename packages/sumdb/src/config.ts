import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseGoproxy } from '@go-ci-gates/core';
import { NoteError, parseVerifierKey, SUM_GOLANG_ORG_KEY, type NoteVerifier } from './note.js';

/** Thrown for a GOSUMDB value the go command would reject. */
export class SumdbConfigError extends Error {}

/** What GOSUMDB selects: a database (name and key) and, when given, its URL. */
export interface SumdbConfig {
  name: string;
  verifier: NoteVerifier;
  /** The URL given in GOSUMDB (bypasses proxies), if any. */
  url?: string;
  /** https://<name>: where the database is when no proxy serves it. */
  directUrl: string;
}

const KNOWN_KEYS: Record<string, string> = { 'sum.golang.org': SUM_GOLANG_ORG_KEY };

/**
 * Parses GOSUMDB as cmd/go does (modfetch.dbDial): `off`; a known name
 * (`sum.golang.org`, and `sum.golang.google.cn` as its alias); `name+hash+key`;
 * either followed by a URL. Empty means the default, sum.golang.org.
 * Returns undefined for `off`.
 */
export function parseGosumdb(value: string | undefined): SumdbConfig | undefined {
  let gosumdb = (value ?? '').trim() || 'sum.golang.org';
  if (gosumdb === 'sum.golang.google.cn') gosumdb = 'sum.golang.org https://sum.golang.google.cn';
  if (gosumdb === 'off') return undefined;
  const fields = gosumdb.split(/\s+/);
  if (fields.length > 2) throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: too many fields (expected "<key> [<url>]")`);
  const keyText = KNOWN_KEYS[fields[0]] ?? fields[0];
  let verifier: NoteVerifier;
  try {
    verifier = parseVerifierKey(keyText);
  } catch (err) {
    if (err instanceof NoteError && !fields[0].includes('+')) {
      throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: ${fields[0]} is not a known checksum database; give its key as name+hash+key`);
    }
    throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: ${(err as Error).message}`);
  }
  const name = verifier.name;
  // "No funny business in the database name": it must be a bare host.
  if (!/^[A-Za-z0-9.-]+(:[0-9]+)?$/.test(name))
    throw new SumdbConfigError(`invalid GOSUMDB ${JSON.stringify(value)}: database name ${JSON.stringify(name)} must be a host name`);
  let url: string | undefined;
  if (fields[1] !== undefined) {
    try {
      const u = new URL(fields[1]);
      if (!['http:', 'https:', 'file:'].includes(u.protocol)) throw new Error(`unsupported scheme ${u.protocol}`);
      url = fields[1].replace(/\/+$/, '');
    } catch (err) {
      throw new SumdbConfigError(`invalid GOSUMDB URL ${JSON.stringify(fields[1])}: ${(err as Error).message}`);
    }
  }
  return { name, verifier, url, directUrl: `https://${name}` };
}

/** How the database is reached, and why. */
export interface SumdbRoute {
  baseUrl: string;
  via: 'gosumdb-url' | 'proxy' | 'direct';
  /** Proxies asked for /sumdb/<name>/supported, with their answers. */
  probes: { url: string; answer: string }[];
}

export type ProbeFetch = (url: string) => Promise<{ status: number }>;

async function probeOnce(url: string, fetchStatus: ProbeFetch): Promise<{ status: number }> {
  if (url.startsWith('file:')) {
    try {
      await fs.access(fileURLToPath(url));
      return { status: 200 };
    } catch {
      return { status: 404 };
    }
  }
  return fetchStatus(url);
}

/**
 * Chooses the database URL as cmd/go does (modfetch dbClient.initBase): the
 * URL in GOSUMDB if given; else the first GOPROXY entry whose
 * `<proxy>/sumdb/<name>/supported` answers 200; a 404/410 (or any error after
 * a `|`) moves to the next entry; `direct`, `off` or the end of the list means
 * the database's own https://<name>. Any other failure is an error: the go
 * command would not fall back to direct then either.
 */
export async function routeSumdb(config: SumdbConfig, goproxy: string | undefined, fetchStatus: ProbeFetch): Promise<SumdbRoute> {
  if (config.url) return { baseUrl: config.url, via: 'gosumdb-url', probes: [] };
  const probes: SumdbRoute['probes'] = [];
  for (const entry of parseGoproxy(goproxy)) {
    if (entry.url === 'direct' || entry.url === 'off') break;
    const supported = `${entry.url}/sumdb/${config.name}/supported`;
    let status: number | undefined;
    let failure: string | undefined;
    try {
      status = (await probeOnce(supported, fetchStatus)).status;
    } catch (err) {
      failure = (err as Error).message;
    }
    probes.push({ url: supported, answer: failure ?? String(status) });
    if (status === 200) return { baseUrl: `${entry.url}/sumdb/${config.name}`, via: 'proxy', probes };
    if (status === 404 || status === 410 || entry.fallBackOnError) continue;
    throw new SumdbConfigError(`checking whether ${entry.url} proxies the checksum database ${config.name}: ${failure ?? `HTTP ${status}`}`);
  }
  return { baseUrl: config.directUrl, via: 'direct', probes };
}
