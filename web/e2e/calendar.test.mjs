// Browser test of curricula, cohorts and the calendar against a RUNNING
// server (real or dev mock), with the demo accounts:
//   LEERPLEK_URL=http://127.0.0.1:18080 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] npm run e2e
//
// The main path: the programme lead fixes the workplace days of "Expeditie HR"
// in the demo cohort with a pattern (every Tuesday and Wednesday from
// 5 January to 3 February 2027, days no other demo module uses), saves
// (confirming when the module has started),
// and the demo student then sees those days in the month view. Safe to run
// twice against the same server: the pattern is only added when missing.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  asRole,
  assertNoAxeViolations,
  assertNoCspViolations,
  checkBothSizes,
  configOrFailingTest,
  expectHome,
  findAccount,
  loginWithKeyboard,
  newPage,
  openFromMenu,
  pathOf,
  screenshot,
  sharedBrowser,
  url,
  waitForLoaded,
} from './support.mjs';

const COHORT_NAME = /^HR-support 2026[–-]2027$/;
const MODULE_NAME = 'Expeditie HR';
const PATTERN = { from: '2027-01-05', to: '2027-02-03', weekdays: ['dinsdag', 'woensdag'] };
const TARGET_MONTH = 'januari 2027';
const A_TUESDAY = '2027-01-05';
const A_WEDNESDAY = '2027-01-13';
const A_THURSDAY = '2027-01-07';
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const config = configOrFailingTest();

/** Clicks "Vorige"/"Volgende" until the month view shows `label` ("maart 2027"). */
async function showMonth(page, label) {
  const [monthName, yearText] = label.split(' ');
  const target = Number(yearText) * 12 + MONTHS.indexOf(monthName);
  const title = page.locator('#maand-titel');
  for (let i = 0; i < 36; i++) {
    const text = ((await title.textContent()) ?? '').trim().toLowerCase();
    if (text === label) return;
    const [name, year] = text.split(' ');
    const shown = Number(year) * 12 + MONTHS.indexOf(name);
    await page.getByRole('button', { name: shown < target ? 'Volgende maand' : 'Vorige maand' }).click();
    await page.waitForFunction(
      ({ before }) => document.querySelector('#maand-titel')?.textContent?.trim().toLowerCase() !== before,
      { before: text },
    );
  }
  assert.fail(`could not navigate the month view to ${label}`);
}

async function openDemoCohortAs(page, who) {
  await loginWithKeyboard(page, config, who);
  await expectHome(page, who.role);
  await openFromMenu(page, 'Cohortes', '/cohortes');
  await page.getByRole('heading', { level: 1, name: 'Cohortes' }).waitFor();
  await waitForLoaded(page);
  await page.getByRole('link', { name: COHORT_NAME }).first().click();
  await page.waitForURL((u) => /^\/cohortes\/\d+$/.test(u.pathname));
  await page.getByRole('heading', { level: 1, name: COHORT_NAME }).waitFor();
  await waitForLoaded(page);
}

