// The README's screenshots (docs/screenshots) are taken on every run, but
// written over the committed ones only when asked: UPDATE_SCREENSHOTS=1.
// Otherwise they go to test-results/screenshots, so a test run leaves the
// repository as it found it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function screenshotPath(name: string): string {
  const folder = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
  mkdirSync(folder, { recursive: true });
  return join(folder, name);
}
