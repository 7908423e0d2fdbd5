// What a Node program pays to run mod-review's own processes and requests, in the gate's order and
// with its overlap, and nothing else: no inputs, no analysis, no report, no kept state. The bench
// times it like the gate (a node process from start to exit) to say how much of a warm run is the
// gate's own work over the processes it runs.
// Usage: node mod-review-processes.mjs <workspace> <base commit> <temp dir> <checksum database URL>
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import https from 'node:https';
import * as path from 'node:path';

const [ws, base, tmp, sumdb] = process.argv.slice(2);
const LIST_FIELDS = 'ImportPath,Name,Standard,DepOnly,ForTest,Imports,Module,Error,DepsErrors';

/** A child's stdout, once it exits 0. */
function run(cmd, args, { cwd, input, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out = [];
    let err = '';
    child.stdout.on('data', c => out.push(c));
    child.stderr.on('data', c => (err += c));
    if (input !== undefined) child.stdin.end(input);
    child.on('error', reject);
    child.on('close', code => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`${cmd} ${args.join(' ')}: ${err}`))));
  });
}

/** go's concatenated JSON objects, parsed. */
const parseAll = text =>
  text
    .split('\n}\n')
    .filter(t => t.trim())
    .map(t => JSON.parse(t.trim().endsWith('}') ? t : `${t}\n}`));

const agent = new https.Agent({ keepAlive: true });
const get = url =>
  new Promise((resolve, reject) =>
    https
      .get(url, { agent }, res => {
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject)
  );

const goEnv = run('go', ['env', '-json'], { cwd: ws }).then(JSON.parse);
const revParse = run('git', ['rev-parse', '--show-toplevel', '--is-shallow-repository', 'HEAD^{commit}', `${base}...HEAD`, '--'], { cwd: ws });
const headList = run('go', ['list', '-m', '-json', 'all'], { cwd: ws }).then(parseAll);
const sumdbDone = goEnv.then(() => get(`${sumdb}/supported`)).then(() => get(`${sumdb}/latest`));

const baseTree = path.join(tmp, 'base');
mkdirSync(baseTree, { recursive: true });
const unpacked = revParse.then(
  out =>
    new Promise((resolve, reject) => {
      const mergeBase = out
        .split('\n')
        .find(l => l.startsWith('^'))
        .slice(1);
      const git = spawn('git', ['archive', '--format=tar', mergeBase], { cwd: ws, stdio: ['ignore', 'pipe', 'inherit'] });
      const tar = spawn('tar', ['-x', '-f', '-', '-C', baseTree], { stdio: [git.stdout, 'ignore', 'inherit'] });
      git.stdout.destroy();
      tar.on('close', code => (code === 0 ? resolve() : reject(new Error(`tar exit ${code}`))));
    })
);
const churn = revParse.then(async () => {
  const log = await run('git', ['log', '-n100', '--format=%H %ct', 'HEAD', '--', 'go.mod'], { cwd: ws });
  const shas = log
    .split('\n')
    .filter(Boolean)
    .map(l => l.split(' ')[0]);
  return run('git', ['cat-file', '--batch'], { cwd: ws, input: ['HEAD', ...shas.flatMap(s => [`${s}:go.mod`, `${s}^:go.mod`])].map(n => `${n}\n`).join('') });
});
const lists = unpacked.then(() =>
  Promise.all([
    run('go', ['list', '-m', '-json', 'all'], { cwd: baseTree, env: { GOWORK: 'off' } }).then(parseAll),
    run('go', ['list', '-e', '-deps', `-json=${LIST_FIELDS}`, './...'], { cwd: baseTree, env: { GOWORK: 'off' } }).then(parseAll),
    run('go', ['list', '-e', '-deps', `-json=${LIST_FIELDS}`, './...'], { cwd: ws, env: { GOWORK: 'off' } }).then(parseAll)
  ])
);
await Promise.all([goEnv, headList, sumdbDone, churn, lists]);
agent.destroy();
