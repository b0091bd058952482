// Reads the runners' JSON reports and prints one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

if (existsSync('reports/unit.json')) {
	const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
	passed += unit.numPassedTests ?? 0;
	failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else missing.push('unit');

if (existsSync('reports/e2e.json')) {
	const e2e = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
	passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
	failed += e2e.stats?.unexpected ?? 0;
	skipped += e2e.stats?.skipped ?? 0;
} else missing.push('e2e');

if (missing.length) console.log(`Kein Bericht von: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0 || missing.length) process.exit(1);
