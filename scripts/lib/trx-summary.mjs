// Sums the outcome counters of every .trx file in a folder and prints one line:
//   "N passed, N failed, N skipped". Exit 0 when nothing failed and something passed, 1 otherwise.
// Usage: node scripts/lib/trx-summary.mjs <results folder>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
const files = readdirSync(folder, { recursive: true }).filter((f) => String(f).endsWith('.trx'));
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
  const counters = /<Counters\b([^>]*)\/?>/.exec(readFileSync(join(folder, String(file)), 'utf8'))?.[1] ?? '';
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(counters)?.[1] ?? 0);
  totals.passed += count('passed');
  totals.failed += count('failed') + count('error') + count('timeout') + count('aborted');
  totals.skipped += count('notExecuted') + count('inconclusive');
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (files.length === 0) console.error(`error: no test results (.trx) in ${folder}`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
