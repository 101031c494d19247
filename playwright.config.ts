// playwright.config.ts: browser tests in Debian's Chromium against the built site (dist/) and the sandbox server.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { SANDBOX_PORT, SITE_PORT } from './src/site/config.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium was not found at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH; ` +
      'this project never downloads a browser.',
  );
}
if (!existsSync('dist/index.html')) {
  throw new Error('dist/ has no built site: run `npm run build` first (npm test does it for you).');
}

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  // Two on 2 cores: three were measured no faster (the same clean clone, quiet machine: 4.4 min against 4.2).
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/e2e.xml' }]] : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-site.ts --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: !process.env.CI,
      // Startup shares 2 cores with the build machine's other work; 30 s was seen to run out.
      timeout: 90_000,
    },
    {
      command: `node scripts/sandbox-server.ts --port ${SANDBOX_PORT}`,
      // Any answer means it is up; without Ssp-* headers this one is a 400 OperationOutcome.
      url: `http://127.0.0.1:${SANDBOX_PORT}/B82617/STU3/1/gpconnect/metadata`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
    },
  ],
});
