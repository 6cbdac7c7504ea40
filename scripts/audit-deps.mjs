#!/usr/bin/env node
/**
 * `npm run audit:deps`: the dependency advisory check to run before every release (README, "Releases").
 * `npm audit` over the whole lock file (production and development packages: the build and the tests run
 * them too), failing on any advisory of moderate severity or worse.
 *
 * `npm audit` needs the registry's advisory database. Where it cannot reach it (an offline or locked-down
 * network), this says so in one line and exits 3: "no advisories found" and "nothing could be checked"
 * must never look alike. (osv-scanner would read an offline database, but it is not an npm package.)
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['audit', '--json', '--audit-level=moderate'], { encoding: 'utf8', shell: false });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = undefined;
}

if (!report || report.error || report.statusCode || !report.metadata) {
  const why = report?.message ?? report?.error?.summary ?? (result.stderr.trim().split('\n').pop() || 'no answer');
  process.stderr.write(
    `audit:deps: no advisory database reachable (${why}); nothing was checked. Run it where the npm registry's advisory endpoint answers before a release.\n`,
  );
  process.exit(3);
}

const counts = report.metadata.vulnerabilities;
const serious = counts.moderate + counts.high + counts.critical;
process.stdout.write(
  `audit:deps: ${report.metadata.dependencies?.total ?? '?'} packages checked; advisories: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low, ${counts.info} info\n`,
);
if (serious > 0) {
  for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
    if (['moderate', 'high', 'critical'].includes(entry.severity)) process.stdout.write(`  ${entry.severity}: ${name} ${entry.range}\n`);
  }
  process.exit(1);
}
