import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // browser and CLI tests spawn processes; two workers match the machine's two cores
    maxWorkers: 2,
  },
});
