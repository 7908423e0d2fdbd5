#!/usr/bin/env node
// Bundles every gate (actions/<gate>/src/index.ts) and the CLI with @vercel/ncc
// into dist/<name>/index.js, and records in dist/sources.sha256 the digest of
// the sources and of each bundle built from them.
//
// --check (the stale-dist check .ci/run runs) fails when the sources are not the
// ones recorded, or a bundle is not the one the build recorded (edited, added,
// removed or partly rebuilt). It reads files only: under a second. --check
// --rebuild also builds every bundle again into a temp dir and compares it byte
// for byte with dist/ (ncc takes 150 s for the nine bundles on 2 cores, a third
// of the suite's 8-minute budget): the release workflow and GitHub CI run it.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFileText, recordedDigests, sourcesDigest } from './dist-sources.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const rebuild = process.argv.includes('--rebuild');
const only = process.argv.slice(2).filter(a => !a.startsWith('--'));

async function targets() {
  const list = [];
  for (const name of (await fs.readdir(path.join(root, 'actions'))).sort()) {
    const entry = path.join(root, 'actions', name, 'src', 'index.ts');
    if (existsSync(entry)) list.push({ name, entry });
  }
  list.push({ name: 'cli', entry: path.join(root, 'packages', 'cli', 'src', 'index.ts') });
  return only.length ? list.filter(t => only.includes(t.name)) : list;
}

function ncc(entry, outDir) {
  const cli = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', entry, '-o', outDir, '--license', 'licenses.txt', '-q', '--target', 'es2022'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit']
    });
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry} (exit ${code})`))));
  });
}

async function listFiles(dir, rel = '') {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(path.join(dir, e.name), r)));
    else out.push(r);
  }
  return out.sort();
}

/** The fast check: the recorded digests against the sources and the committed bundles. */
async function checkRecorded(list) {
  const problems = [];
  const recorded = recordedDigests();
  if (!recorded) return ['dist/sources.sha256 is missing'];
  if (recorded.sources !== (await sourcesDigest())) problems.push('dist/ was built from other sources than these (dist/sources.sha256, first line)');
  const committed = new Set((await fs.readdir(path.join(root, 'dist'), { withFileTypes: true }).catch(() => [])).filter(e => e.isDirectory()).map(e => e.name));
  const expected = await digestFileText(
    recorded.sources,
    path.join(root, 'dist'),
    list.map(t => t.name).filter(n => committed.has(n))
  );
  const actual = new Map(
    expected
      .trim()
      .split('\n')
      .slice(1)
      .map(l => [l.split('  ')[1], l.split('  ')[0]])
  );
  for (const t of list) {
    if (!committed.has(t.name)) problems.push(`dist/${t.name} is missing`);
    else if (!recorded.bundles.has(t.name)) problems.push(`dist/${t.name} was not recorded by a whole build`);
    else if (recorded.bundles.get(t.name) !== actual.get(t.name)) problems.push(`dist/${t.name} is not what the build recorded (edited, or built alone)`);
  }
  for (const d of committed) if (!list.some(t => t.name === d)) problems.push(`dist/${d} has no source under actions/ or packages/cli`);
  return problems;
}

async function main() {
  const list = await targets();
  if (check && !rebuild) {
    const problems = only.length ? ['--check reads dist/sources.sha256, which vouches for the whole build: name no bundle'] : await checkRecorded(list);
    if (problems.length) {
      console.error(`dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log(
      `dist/ is up to date: sources and ${list.length} bundles as dist/sources.sha256 records them (npm run check-dist -- --rebuild builds them again to compare)`
    );
    return;
  }
  const outRoot = check ? await fs.mkdtemp(path.join(os.tmpdir(), 'go-ci-gates-dist-')) : path.join(root, 'dist');
  const started = Date.now();
  // Two at a time: ncc is CPU-bound and CI has two cores.
  const queue = [...list];
  await Promise.all(
    [0, 1].map(async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        const out = path.join(outRoot, t.name);
        await fs.rm(out, { recursive: true, force: true });
        await ncc(t.entry, out);
      }
    })
  );
  console.log(`built ${list.map(t => t.name).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  // A partial build leaves the other bundles as they were: only a whole build vouches for all of dist/.
  if (!only.length)
    await fs.writeFile(
      path.join(outRoot, 'sources.sha256'),
      await digestFileText(
        await sourcesDigest(),
        outRoot,
        list.map(t => t.name)
      )
    );
  if (!check) return;
  const problems = [];
  for (const t of list) {
    const fresh = path.join(outRoot, t.name);
    const committed = path.join(root, 'dist', t.name);
    const [a, b] = [await listFiles(fresh), await listFiles(committed)];
    for (const f of new Set([...a, ...b])) {
      if (!a.includes(f)) problems.push(`dist/${t.name}/${f} is committed but no longer built`);
      else if (!b.includes(f)) problems.push(`dist/${t.name}/${f} is missing from the committed dist/`);
      else if (!(await fs.readFile(path.join(fresh, f))).equals(await fs.readFile(path.join(committed, f)))) {
        problems.push(`dist/${t.name}/${f} differs from a fresh build`);
      }
    }
  }
  for (const d of await fs.readdir(path.join(root, 'dist')).catch(() => [])) {
    if (d === 'sources.sha256') continue;
    if (!only.length && !list.some(t => t.name === d)) problems.push(`dist/${d} has no source under actions/ or packages/cli`);
  }
  if (!only.length) {
    const committed = await fs.readFile(path.join(root, 'dist', 'sources.sha256'), 'utf8').catch(() => '');
    if (committed !== (await fs.readFile(path.join(outRoot, 'sources.sha256'), 'utf8'))) problems.push('dist/sources.sha256 does not match the sources');
  }
  await fs.rm(outRoot, { recursive: true, force: true });
  if (problems.length) {
    console.error(`dist/ is stale; run \`npm run build\` and commit dist/:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}

main().catch(err => {
  console.error(err.message);
  process.exit(1);
});
