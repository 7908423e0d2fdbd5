#!/usr/bin/env node
import { main } from './main.js';

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  console.error(`go-ci-gates: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 2;
}
