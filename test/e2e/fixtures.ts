// Playwright fixtures: every test gets its own web host with a fresh profile
// folder, and a fresh browser context (so a fresh IndexedDB).
import { test as base } from '@playwright/test';
import { startWebHost, type RunningHost } from './web-host';

export const test = base.extend<{ host: RunningHost }>({
  host: async ({}, use) => {
    const host = await startWebHost();
    await use(host);
    await host.stop();
  },
});

export { expect } from '@playwright/test';
