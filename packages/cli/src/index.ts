#!/usr/bin/env node
import { BUG_REPORT_URL, errorKind } from '@go-ci-gates/core';
import { EXIT, UsageError } from './errors.js';
import { main } from './main.js';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  // A mistake on the command line, or the machine's (a failed system call, no go): the message is enough.
  if (err instanceof UsageError || errorKind(err) !== 'internal') {
    console.error(`go-ci-gates: ${(err as Error).message}`);
    process.exitCode = EXIT.usage;
  } else {
    // Anything else is a bug in the CLI: the stack is what a report needs.
    console.error(`go-ci-gates: internal error (a bug; please report it at ${BUG_REPORT_URL} with the text below)`);
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = EXIT.bug;
  }
}
