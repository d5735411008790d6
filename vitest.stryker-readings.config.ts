import { defineConfig } from 'vitest/config';
import groups from './stryker.readings.groups.json' with { type: 'json' };

/**
 * The tests StrykerJS runs against mutants of the readings session 10 added (stryker.readings.config.mjs):
 * the tests of the group READINGS names (stryker.readings.groups.json), or of every group without it.
 */
type Group = { mutate: string[]; tests: string[] };
const all = Object.entries(groups).filter(([key]) => !key.startsWith('_')) as [string, Group][];
const name = process.env['READINGS'] ?? 'all';
const picked = all.filter(([key]) => name === 'all' || key === name);

export default defineConfig({
  test: {
    include: picked.flatMap(([, group]) => group.tests),
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
