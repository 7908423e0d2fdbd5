import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CoverProfileMerger, readCoverProfiles, type CoverProfile } from './profile.js';

/**
 * Reading a large coverprofile on two threads. A -coverpkg profile of a big
 * repository runs to millions of lines, and parsing them is the gate's whole
 * cost; a runner has at least two cores. The files are cut into parts at
 * line boundaries; this thread and one worker take parts from a shared
 * counter, each merging into its own merger, and the worker's distinct blocks
 * are merged into ours at the end. Merging is a sum (an OR in set mode), so
 * the order the parts are read in cannot change the result. Anything unusual
 * (an error in any part, a NumStmt conflict between the two threads, a worker
 * that fails) makes us read everything again sequentially, so every error is
 * reported exactly as the sequential reader reports it, with its line.
 */

const WORKER_TAG = 'go-ci-gates/coverprofile-parts';

export interface ParallelReadOptions {
  /**
   * The script the worker runs: the gate's own bundle, whose entry point
   * calls runProfileWorker() when isProfileWorker(). Without it (running from
   * sources, as the unit tests do) profiles are read on this thread.
   */
  workerScript?: string;
  /** Profiles smaller than this together are read on this thread (a worker costs a bundle load). */
  minBytes?: number;
  /**
   * Wait for the worker to be up before this thread reads a part, so both
   * threads read some (tests; otherwise this thread starts at once and the
   * worker joins when it has loaded).
   */
  startTogether?: boolean;
}

/** Below this a worker's start-up (loading the bundle) costs about what it saves. */
const DEFAULT_MIN_BYTES = 48 << 20;
const MAX_PART_BYTES = 8 << 20;
const MIN_PART_BYTES = 4 << 10;

interface ProfilePart {
  file: number;
  start: number;
  end: number;
}

interface PartsPlan {
  mode: string;
  parts: ProfilePart[];
  totalBytes: number;
}

interface WorkerInput {
  [WORKER_TAG]: true;
  files: string[];
  plan: PartsPlan;
  counter: Int32Array;
}

type WorkerResult = { ok: true; parts: number; names: string[]; blocks: Float64Array[]; linesRead: number } | { ok: false; why: string };

/** Reads and merges profiles like readCoverProfiles, on two threads when they are large. */
export async function readCoverProfilesParallel(files: string[], options: ParallelReadOptions = {}): Promise<CoverProfile> {
  const minBytes = options.minBytes ?? DEFAULT_MIN_BYTES;
  const plan = options.workerScript && os.availableParallelism() > 1 ? planParts(files, minBytes) : undefined;
  if (!plan || plan.parts.length < 2) return readCoverProfiles(files);

  const counter = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { [WORKER_TAG]: true, files, plan, counter };
  const worker = new Worker(options.workerScript!, { workerData: input, stdout: true, stderr: true });
  let ready: () => void = () => {};
  const workerUp = new Promise<void>(resolve => (ready = resolve));
  const fromWorker = new Promise<WorkerResult>(resolve => {
    worker.on('message', (m: WorkerResult | 'ready') => (m === 'ready' ? ready() : resolve(m)));
    worker.once('error', err => resolve({ ok: false, why: err.message }));
    worker.once('exit', code => resolve({ ok: false, why: `worker exited with code ${code}` }));
  });
  if (options.startTogether) await Promise.race([workerUp, fromWorker]);

  const merger = mergerFor(files, plan);
  let ok = true;
  try {
    readParts(merger, files, plan, counter);
  } catch {
    ok = false;
    Atomics.store(counter, 0, plan.parts.length); // the worker takes no more parts
  }
  const result = await fromWorker;
  await worker.terminate();
  if (ok && result.ok && merger.importBlocks(result.names, result.blocks, result.linesRead)) return { ...merger.finish(), threads: result.parts > 0 ? 2 : 1 };
  // The sequential reader finds (and names the line of) whatever went wrong.
  return readCoverProfiles(files);
}

/** True in a worker thread started by readCoverProfilesParallel. */
export function isProfileWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | undefined)?.[WORKER_TAG] === true;
}

