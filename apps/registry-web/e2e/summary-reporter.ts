import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends the run with one plain line, `browser: N passed, N failed`, so CI's log shows the browser suite's count. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed += 1;
    else this.failed += 1;
  }

  onEnd(_result: FullResult): void {
    process.stdout.write(`browser: ${this.passed} passed, ${this.failed} failed\n`);
  }
}
