// Shared by the stand-in actions (see README.md): reading inputs and writing
// outputs, warnings and PATH entries the way @actions/core does, without it.
import { appendFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** An input as @actions/core's getInput reads it: INPUT_<NAME upper-cased, spaces to _>, trimmed. */
export function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function booleanInput(name, fallback) {
  const v = input(name);
  if (v === '') return fallback;
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  fail(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`);
}

/** Multi-line input: one entry per line, blank lines dropped (getMultilineInput). */
export function lines(name) {
  return input(name)
    .split('\n')
    .map(s => s.trim())
    .filter(Boolean);
}

function fileCommand(variable, name, value) {
  const file = process.env[variable];
  if (!file) throw new Error(`${variable} is not set: not running under a runner`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

export function setOutput(name, value) {
  fileCommand('GITHUB_OUTPUT', name, String(value));
}

export function addPath(dir) {
  appendFileSync(process.env.GITHUB_PATH, `${dir}\n`);
  process.env.PATH = `${dir}${path.delimiter}${process.env.PATH}`;
}

const escapeData = s => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const info = message => console.log(message);
export const warning = message => console.log(`::warning::${escapeData(message)}`);
export function fail(message) {
  console.log(`::error::${escapeData(message)}`);
  process.exit(1);
}

/** Where uploaded artifacts live for this act invocation (one directory per run, set by test/workflows/act.ts). */
export function artifactStore() {
  const dir = process.env.GO_GATES_STANDIN_ARTIFACTS;
  if (!dir) fail('GO_GATES_STANDIN_ARTIFACTS is not set: the artifact stand-ins need a directory shared by the jobs of one run.');
  return dir;
}

/**
 * A module from the go-ci-gates checkout's node_modules: the libraries the real
 * actions use (@actions/glob, minimatch), so matching is theirs, not ours.
 */
export async function repoImport(file) {
  const repo = process.env.GO_GATES_REPO;
  if (!repo) fail('GO_GATES_REPO is not set: the stand-ins load their libraries from the go-ci-gates checkout.');
  return import(pathToFileURL(path.join(repo, 'node_modules', file)).href);
}
