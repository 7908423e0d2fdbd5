// actions/download-artifact (v4-v6) stand-in: name selects one artifact (an
// error when absent); otherwise every artifact of the run, filtered by
// `pattern` with minimatch's default options as the real action does; each
// goes to <path>/<artifact name>, or, with merge-multiple, into <path> itself.
// The real action downloads in parallel, so which of two colliding files wins
// is undefined there: GO_GATES_STANDIN_DOWNLOAD_ORDER=reverse extracts in
// reverse name order so tests can run both orders.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// act copies only this directory into its action cache, so the shared helpers
// are loaded from the go-ci-gates checkout the test names in GO_GATES_REPO.
if (!process.env.GO_GATES_REPO) throw new Error('GO_GATES_REPO is not set: the stand-ins load their helpers from the go-ci-gates checkout.');
const { artifactStore, booleanInput, fail, info, input, repoImport, setOutput } = await import(
  new URL(`file://${process.env.GO_GATES_REPO}/test/workflows/stand-ins/lib.mjs`).href
);

if (input('artifact-ids')) fail('download-artifact stand-in: artifact-ids is not supported.');
const workspace = process.env.GITHUB_WORKSPACE;
const raw = input('path').replace(/^~(?=$|\/)/, os.homedir());
const destination = path.resolve(workspace, raw || '.');
const store = artifactStore();
const name = input('name');
const pattern = input('pattern');

let artifacts;
if (name) {
  if (pattern) info('download-artifact stand-in: both name and pattern given; name is used, as in the real action.');
  if (!existsSync(path.join(store, name))) fail(`Unable to download artifact(s): Artifact not found for name: ${name}`);
  artifacts = [name];
} else {
  const all = existsSync(store) ? readdirSync(store).sort() : [];
  const { Minimatch } = await repoImport('minimatch/dist/esm/index.js');
  const matcher = pattern ? new Minimatch(pattern) : undefined;
  artifacts = matcher ? all.filter(a => matcher.match(a)) : all;
  info(`Found ${artifacts.length} artifact(s)${pattern ? ` matching ${pattern}` : ''}`);
}
if (process.env.GO_GATES_STANDIN_DOWNLOAD_ORDER === 'reverse') artifacts.reverse();
const merge = Boolean(name) || booleanInput('merge-multiple', false);
for (const artifact of artifacts) {
  const into = merge ? destination : path.join(destination, artifact);
  mkdirSync(into, { recursive: true });
  cpSync(path.join(store, artifact), into, { recursive: true, force: true });
  info(`Artifact ${artifact} extracted to ${into}`);
}
info(`Total of ${artifacts.length} artifact(s) downloaded`);
setOutput('download-path', destination);
