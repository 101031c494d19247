// vitest.config.ts: unit tests live in tests/unit and mirror src/; each file may name its own environment.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
