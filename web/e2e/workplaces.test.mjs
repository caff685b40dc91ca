// Browser test of the workplace register and the mentor profile against a
// RUNNING server, with the demo accounts:
//   LEERPLEK_URL=http://127.0.0.1:18080 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] npm run e2e
//
// The coordinator sees the demo workplaces and registers a new one (a unique
// name, so reruns work) with a closure day; the mentor opens "Mijn profiel",
// sees the demo profile and saves a change. Both pages are checked with axe at
// 1280 px and at 360 px (no horizontal scroll there).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  asRole,
  assertNoAxeViolations,
  assertNoCspViolations,
  checkBothSizes,
  configOrFailingTest,
  openFromMenu,
  screenshot,
  sharedBrowser,
  waitForLoaded,
} from './support.mjs';

const DEMO_WORKPLACES = [
  'HR Partners Sociaal Secretariaat',
  'Stad Mechelen – Personeelsdienst',
  'Talentwerk Uitzendbureau',
  'PeopleTech Solutions',
];

const config = configOrFailingTest();

if (config) {
  describe('Leerplek workplaces and mentor profile', () => {
    const browser = sharedBrowser(config);

    test('the coordinator sees the register and registers a workplace with a closure day', (t) =>
      asRole(t, browser(), config, 'coordinator', async (page, coordinator) => {
        // The home card is a link now.
        await page.locator('[data-testid="home-coordinator"]').getByRole('link', { name: /Werkplekregister/ }).waitFor();
        await openFromMenu(page, 'Werkplekregister', '/werkplekken');
        await page.getByRole('heading', { level: 1, name: 'Werkplekregister' }).waitFor();
        await waitForLoaded(page);

        const register = page.locator('table.workplaces');
        for (const name of DEMO_WORKPLACES) {
          await register.getByRole('rowheader', { name, exact: true }).waitFor();
        }
        await checkBothSizes(page, config, '/werkplekken', 'workplaces');

        // An empty form shows its errors next to the inputs and in the summary.
        await page.getByRole('button', { name: 'Werkplek registreren' }).click();
        const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet in orde' });
        await summary.waitFor();
        assert.equal(await page.getByLabel('Naam', { exact: true }).first().getAttribute('aria-invalid'), 'true');

        const name = `Werkplek e2e ${Date.now()}`;
        await page.getByLabel('Naam', { exact: true }).first().fill(name);
        await page.getByLabel('Soort organisatie').selectOption({ label: 'Loopbaancentrum' });
        await page.getByLabel('Straat en nummer').fill('Bruul 1');
        await page.getByLabel('Postcode').fill('2800');
        await page.getByLabel('Gemeente').fill('Mechelen');
        await page.getByLabel('Startuur').fill('09:00');
        await page.getByLabel('Risicoanalyse geldig tot').fill('2030-06-30');
        await page.getByRole('button', { name: '+ Sluitingsdag toevoegen' }).click();
        const closure = page.getByRole('group', { name: /^Sluitingsdag 1/ });
        await closure.getByLabel('Naam').fill('Teamdag');
        await closure.getByLabel('Van').fill('2027-05-07');
        await closure.getByLabel('Tot en met').fill('2027-05-07');
        await screenshot(page, config, 'workplaces-form-desktop');
        await page.getByRole('button', { name: 'Werkplek registreren' }).click();

        await page.getByRole('status').filter({ hasText: `${name} is geregistreerd` }).waitFor();
        const row = register.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
        await row.waitFor();
        const text = (await row.textContent()) ?? '';
        assert.match(text, /Loopbaancentrum/);
        assert.match(text, /09:00/);
        assert.match(text, /30\/06\/2030/);
        assert.equal((await row.locator('td[data-label="Sluitingsdagen"]').textContent())?.trim(), '1 dag');
        await assertNoAxeViolations(page, '/werkplekken after registering');

        // Edit it: the form is filled in, a change is saved (PUT replaces everything).
        await row.getByRole('button', { name: /^Bewerken/ }).click();
        await page.getByRole('heading', { level: 2, name: `Werkplek bewerken: ${name}` }).waitFor();
        assert.equal(await page.getByRole('group', { name: /^Sluitingsdag 1/ }).getByLabel('Naam').inputValue(), 'Teamdag');
        await page.getByLabel('Startuur').fill('08:45');
        await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
        await page.getByRole('status').filter({ hasText: `De gegevens van ${name} zijn bewaard.` }).waitFor();
        assert.equal((await row.locator('td[data-label="Startuur"]').textContent())?.trim(), '08:45');
        assert.equal((await row.locator('td[data-label="Sluitingsdagen"]').textContent())?.trim(), '1 dag');
        await assertNoCspViolations(page);
      }));

    test('the mentor opens Mijn profiel, sees the demo profile and saves a change', (t) =>
      asRole(t, browser(), config, 'mentor', async (page, mentor) => {
        await page.locator('[data-testid="home-mentor"]').getByRole('link', { name: /Mijn profiel/ }).click();
        await page.waitForURL((u) => u.pathname === '/mijn-profiel');
        await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
        await waitForLoaded(page);

        const jobTitle = page.getByLabel('Functie');
        assert.match(await jobTitle.inputValue(), /^HR-consultant payroll/);
        await checkBothSizes(page, config, '/mijn-profiel', 'mentor-profile');

        // A wrong number of years is caught before saving.
        const years = page.getByLabel('Jaren HR-ervaring');
        const oldYears = await years.inputValue();
        await years.fill('61');
        await page.getByRole('button', { name: 'Profiel bewaren' }).click();
        await page.getByRole('alert').filter({ hasText: 'Er is iets niet in orde' }).waitFor();
        assert.equal(await years.getAttribute('aria-invalid'), 'true');
        await years.fill(oldYears);

        // Change the phone number and toggle "Welzijn", then save and reload.
        const digits = String(Date.now()).slice(-6);
        const phone = `015 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
        await page.getByLabel('Telefoon').fill(phone);
        const wellbeing = page.getByRole('checkbox', { name: 'Welzijn' });
        const wasChecked = await wellbeing.isChecked();
        await wellbeing.setChecked(!wasChecked);
        await page.getByRole('button', { name: 'Profiel bewaren' }).click();
        await page.getByRole('status').filter({ hasText: 'Je profiel is bewaard.' }).waitFor();

        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
        await waitForLoaded(page);
        assert.equal(await page.getByLabel('Telefoon').inputValue(), phone);
        assert.equal(await page.getByRole('checkbox', { name: 'Welzijn' }).isChecked(), !wasChecked);
        assert.match(await page.getByLabel('Functie').inputValue(), /^HR-consultant payroll/);
        await assertNoCspViolations(page);
      }));
  });
}