/** The worker's side: read parts until none are left, then send the distinct blocks back. */
export function runProfileWorker(): void {
  const { files, plan, counter } = workerData as WorkerInput;
  parentPort!.postMessage('ready');
  let result: WorkerResult;
  try {
    const merger = mergerFor(files, plan);
    const parts = readParts(merger, files, plan, counter);
    result = { ok: true, parts, ...merger.exportBlocks() };
  } catch (err) {
    result = { ok: false, why: (err as Error).message };
  }
  parentPort!.postMessage(result, result.ok ? result.blocks.map(b => b.buffer as ArrayBuffer) : []);
}

function mergerFor(files: string[], plan: PartsPlan): CoverProfileMerger {
  const merger = new CoverProfileMerger();
  files.forEach((f, i) => merger.partReader(i, f));
  merger.setMode(plan.mode, files[0], 1);
  return merger;
}

/** Reads parts while the shared counter has some left; returns how many this thread read. */
function readParts(merger: CoverProfileMerger, files: string[], plan: PartsPlan, counter: Int32Array): number {
  let read = 0;
  let buf = Buffer.allocUnsafe(0);
  const fds = new Map<number, number>();
  try {
    for (let i = Atomics.add(counter, 0, 1); i < plan.parts.length; i = Atomics.add(counter, 0, 1)) {
      const part = plan.parts[i];
      let fd = fds.get(part.file);
      if (fd === undefined) fds.set(part.file, (fd = openSync(files[part.file], 'r')));
      const len = part.end - part.start;
      if (buf.length < len) buf = Buffer.allocUnsafe(len);
      let filled = 0;
      while (filled < len) {
        const n = readSync(fd, buf, filled, len - filled, part.start + filled);
        if (n === 0) throw new Error(`${files[part.file]} shrank while it was read`);
        filled += n;
      }
      const reader = merger.partReader(part.file, files[part.file]);
      reader.pushBytes(buf.subarray(0, len));
      reader.end();
      read++;
    }
    return read;
  } finally {
    for (const fd of fds.values()) closeSync(fd);
  }
}

/**
 * Cuts the files into parts that start at line boundaries after each file's
 * `mode:` line. Undefined (read sequentially) when they are small, or when a
 * file does not start with the same valid mode line: the sequential reader
 * reports that.
 */
function planParts(files: string[], minBytes: number): PartsPlan | undefined {
  const sizes: number[] = [];
  const fds: number[] = [];
  try {
    for (const f of files) {
      const fd = openSync(f, 'r');
      fds.push(fd);
      sizes.push(fstatSync(fd).size);
    }
    const totalBytes = sizes.reduce((a, b) => a + b, 0);
    if (totalBytes < minBytes) return undefined;
    const partBytes = Math.min(MAX_PART_BYTES, Math.max(MIN_PART_BYTES, Math.ceil(totalBytes / 16)));
    let mode: string | undefined;
    const parts: ProfilePart[] = [];
    for (let file = 0; file < files.length; file++) {
      const first = lineEndingAt(fds[file], 0, sizes[file]);
      if (first === undefined) return undefined;
      const modeLine = first.text.replace(/\r$/, '');
      const m = /^mode: (set|count|atomic)$/.exec(modeLine);
      if (!m || (mode !== undefined && m[1] !== mode)) return undefined;
      mode = m[1];
      let start = first.next;
      while (start < sizes[file]) {
        let end = start + partBytes;
        if (end >= sizes[file]) end = sizes[file];
        else end = lineEndingAt(fds[file], end, sizes[file])?.next ?? sizes[file];
        parts.push({ file, start, end });
        start = end;
      }
    }
    return mode === undefined ? undefined : { mode, parts, totalBytes };
  } catch {
    return undefined; // unreadable: the sequential reader says so
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** The first line ending at or after `from`: where the next line starts, and the text (for the mode line). */
function lineEndingAt(fd: number, from: number, size: number): { next: number; text: string } | undefined {
  const window = Buffer.allocUnsafe(64 << 10);
  const chunks: Buffer[] = [];
  for (let at = from; at < size; ) {
    const n = readSync(fd, window, 0, window.length, at);
    if (n === 0) break;
    const nl = window.subarray(0, n).indexOf(10);
    if (nl >= 0) {
      chunks.push(Buffer.from(window.subarray(0, nl)));
      return { next: at + nl + 1, text: from === 0 ? Buffer.concat(chunks).toString('utf8') : '' };
    }
    if (from === 0) chunks.push(Buffer.from(window.subarray(0, n)));
    at += n;
  }
  return undefined;
}
