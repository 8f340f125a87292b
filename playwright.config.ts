import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/shared/chromium.ts';
import { basePath as normaliseBase } from './src/shared/urls.ts';
import { TEST_ORIGIN, TEST_PORT } from './tests/support/site.ts';

// The build folder: `dist` unless E2E_DIST names another, as `test:e2e:base` does.
const distDir = process.env.E2E_DIST ?? 'dist';
const basePath = normaliseBase(process.env.BASE_PATH);

/**
 * The e2e suite builds the site once, serves `dist/` with the static server (gzip, under BASE_PATH
 * when set, and with the `_headers` file applied) and runs every spec against it.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  snapshotPathTemplate: 'tests/e2e/__screenshots__/{arg}{ext}',
  fullyParallel: true,
  // Two cores on the project's machines: one worker per core.
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  // Generous limits for a loaded machine: tests wait for states (never for time), so a slow state
  // only makes them slower, never wrong.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `${TEST_ORIGIN}${basePath}`,
    launchOptions: chromiumLaunchOptions(),
    // No trace by default: recording one snapshots the DOM at every action, which costs a fifth of
    // the suite's time on these pages. To debug a failure: npx playwright test <spec> --trace on
    trace: 'off',
    // Pages register a service worker; every spec but the offline one checks first visits from the
    // network, as before it. `tests/e2e/offline.spec.ts` allows it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: {
    command: `${process.env.E2E_SKIP_BUILD ? '' : `node scripts/build.mjs --outDir ${distDir} && `}node scripts/serve.mjs --dir ${distDir} --port ${TEST_PORT} --headers --gzip`,
    url: `${TEST_ORIGIN}${basePath}`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
