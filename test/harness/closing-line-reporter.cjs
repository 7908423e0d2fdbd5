// Prints one plain closing line, `Tests: N passed, N failed, N skipped`, after
// Jest's own summary: the format CI tooling reads regardless of test runner.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
module.exports = ClosingLineReporter;
