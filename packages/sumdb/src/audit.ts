import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileBelow } from '@go-ci-gates/core';
import { openTreeNote, ProtocolError, recordLines, SignatureError, type LookupAnswer, type SignedTree, type SumdbClient } from './client.js';
import { FetchError } from './http.js';
import { TlogError, type TileHashReader, type Tree } from './tlog.js';

/** A verified tree head and the records verified against it, kept between runs. */
export interface SavedTreeState {
  version: 1;
  /** The verifier key text the state was verified with. */
  key: string;
  size: number;
  /** Base64 root hash. */
  hash: string;
  note: string;
  /** `module@version` → record id and text, each proven included in the tree above. */
  records: Record<string, { id: number; data: string }>;
}

/** What happened to one module version. */
export type VersionOutcome =
  | { state: 'verified'; id: number; lines: string[]; fromState: boolean }
  /** The database has no record (404/410). */
  | { state: 'not-found'; reason: string }
  /** Could not be checked: network failure after retries, malformed answer, truncated tile. */
  | { state: 'unreachable'; reason: string }
  /** The database answered something that fails verification: bad signature, proof failure. */
  | { state: 'rejected'; reason: string };

export interface AuditOutcome {
  outcomes: Map<string, VersionOutcome>;
  /** The newest tree head every verified record is proven to be in. */
  tree?: SignedTree;
  /** The tree head restored from the earlier run, if any. */
  previous?: Tree;
  /** Set when two tree heads cannot both be true (same size, different hash; or no consistency). */
  fork?: string;
  /** A problem that stopped the fork check against the earlier tree (network), when there was one. */
  consistencyUnchecked?: string;
  /** Why the earlier run's state was not used, when it was not. */
  stateProblem?: string;
  /** State to save for the next run (absent when something failed verification). */
  nextState?: SavedTreeState;
  /** With nextState: the subtree hashes its proofs will read (TileHashReader.proofNodes), to keep beside it. */
  nextNodes?: () => Promise<Map<string, Buffer>>;
}

export interface AuditOptions {
  previous?: SavedTreeState;
  /** The latest tree head, asked for before the versions were known (undefined: ask now). */
  latest?: Promise<SignedTree | undefined>;
  /** Reports progress for long runs. */
  onProgress?: (done: number, total: number) => void;
}

export const versionKey = (module: string, version: string): string => `${module}@${version}`;

function treeOf(state: SavedTreeState): Tree {
  return { size: state.size, hash: Buffer.from(state.hash, 'base64') };
}

function failureOutcome(err: unknown): VersionOutcome {
  const reason = (err as Error).message;
  if (err instanceof FetchError) return err.notFound ? { state: 'not-found', reason } : { state: 'unreachable', reason };
  if (err instanceof SignatureError || err instanceof TlogError) return { state: 'rejected', reason };
  if (err instanceof ProtocolError) return { state: 'unreachable', reason };
  throw err;
}

/**
 * Looks up each module version once (or takes it from the earlier run's
 * state), verifies every tree head's signature, proves all tree heads seen
 * (and the earlier run's) consistent with the newest one, and proves each new
 * record included in it. A proof that fails with tiles from disk is retried
 * once with fresh tiles, so a stale local tile never reads as a fork.
 */
