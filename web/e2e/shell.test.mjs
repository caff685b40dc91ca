// Browser test of the shell against a RUNNING server (real or dev mock):
//   LEERPLEK_URL=http://127.0.0.1:18080 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] npm run e2e

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  assertNoAxeViolations,
  assertNoCspViolations,
  assertNoHorizontalScroll,
  configOrFailingTest,
  expectHome,
  loginWithKeyboard,
  logout,
  newPage,
  openFromMenu,
  pathOf,
  screenshot,
  sharedBrowser,
  url,
} from './support.mjs';

const config = configOrFailingTest();

if (config) {
  describe('Leerplek shell', () => {
    const browser = sharedBrowser(config);

    for (const account of config.accounts) {
      test(`${account.role}: logs in with the keyboard, sees their home, accessible on desktop and phone`, async () => {
        const { context, page } = await newPage(browser(), DESKTOP);
        try {
          await page.goto(url(config, '/aanmelden'));
          await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
          await assertNoAxeViolations(page, '/aanmelden');

          await loginWithKeyboard(page, config, account);
          await expectHome(page, account.role);
          await assertNoAxeViolations(page, `home of ${account.role} (desktop)`);
          await screenshot(page, config, `home-${account.role}-desktop`);

          await page.setViewportSize(PHONE);
          await assertNoHorizontalScroll(page, PHONE.width);
          const menu = page.getByRole('button', { name: 'Menu' });
          assert.ok(await menu.isVisible(), 'on a phone the navigation folds into a "Menu" button');
          await assertNoAxeViolations(page, `home of ${account.role} (phone)`);
          await screenshot(page, config, `home-${account.role}-phone`);

          // The menu opens and closes with the keyboard.
          await menu.focus();
          await page.keyboard.press('Enter');
          assert.equal(await menu.getAttribute('aria-expanded'), 'true');
          await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor({ state: 'visible' });
          await assertNoHorizontalScroll(page, PHONE.width);
          await page.keyboard.press('Escape');
          assert.equal(await menu.getAttribute('aria-expanded'), 'false');

          // A reload keeps the session (GET /api/v1/me).
          await page.reload();
          await expectHome(page, account.role);

          await assertNoCspViolations(page);
          await logout(page);
          await page.goto(url(config, '/'));
          await page.waitForURL((u) => u.pathname === '/aanmelden');
        } finally {
          await context.close();
        }
      });
    }

    test('a wrong password shows a Dutch error and stays on /aanmelden', async () => {
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        const account = config.accounts[0];
        await loginWithKeyboard(page, config, { email: account.email, password: `${account.password}-fout` });
        const alert = page.getByRole('alert');
        await alert.waitFor({ state: 'visible' });
        const text = (await alert.textContent())?.trim() ?? '';
        assert.ok(text.length > 5, `expected an error message, got "${text}"`);
        assert.doesNotMatch(text, /\b(invalid|wrong|error|failed|unauthorized)\b/i, `message should be Dutch: "${text}"`);
        assert.equal(pathOf(page), '/aanmelden');
        assert.equal(await page.getByLabel('E-mailadres').inputValue(), account.email);
        await assertNoAxeViolations(page, '/aanmelden with an error');
        await screenshot(page, config, 'login-error-desktop');
        await page.setViewportSize(PHONE);
        await assertNoHorizontalScroll(page, PHONE.width);
        await screenshot(page, config, 'login-error-phone');
        await assertNoCspViolations(page);
      } finally {
        await context.close();
      }
    });

    test('the administrator sees the users table, accessible on desktop and phone', async (t) => {
      const admin = config.accounts.find((a) => a.role === 'admin');
      if (!admin) return t.skip('no admin account in LEERPLEK_ACCOUNTS');
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        await loginWithKeyboard(page, config, admin);
        await expectHome(page, 'admin');
        await openFromMenu(page, 'Gebruikers', '/beheer/gebruikers');
        await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
        const table = page.getByRole('table');
        await table.waitFor();
        const rows = await table.locator('tbody tr').count();
        assert.ok(rows >= 1, 'the users table lists at least one user');
        assert.ok(await table.getByText(admin.email).isVisible(), 'the admin is in the table');
        await assertNoAxeViolations(page, '/beheer/gebruikers (desktop)');
        await screenshot(page, config, 'users-desktop');

        // Submitting the empty create form shows Dutch field errors.
        await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
        const name = page.getByLabel('Naam', { exact: true });
        await page.locator('#nieuw-naam[aria-invalid="true"]').waitFor();
        assert.ok(await name.getAttribute('aria-describedby'));
        await assertNoAxeViolations(page, '/beheer/gebruikers with field errors');

        await page.setViewportSize(PHONE);
        await assertNoHorizontalScroll(page, PHONE.width);
        await assertNoAxeViolations(page, '/beheer/gebruikers (phone)');
        await screenshot(page, config, 'users-phone');
        await assertNoCspViolations(page);
      } finally {
        await context.close();
      }
    });

    test('the audit trail opens for a coordinator or administrator', async (t) => {
      const account = config.accounts.find((a) => a.role === 'coordinator') ?? config.accounts.find((a) => a.role === 'admin');
      if (!account) return t.skip('no coordinator or admin account in LEERPLEK_ACCOUNTS');
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        await loginWithKeyboard(page, config, account);
        await expectHome(page, account.role);
        await page.goto(url(config, '/audit'));
        await page.getByRole('heading', { level: 1, name: 'Audittrail' }).waitFor();
        await page.locator('.events, .events + *, .alert-error').first().waitFor().catch(() => {});
        await page.waitForFunction(() => !document.querySelector('#inhoud .loading'));
        await assertNoAxeViolations(page, '/audit (desktop)');
        await screenshot(page, config, 'audit-desktop');
        await page.setViewportSize(PHONE);
        await assertNoHorizontalScroll(page, PHONE.width);
        await screenshot(page, config, 'audit-phone');
        await assertNoCspViolations(page);
      } finally {
        await context.close();
      }
    });

    test('a student gets "geen toegang" on an admin page', async (t) => {
      const student = config.accounts.find((a) => a.role === 'student');
      if (!student) return t.skip('no student account in LEERPLEK_ACCOUNTS');
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        await loginWithKeyboard(page, config, student);
        await expectHome(page, 'student');
        await page.goto(url(config, '/beheer/gebruikers'));
        await page.getByText('Je hebt geen toegang tot deze pagina.').waitFor();
        await assertNoAxeViolations(page, '/beheer/gebruikers as student');
      } finally {
        await context.close();
      }
    });

    test('public pages: unknown path, forgotten password, bad link', async () => {
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        await page.goto(url(config, '/bestaat-niet'));
        await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
        await assertNoAxeViolations(page, '404 page');

        await page.goto(url(config, '/aanmelden'));
        await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
        await page.waitForURL((u) => u.pathname === '/wachtwoord-vergeten');
        await page.getByLabel('E-mailadres').fill('niemand@example.invalid');
        await page.keyboard.press('Enter');
        await page.getByText('Als er een account bestaat voor dit adres, krijg je een e-mail met een link.').waitFor();
        await assertNoAxeViolations(page, '/wachtwoord-vergeten after sending');

        await page.goto(url(config, '/wachtwoord-instellen#token=bestaat-niet'));
        await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).waitFor();
        await page.getByRole('alert').waitFor();
        await assertNoAxeViolations(page, '/wachtwoord-instellen with a bad link');
        await page.setViewportSize(PHONE);
        await assertNoHorizontalScroll(page, PHONE.width);
        await assertNoCspViolations(page);
      } finally {
        await context.close();
      }
    });
  });
}
