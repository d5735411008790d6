// @ts-check
/**
 * A targeted StrykerJS run of the readings session 10 added (stryker.readings.groups.json): each group's files
 * are mutated against only the tests that reach them (vitest.stryker-readings.config.ts reads the same group),
 * so a module-level regex mutant, which Stryker tests by rerunning every listed test, costs seconds instead of
 * the safety group's ~60 test files. Run one group: READINGS=money npx stryker run stryker.readings.config.mjs
 * The same files are in stryker.safety.config.json for the regular incremental run.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { URL } from 'node:url';

const groups = JSON.parse(readFileSync(new URL('./stryker.readings.groups.json', import.meta.url), 'utf8'));
const name = process.env.READINGS ?? 'all';
const picked = name === 'all' ? Object.keys(groups).filter((key) => !key.startsWith('_')) : [name];
if (picked.some((key) => groups[key] === undefined)) throw new Error(`READINGS=${name}: no such group in stryker.readings.groups.json`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker-readings.config.ts', related: false },
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: `reports/stryker-incremental-readings-${name}.json`,
  concurrency: 1,
  tempDirName: `.stryker-tmp/readings-${name}`,
  timeoutMS: 20000,
  dryRunTimeoutMinutes: 15,
  mutate: picked.flatMap((key) => groups[key].mutate),
  // .stryker-tmp: another group's sandbox, when two groups run at once (each has its own tempDirName).
  ignorePatterns: ['bench-results', 'coverage', '.reports', 'infra', 'Dockerfile', '.stryker-tmp'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/readings-${name}.json` },
  thresholds: { high: 85, low: 80, break: null },
};
