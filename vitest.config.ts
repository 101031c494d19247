// vitest.config.ts: unit tests live in tests/unit and mirror src/; each file may name its own environment.
import { defineConfig } from 'vitest/config';

/** Tests that run `astro build --force` on the project: two at once clash in its shared Vite and content caches. */
const PROJECT_BUILDS = ['tests/unit/build/build-errors.test.ts', 'tests/unit/build/writer-safety.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 120_000,
    // Vitest's default is one worker on a 2-core machine; most files wait on child processes, so two pay.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: PROJECT_BUILDS,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'builds', include: PROJECT_BUILDS, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