if (config) {
  describe('Leerplek curricula, cohorts and calendar', () => {
    const browser = sharedBrowser(config);

    test('the programme lead fixes workplace days with a pattern; the student sees them', async (t) => {
      const lead = findAccount(config, 'programme_lead');
      const student = findAccount(config, 'student');
      if (!lead || !student) return t.skip('needs a programme_lead and a student account');

      // --- the programme lead -------------------------------------------------
      {
        const { context, page } = await newPage(browser(), DESKTOP);
        try {
          await loginWithKeyboard(page, config, lead);
          await expectHome(page, 'programme_lead');
          await openFromMenu(page, 'Cohortes', '/cohortes');
          await waitForLoaded(page);
          await checkBothSizes(page, config, '/cohortes', 'cohorts');

          await page.getByRole('link', { name: COHORT_NAME }).first().click();
          await page.waitForURL((u) => /^\/cohortes\/\d+$/.test(u.pathname));
          await page.getByRole('heading', { level: 1, name: COHORT_NAME }).waitFor();
          await waitForLoaded(page);
          await checkBothSizes(page, config, '/cohortes/{id}', 'cohort');

          await page.getByRole('link', { name: /^Kalender/ }).first().click();
          await page.waitForURL((u) => /^\/cohortes\/\d+\/kalender$/.test(u.pathname));
          await page.getByRole('heading', { level: 1, name: /^Kalender/ }).waitFor();
          await waitForLoaded(page);
          await page.locator('#maand-titel').waitFor();
          await checkBothSizes(page, config, '/cohortes/{id}/kalender', 'calendar-lead');

          // Open the editor of the module.
          await page.getByRole('button', { name: `Dagen bewerken voor ${MODULE_NAME}` }).click();
          const editor = page.getByTestId('calendar-editor');
          await editor.waitFor();
          await editor.getByRole('heading', { name: `Werkplekdagen van ${MODULE_NAME}` }).waitFor();

          // Add the pattern unless an earlier run already did.
          const froms = editor.locator('input[type="date"][id^="kal-patterns-"][id$="-from"]');
          let present = false;
          for (let i = 0; i < (await froms.count()); i++) {
            const from = await froms.nth(i).inputValue();
            const to = await editor.locator(`#kal-patterns-${i}-to`).inputValue();
            if (from === PATTERN.from && to === PATTERN.to) present = true;
          }
          if (!present) {
            await editor.getByRole('button', { name: /Periode toevoegen/ }).click();
            const index = (await froms.count()) - 1;
            await page.locator(`#kal-patterns-${index}-from`).fill(PATTERN.from);
            await page.locator(`#kal-patterns-${index}-to`).fill(PATTERN.to);
            const weekdays = page.locator(`#kal-patterns-${index}-weekdays`);
            for (const day of ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']) {
              const box = weekdays.getByRole('checkbox', { name: day, exact: true });
              if (PATTERN.weekdays.includes(day)) await box.check();
              else await box.uncheck();
            }
          }

          // The month view follows the draft at once; the count comes from the server preview.
          await showMonth(page, TARGET_MONTH);
          const tuesday = page.locator(`button[data-date="${A_TUESDAY}"]`);
          await tuesday.waitFor();
          assert.equal(await tuesday.getAttribute('aria-pressed'), 'true', `${A_TUESDAY} is a workplace day in the draft`);
          assert.match((await tuesday.textContent()) ?? '', new RegExp(MODULE_NAME));
          await page.waitForFunction(() => !document.querySelector('[data-testid="day-count"] .count-busy'));
          assert.match((await page.getByTestId('day-count').textContent()) ?? '', /\d+ van \d+ dagen/);

          // Keyboard: arrows move between days, Enter toggles (twice: no change in the end).
          await tuesday.focus();
          await page.keyboard.press('ArrowRight');
          assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-date')), '2027-01-06');
          await page.keyboard.press('ArrowRight');
          const thursday = page.locator(`button[data-date="${A_THURSDAY}"]`);
          assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-date')), A_THURSDAY);
          const before = await thursday.getAttribute('aria-pressed');
          await page.keyboard.press('Enter');
          assert.notEqual(await thursday.getAttribute('aria-pressed'), before, 'Enter toggles the day');
          await page.keyboard.press('Enter');
          assert.equal(await thursday.getAttribute('aria-pressed'), before, 'Enter toggles it back');

          await page.waitForFunction(() => !document.querySelector('[data-testid="day-count"] .count-busy'));
          await checkBothSizes(page, config, 'calendar editor', 'calendar-editor');

          // Save; a module that has started asks for confirmation first.
          await editor.getByRole('button', { name: 'Werkplekdagen bewaren' }).click();
          const dialog = page.getByRole('dialog');
          const saved = page.getByText(new RegExp(`De werkplekdagen van ${MODULE_NAME} zijn bewaard`));
          await page.locator('dialog[open]').or(saved).first().waitFor({ state: 'visible' });
          if (await dialog.isVisible()) {
            assert.match((await dialog.textContent()) ?? '', /al begonnen/);
            await assertNoAxeViolations(page, 'confirm dialog of a started module');
            await screenshot(page, config, 'calendar-confirm-desktop');
            await dialog.getByRole('button', { name: 'Toch bewaren' }).click();
          }
          await saved.waitFor({ state: 'visible' });
          await page.locator(`[data-date="${A_TUESDAY}"] [data-module]`, { hasText: MODULE_NAME }).waitFor();
          await assertNoCspViolations(page);
        } finally {
          await context.close();
        }
      }

      // --- the student -------------------------------------------------------------
      {
        const { context, page } = await newPage(browser(), DESKTOP);
        try {
          await loginWithKeyboard(page, config, student);
          await expectHome(page, 'student');
          const contact = page.getByTestId('home-contact');
          await contact.getByRole('heading', { name: 'Contact' }).waitFor();
          await page.waitForFunction(() => !document.querySelector('[data-testid="home-contact"] .loading'));
          await assertNoAxeViolations(page, 'student home with contacts');

          await openFromMenu(page, 'Kalender', '/kalender');
          await page.getByRole('heading', { level: 1, name: 'Kalender' }).waitFor();
          await waitForLoaded(page);
          await page.locator('#maand-titel').waitFor();
          await showMonth(page, TARGET_MONTH);

          for (const date of [A_TUESDAY, A_WEDNESDAY]) {
            const cell = page.locator(`td[data-date="${date}"]`);
            await cell.waitFor();
            const chip = cell.locator('[data-module]', { hasText: MODULE_NAME });
            assert.equal(await chip.count(), 1, `${date} shows a workplace day of ${MODULE_NAME}`);
            assert.equal(await cell.locator('button').count(), 0, 'the student cannot change days');
          }
          await checkBothSizes(page, config, '/kalender (student)', 'calendar-student');

          // On a phone the month is a list of days.
          await page.setViewportSize(PHONE);
          const item = page.locator(`li[data-date="${A_TUESDAY}"]`);
          await item.waitFor();
          assert.match((await item.textContent()) ?? '', new RegExp(MODULE_NAME));
          await page.setViewportSize(DESKTOP);

          // The agenda subscription: make a link (or keep the one there is), then replace it.
          const feed = page.getByTestId('calendar-feed');
          await feed.getByRole('heading', { name: 'Agenda-abonnement' }).waitFor();
          await page.waitForFunction(() => !document.querySelector('[data-testid="calendar-feed"] .loading'));
          const make = feed.getByRole('button', { name: 'Abonnementslink maken' });
          if (await make.isVisible()) await make.click();
          const link = feed.getByLabel('Jouw abonnementslink');
          await link.waitFor();
          const first = await link.inputValue();
          assert.match(first, /\/api\/v1\/calendar-feeds\/.+/);
          await feed.getByRole('button', { name: 'Nieuwe link maken' }).click();
          await page.getByRole('dialog').getByRole('button', { name: 'Nieuwe link maken' }).click();
          await page.waitForFunction((old) => document.querySelector('#feed-url')?.value !== old, first);
          await assertNoAxeViolations(page, 'agenda subscription');
          await screenshot(page, config, 'calendar-feed-desktop');
          await assertNoCspViolations(page);
          assert.equal(pathOf(page), '/kalender');
        } finally {
          await context.close();
        }
      }
    });

    test('the mentor reads the cohort calendar', (t) =>
      asRole(t, browser(), config, 'mentor', async (page, mentor) => {
        await page.getByTestId('home-contact').getByRole('heading', { name: 'Contact' }).waitFor();
        await page.goto(url(config, '/kalender'));
        await waitForLoaded(page);
        await page.locator('#maand-titel').waitFor();
        await showMonth(page, TARGET_MONTH);
        await page.locator(`td[data-date="${A_TUESDAY}"] [data-module]`, { hasText: MODULE_NAME }).waitFor();
        await checkBothSizes(page, config, '/kalender (mentor)', 'calendar-mentor');
        await assertNoCspViolations(page);
      }));

    test('programmes and the curriculum: view, edit errors at the right input, a broken import', (t) =>
      asRole(t, browser(), config, 'programme_lead', async (page) => {
        await openFromMenu(page, 'Opleidingen', '/opleidingen');
        await waitForLoaded(page);
        await checkBothSizes(page, config, '/opleidingen', 'programmes');

        // A curriculum file with a mistake: nothing is imported, the problem is shown with its line.
        const broken = 'format = 1\n\n[programme]\ncode = "hr-support"\nname = "Graduaat HR-support"\n' +
          'institution = "Thomas More"\nversion = "test-fout"\nphases = 2\n\n[[modules]]\ncode = "m"\nname = "M"\n' +
          'phase = 1\nquarters = [1]\nrequired_days = 0\ngoals = ["Doel."]\n';
        await page.getByLabel('Curriculumbestand (.toml)').setInputFiles({
          name: 'fout.toml',
          mimeType: 'application/toml',
          buffer: Buffer.from(broken, 'utf8'),
        });
        await page.getByRole('button', { name: 'Importeren' }).click();
        const problems = page.getByTestId('import-problems');
        await problems.waitFor();
        assert.match((await problems.textContent()) ?? '', /Regel \d+/);
        await checkBothSizes(page, config, '/opleidingen with import problems', 'programmes-import-problems');

        // The curriculum.
        await page.getByRole('link', { name: /^Curriculum bekijken/ }).first().click();
        await page.waitForURL((u) => /^\/opleidingen\/\d+\/curriculum$/.test(u.pathname));
        await waitForLoaded(page);
        await page.getByRole('heading', { name: MODULE_NAME, level: 4 }).waitFor();
        assert.match((await page.locator('#inhoud').textContent()) ?? '', /kwartaal 1/);
        await page.getByRole('heading', { name: 'Versies' }).waitFor();
        await checkBothSizes(page, config, '/opleidingen/{id}/curriculum', 'curriculum');

        // Edit mode: an empty goal is reported at that goal's input and in the summary.
        await page.getByRole('button', { name: 'Bewerken', exact: true }).click();
        await page.getByRole('heading', { name: 'Curriculum bewerken' }).waitFor();
        await page.locator('#cur-module-0 > summary').click();
        const firstGoal = page.locator('#cur-modules-0-goals-0');
        await firstGoal.fill('');
        await page.locator('#cur-module-0 > summary').click(); // fold it again: an error unfolds it
        await page.getByRole('button', { name: 'Bewaren als nieuwe versie' }).click();
        await page.locator('#cur-modules-0-goals-0[aria-invalid="true"]').waitFor({ state: 'visible' });
        assert.ok(await page.locator('#cur-modules-0-goals-0-fout').isVisible(), 'the error is next to the goal');
        const summaryLink = page.getByRole('alert').getByRole('link', { name: /doelstelling 1/ });
        await summaryLink.click();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'cur-modules-0-goals-0');
        await checkBothSizes(page, config, 'curriculum editor with an error', 'curriculum-editor');
        await page.getByRole('button', { name: 'Annuleren' }).click();
        await page.getByRole('button', { name: 'Bewerken', exact: true }).waitFor();
        await assertNoCspViolations(page);
      }));

    test('CSV import: the preview shows each row, and with errors nothing can be imported', async (t) => {
      const who = findAccount(config, 'coordinator') ?? findAccount(config, 'programme_lead');
      if (!who) return t.skip('no coordinator or programme_lead account');
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        await openDemoCohortAs(page, who);
        const importer = page.getByTestId('student-import');
        const csv = 'naam;e-mail;studentennummer\nEen Nieuwe Student;nieuw.e2e@student.leerplek-test.be;r0999991\nZonder Adres;geen-adres;r0999992\n';
        await importer.getByLabel('CSV-bestand').setInputFiles({ name: 'studenten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
        const counts = importer.getByTestId('import-counts');
        await counts.waitFor();
        assert.match((await counts.textContent()) ?? '', /1 met fouten/);
        const bad = importer.locator('tr[data-status="error"]');
        assert.equal(await bad.count(), 1, 'one row has an error');
        assert.ok(((await bad.textContent()) ?? '').length > 20, 'the row shows its error');
        assert.equal(await importer.getByRole('button', { name: 'Importeren' }).isDisabled(), true);
        await checkBothSizes(page, config, 'CSV preview with errors', 'cohort-import-preview');

        // A file in Latin-1 (not UTF-8): the error is shown at the file input.
        const latin1 = Buffer.from('naam;e-mail\nJosé Müller;jose@student.leerplek-test.be\n', 'latin1');
        await importer.getByLabel('CSV-bestand').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
        await page.locator('#csv-bestand[aria-invalid="true"]').waitFor();
        await assertNoAxeViolations(page, 'CSV with a wrong encoding');
        await assertNoCspViolations(page);
      } finally {
        await context.close();
      }
    });
  });
}
