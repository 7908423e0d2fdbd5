// actions/upload-artifact (v4/v5) stand-in: the same file search
// (@actions/glob with the options the real action passes, hidden files
// excluded by default), the same artifact root (the common ancestor of the
// search paths; a single plain file is stored without its directories), the
// same name rules, if-no-files-found and overwrite. Stores the files in a
// directory shared by the run's jobs (GO_GATES_STANDIN_ARTIFACTS) instead of
// zipping them to the artifact service.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
// act copies only this directory into its action cache, so the shared helpers
// are loaded from the go-ci-gates checkout the test names in GO_GATES_REPO.
if (!process.env.GO_GATES_REPO) throw new Error('GO_GATES_REPO is not set: the stand-ins load their helpers from the go-ci-gates checkout.');
const { artifactStore, booleanInput, fail, info, input, lines, repoImport, setOutput, warning } = await import(
  new URL(`file://${process.env.GO_GATES_REPO}/test/workflows/stand-ins/lib.mjs`).href
);

const name = input('name') || 'artifact';
const INVALID = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];
for (const c of INVALID) if (name.includes(c)) fail(`The artifact name is not valid: ${name}. Contains the following character: ${JSON.stringify(c)}`);
const ifNoFiles = input('if-no-files-found') || 'warn';
if (!['warn', 'error', 'ignore'].includes(ifNoFiles))
  fail(`Unrecognized if-no-files-found input. Provided: ${ifNoFiles}. Available options: warn,error,ignore`);

const { create } = await repoImport('@actions/glob/lib/glob.js');
const searchPath = lines('path').join('\n');
const globber = await create(searchPath, {
  followSymbolicLinks: true,
  implicitDescendants: true,
  omitBrokenSymbolicLinks: true,
  excludeHiddenFiles: !booleanInput('include-hidden-files', false)
});
const files = (await globber.glob()).filter(f => statSync(f).isFile());
const searchPaths = globber.getSearchPaths();

/** upload-artifact's getMultiPathLCA. */
function commonAncestor(paths) {
  const split = paths.map(p => p.split(path.sep).filter(Boolean));
  const common = [];
  for (let i = 0; split.every(s => i < s.length && s[i] === split[0][i]); i++) common.push(split[0][i]);
  return path.sep + common.join(path.sep);
}
let root;
if (searchPaths.length > 1) root = commonAncestor(searchPaths);
else if (files.length === 1 && searchPaths[0] === files[0]) root = path.dirname(files[0]);
else root = searchPaths[0];

if (files.length === 0) {
  const message = `No files were found with the provided path: ${searchPath}. No artifacts will be uploaded.`;
  if (ifNoFiles === 'error') fail(message);
  if (ifNoFiles === 'warn') warning(message);
  else info(message);
  process.exit(0);
}
const lower = new Set();
for (const f of files) {
  if (lower.has(f.toLowerCase())) fail(`Uploads are case insensitive: ${f} was detected that it will be overwritten by another file with the same path`);
  lower.add(f.toLowerCase());
}

const store = artifactStore();
const target = path.join(store, name);
if (existsSync(target)) {
  if (!booleanInput('overwrite', false)) fail(`Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`);
  rmSync(target, { recursive: true, force: true });
}
const digest = createHash('sha256');
for (const f of files.sort()) {
  const rel = path.relative(root, f);
  mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
  cpSync(f, path.join(target, rel));
  digest.update(rel).update('\0').update(readFileSync(f));
}
const id = readdirSync(store).length;
info(`upload-artifact stand-in: ${files.length} file(s) from ${root} as ${name}: ${files.map(f => path.relative(root, f)).join(', ')}`);
setOutput('artifact-id', id);
setOutput('artifact-url', '');
setOutput('artifact-digest', digest.digest('hex'));
