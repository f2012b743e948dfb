// Choosing in an MUI select the way a clerk does: open it, click the option,
// and wait until the list has closed (and, before the click, until it has
// finished opening). Waiting for the close (its exit
// transition) is what makes the next choice reliable: while a list is still
// fading out its options and backdrop are in the page, and a page object that
// raced ahead could click them instead of the next select. Never retried.
import { expect, type Locator, type Page } from '@playwright/test';

export async function chooseOption(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  const list = page.getByRole('listbox');
  // The list grows open (a transform transition on its paper). An option clicked mid-growth moves between the
  // press and the release, so the click lands on the list, selects nothing and leaves it open (seen in CI).
  await expect(list.locator('xpath=..')).toHaveCSS('transform', 'none');
  await list.getByRole('option', { name: option, exact: true }).click();
  await expect(list).toHaveCount(0);
}
