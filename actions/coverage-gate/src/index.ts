import { fileURLToPath } from 'node:url';
import { isProfileWorker, runProfileWorker } from '@go-ci-gates/core';
import { run } from './main.js';
import { useProfileWorker } from './profile-source.js';

// This bundle is also the worker thread that reads part of a large
// coverprofile (see readCoverProfilesParallel in core).
if (isProfileWorker()) {
  runProfileWorker();
} else {
  useProfileWorker(fileURLToPath(import.meta.url));
  await run();
}
