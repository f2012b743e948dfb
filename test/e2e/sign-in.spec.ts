// Sign-in (issue 16.3): the first clerk of a PC becomes admin with a
// password; the admin adds a clerk with a temporary password; the screen
// locks on demand (button and Ctrl+L) with nothing of the case data behind
// it; a wrong password is refused; the new clerk signs in, must choose their
// own password, and sees the clerk list read-only.
import { Desk, E2E_PASSWORD, fieldByLabel } from './models/desk';
import { expect, test } from './fixtures';

test('sign in: first admin, add a clerk, lock, wrong password, temporary password changed at first sign-in', async ({ page, host }) => {
  test.setTimeout(120_000);
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.register('华东电器有限公司');

  // The admin adds 张伟 (品质 QE) with a temporary password.
  await desk.nav('设置').click();
  const clerks = page.getByTestId('clerks-section');
  await expect(clerks.getByTestId('clerk-row')).toHaveCount(1);
  await expect(clerks.getByTestId('clerk-row').first()).toContainText('管理员');
  await clerks.getByRole('button', { name: '添加经办人' }).click();
  const dialog = page.getByRole('dialog', { name: '添加经办人' });
  await dialog.getByRole('textbox', { name: '姓名' }).fill('张伟');
  await dialog.getByRole('textbox', { name: '部门' }).fill('品质部');
  await dialog.getByLabel('品质 QE').check();
  await dialog.getByLabel('临时密码').fill('temp-123');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  const zhang = clerks.getByTestId('clerk-row').filter({ hasText: '张伟' });
  await expect(zhang).toContainText('品质部');
  await expect(zhang).toContainText('待改密码');
  // The clerk list keeps its history: who added whom, when — never a password.
  await clerks.getByRole('button', { name: '查看经办人变更记录' }).click();
  await expect(clerks.getByTestId('clerk-history-row').first()).toContainText('新增：张伟（品质部），角色：品质 QE');
  await expect(clerks.getByTestId('clerk-history')).not.toContainText('temp-123');

  // Lock with the frame's button: the sign-in screen, no case data anywhere in the page.
  await page.getByRole('button', { name: '锁屏 (Ctrl+L)' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByText('华东电器有限公司')).toHaveCount(0);
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // 张伟 signs in: a wrong password first, then the temporary one.
  await page.getByRole('combobox', { name: '经办人' }).click();
  await page.getByRole('option', { name: '张伟（品质部）' }).click();
  await page.locator('input[name="password"]').fill('wrong-1');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('密码不正确。再错 4 次');
  await page.locator('input[name="password"]').fill('temp-123');
  await page.getByRole('button', { name: '登录' }).click();

  // The temporary password must be changed before anything else.
  await expect(page.getByRole('heading', { name: '请设置新密码' })).toBeVisible();
  await page.getByLabel('临时密码').fill('temp-123');
  await fieldByLabel(page, '新密码').fill('zhang-own-1');
  await page.getByLabel('再次输入新密码').fill('zhang-own-1');
  await page.getByRole('button', { name: '修改' }).click();
  await expect(desk.statusBar()).toContainText('张伟');

  // Not an admin: the clerk list is read-only.
  await desk.nav('设置').click();
  await expect(clerks.getByText('只有管理员可以修改经办人。')).toBeVisible();
  await expect(clerks.getByRole('button', { name: '添加经办人' })).toHaveCount(0);
  // …and the settings are the admins': no office rules, no station or share fields to change.
  await expect(page.getByTestId('settings-admin-only')).toBeVisible();
  await expect(page.getByTestId('deadline-rules')).toHaveCount(0);
  await expect(page.getByLabel('站点代码')).toHaveCount(0);

  // Ctrl+L locks too; 王丽 (this PC's last clerk is now 张伟) signs back in.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await page.getByRole('combobox', { name: '经办人' }).click();
  await page.getByRole('option', { name: /^王丽/ }).click();
  await page.locator('input[name="password"]').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(desk.statusBar()).toContainText('王丽');
  await desk.nav('台账').click();
  await expect(page.getByText('华东电器有限公司').first()).toBeVisible();
});

test('the screen locks after the idle minutes set for this PC', async ({ page, host }) => {
  // The page's clock is Playwright's: it runs on as usual until fast-forwarded.
  await page.clock.install();
  const desk = new Desk(page);
  await desk.open(host.url);
  await desk.setUp('B', '王丽');
  await desk.nav('设置').click();
  await expect(page.getByTestId('clerks-section').getByLabel('无操作自动锁屏（分钟）')).toHaveValue('15');
  await desk.setIdleLock('1');
  await desk.nav('台账').click();
  // Half a minute without input: still open; past the minute (checked every 15 s): locked.
  await page.clock.fastForward(30_000);
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.clock.fastForward(50_000);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await desk.signIn('王丽');
});
