// actions/checkout stand-in. act skips a same-repository checkout and copies
// the working tree (with .git) into the workspace itself; this runs only with
// --no-skip-checkout, and then checks that the tree is there.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
// act copies only this directory into its action cache, so the shared helpers
// are loaded from the go-ci-gates checkout the test names in GO_GATES_REPO.
if (!process.env.GO_GATES_REPO) throw new Error('GO_GATES_REPO is not set: the stand-ins load their helpers from the go-ci-gates checkout.');
const { fail, info, input } = await import(new URL(`file://${process.env.GO_GATES_REPO}/test/workflows/stand-ins/lib.mjs`).href);

const repository = input('repository');
if (repository && repository !== process.env.GITHUB_REPOSITORY)
  fail(`checkout stand-in: only the workflow's own repository can be checked out, not ${repository}.`);
if (input('path')) fail('checkout stand-in: the path input is not supported.');
const workspace = process.env.GITHUB_WORKSPACE;
if (!existsSync(path.join(workspace, '.git'))) fail(`checkout stand-in: ${workspace} holds no git repository (act copies it when the checkout is skipped).`);
info(`checkout stand-in: using the tree act copied into ${workspace}.`);
