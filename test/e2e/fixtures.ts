// Playwright fixtures: every test gets its own web host with a fresh profile
// folder, and a fresh browser context (so a fresh IndexedDB).
import { test as base } from '@playwright/test';
import { startWebHost, type RunningHost } from './web-host';

export const test = base.extend<{ host: RunningHost }>({
  // Playwright fixtures must destructure their dependencies; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startWebHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
