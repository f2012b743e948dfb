// 简体中文 is the default; English is switchable in settings and by ?lang=en.
import { Desk } from './models/desk';
import { expect, test } from './fixtures';
import { screenshotPath } from './screenshots';

test('switch the language in settings and back', async ({ page, host }) => {
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('D', '赵敏');
  await expect(desk.nav('台账')).toBeVisible();
  await page.screenshot({ path: screenshotPath('first-start.png') });

  await desk.nav('设置').click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Ledger' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'New complaint' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('settings-en.png'), fullPage: true });

  // The choice is kept by this PC's settings.
  await page.reload();
  await desk.signIn('赵敏'); // a reload is a new start: the clerk signs in again (the screen is in English)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Ledger' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(desk.nav('台账')).toBeVisible();
});

test('?lang=en opens the app in English', async ({ page, host }) => {
  const [base, hash] = host.url.split('#');
  await page.goto(`${base}?lang=en#${hash}`);
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
});