export async function auditModuleVersions(
  client: SumdbClient,
  versions: readonly { module: string; version: string }[],
  opts: AuditOptions = {}
): Promise<AuditOutcome> {
  const outcomes = new Map<string, VersionOutcome>();
  let previous = opts.previous && opts.previous.key === client.verifier.text ? opts.previous : undefined;
  let stateProblem: string | undefined;
  if (previous) {
    // The saved state is input like any other: its note must carry the database's signature.
    try {
      const signed = openTreeNote(previous.note, client.verifier).tree;
      if (signed.size !== previous.size || signed.hash.toString('base64') !== previous.hash) throw new Error('its tree does not match its signed note');
    } catch (err) {
      stateProblem = `the saved tree state was ignored: ${(err as Error).message}`;
      previous = undefined;
    }
  }
  const previousTree = previous ? treeOf(previous) : undefined;
  const answers = new Map<string, LookupAnswer & { lines: string[] }>();
  const todo: { module: string; version: string; key: string }[] = [];
  const queued = new Set<string>();
  for (const v of versions) {
    const key = versionKey(v.module, v.version);
    if (outcomes.has(key) || queued.has(key)) continue;
    queued.add(key);
    const saved = previous?.records[key];
    if (saved) outcomes.set(key, { state: 'verified', id: saved.id, lines: recordLines(saved.data, v.module, v.version), fromState: true });
    else todo.push({ ...v, key });
  }
  // Every version kept from the earlier run: no lookup will bring a tree head, so the latest is asked
  // for now, before the proofs below take the CPU, and its round trip overlaps them.
  const latestEarly = previous && todo.length === 0 ? (opts.latest?.then(t => t ?? client.latest()) ?? client.latest()) : undefined;
  latestEarly?.catch(() => undefined); // awaited below
  // Between runs the log grows, and proving the kept tree head a prefix of the latest one needs the
  // tiles of the log's new right edge: they are fetched as soon as the latest tree head is known,
  // beside the proofs and lookups below, rather than one round trip after them. This pass only
  // fetches; the proof that counts is made below, from the same tiles (the store keeps them).
  if (previousTree)
    (latestEarly ?? opts.latest)
      ?.then(head => {
        if (head && head.tree.size > previousTree.size) return client.tiles.reader(head.tree.size).verifyConsistency(previousTree, head.tree.hash);
      })
      .catch(() => undefined);
  // Records kept from the earlier run, as taken from it. They are proven again against its tree
  // (the saved records are input too: only the tree head carries a signature), from the kept nodes,
  // while the lookups or the fetch of the latest tree head are in flight.
  const kept = [...outcomes].filter(([, o]) => o.state === 'verified' && o.fromState);
  const proveKept = (): Promise<(Error | undefined)[]> =>
    previous && previousTree && kept.length > 0
      ? client.tiles.reader(previousTree.size).verifyInclusions(
          previousTree.hash,
          kept.map(([key]) => ({ index: previous!.records[key].id, data: previous!.records[key].data }))
        )
      : Promise.resolve([]);
  const keptProven = proveKept();
  keptProven.catch(() => undefined); // Awaited below; this only keeps an early failure from counting as unhandled.
  let done = 0;
  await Promise.all(
    todo.map(async t => {
      try {
        const answer = await client.lookup(t.module, t.version);
        const lines = recordLines(answer.data, t.module, t.version);
        if (lines.length === 0) {
          outcomes.set(t.key, { state: 'rejected', reason: `the database answered for ${t.key} with a record about something else` });
        } else answers.set(t.key, { ...answer, lines });
      } catch (err) {
        outcomes.set(t.key, failureOutcome(err));
      }
      opts.onProgress?.(++done, todo.length);
    })
  );

  // Every signed tree head seen this run, plus the earlier run's.
  const heads: SignedTree[] = [];
  for (const a of answers.values()) if (!heads.some(h => h.tree.size === a.tree.size && h.tree.hash.equals(a.tree.hash))) heads.push(a);
  let consistencyUnchecked: string | undefined;
  if (previous && heads.length === 0) {
    try {
      heads.push(await (latestEarly ?? client.latest()));
    } catch (err) {
      consistencyUnchecked = `could not fetch the latest tree head: ${(err as Error).message}`;
    }
  }
  let keptResults: (Error | undefined)[] | undefined = await keptProven;
  const all: { tree: Tree; note: string; label: string }[] = heads.map(h => ({ ...h, label: `the tree head served this run (size ${h.tree.size})` }));
  if (previous && previousTree)
    all.push({ tree: previousTree, note: previous.note, label: `the tree head verified in an earlier run (size ${previous.size})` });
  if (all.length === 0) return { outcomes, previous: previousTree, consistencyUnchecked, stateProblem };

  // After a fork neither view of the log can be trusted: nothing counts as verified.
  const rejectAll = (reason: string): void => {
    for (const key of [...answers.keys(), ...outcomes.keys()]) {
      const o = outcomes.get(key);
      if (!o || o.state === 'verified') outcomes.set(key, { state: 'rejected', reason });
    }
  };
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i].tree.size === all[j].tree.size && !all[i].tree.hash.equals(all[j].tree.hash)) {
        const fork = `${all[i].label} and ${all[j].label} have the same size and different hashes (${all[i].tree.hash.toString('base64')} vs ${all[j].tree.hash.toString('base64')})`;
        rejectAll(`the checksum database log is forked: ${fork}`);
        return { outcomes, previous: previousTree, fork, stateProblem };
      }
    }
  }
  const newest = all.reduce((a, b) => (b.tree.size > a.tree.size ? b : a));

  let newestReader: TileHashReader | undefined;
  const prove = async (): Promise<void> => {
    // The first attempt uses the proofs made above; a retry with fresh tiles proves the kept records again.
    const keptErrors = keptResults ?? (await proveKept());
    keptResults = undefined;
    keptErrors.forEach((err, i) => outcomes.set(kept[i][0], err ? failureOutcome(err) : kept[i][1]));
    const reader = client.tiles.reader(newest.tree.size);
    newestReader = reader;
    for (const other of all) {
      if (other === newest) continue;
      try {
        await reader.verifyConsistency(other.tree, newest.tree.hash);
      } catch (err) {
        if (err instanceof TlogError) throw new ForkError(`${other.label} is not a prefix of ${newest.label}: ${err.message}`);
        if (other.tree === previousTree) {
          consistencyUnchecked = (err as Error).message;
          continue;
        }
        throw err;
      }
    }
    const fresh = [...answers];
    const results = await reader.verifyInclusions(
      newest.tree.hash,
      fresh.map(([, answer]) => ({ index: answer.id, data: answer.data }))
    );
    results.forEach((err, i) => {
      const [key, answer] = fresh[i];
      outcomes.set(key, err ? failureOutcome(err) : { state: 'verified', id: answer.id, lines: answer.lines, fromState: false });
    });
  };
  try {
    await prove();
    const rejected = [...outcomes.values()].some(o => o.state === 'rejected');
    if (rejected && client.tiles.dropKept()) await prove();
  } catch (err) {
    if (client.tiles.dropKept()) {
      try {
        await prove();
      } catch (err2) {
        return handleProofFailure(err2);
      }
    } else return handleProofFailure(err);
  }

  function handleProofFailure(err: unknown): AuditOutcome {
    if (err instanceof ForkError) {
      rejectAll(`the checksum database log is forked: ${err.message}`);
      return { outcomes, previous: previousTree, fork: err.message, stateProblem };
    }
    const outcome = failureOutcome(err);
    for (const key of answers.keys()) outcomes.set(key, outcome);
    return { outcomes, previous: previousTree, consistencyUnchecked, stateProblem };
  }

  const clean = [...outcomes.values()].every(o => o.state !== 'rejected') && !consistencyUnchecked;
  let nextState: SavedTreeState | undefined;
  if (clean) {
    const records: SavedTreeState['records'] = { ...(previous?.records ?? {}) };
    for (const [key, a] of answers) if (outcomes.get(key)?.state === 'verified') records[key] = { id: a.id, data: a.data };
    nextState = { version: 1, key: client.verifier.text, size: newest.tree.size, hash: newest.tree.hash.toString('base64'), note: newest.note, records };
  }
  // What the next run reads to prove every kept record and this head against a later one: from the
  // reader that just proved them (its subtrees are computed already), no tile fetched.
  const toKeep = nextState && newestReader ? { state: nextState, reader: newestReader } : undefined;
  const nextNodes = toKeep && (() => toKeep.reader.proofNodes(Object.values(toKeep.state.records).map(r => ({ index: r.id, data: r.data }))));
  return { outcomes, tree: { tree: newest.tree, note: newest.note }, previous: previousTree, consistencyUnchecked, stateProblem, nextState, nextNodes };
}

class ForkError extends Error {}

const STATE_FILE = 'state.json';

/** The state directory for one database: `<dir>/<name>/` holding state.json and tile/. */
export function sumdbStateDir(root: string, name: string): string {
  return path.join(root, name.replace(/[^A-Za-z0-9.-]/g, '_'));
}

/** Reads the saved state; undefined when there is none or it is unreadable (with the reason). */
export async function readSavedTreeState(dir: string): Promise<{ state?: SavedTreeState; problem?: string }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, STATE_FILE), 'utf8');
  } catch {
    return {};
  }
  try {
    const s = JSON.parse(text) as SavedTreeState;
    if (s.version !== 1 || typeof s.size !== 'number' || typeof s.hash !== 'string' || typeof s.note !== 'string' || typeof s.records !== 'object') {
      return { problem: 'saved tree state has an unknown shape' };
    }
    return { state: s };
  } catch (err) {
    return { problem: `saved tree state is not JSON: ${(err as Error).message}` };
  }
}

export async function writeSavedTreeState(dir: string, state: SavedTreeState): Promise<void> {
  await writeFileBelow(dir, path.join(dir, STATE_FILE), JSON.stringify(state)); // never through a link planted in a state-dir
}
