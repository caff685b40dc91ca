// Browser test of guidance by the school (R20, R22) against a RUNNING server with demo data:
//   LEERPLEK_URL=http://127.0.0.1:18080 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] node --test e2e/guidance.test.mjs
//
// The supervisor opens "Begeleiding": the demo's past supervision with its
// attendance (Lotte present, Noor excused with a reason, Jonas absent), plans
// a new moment for today (a missing title is named and linked), records an
// excused absence (the reason is required), then plans a visit to Lotte's HR
// Support and cancels it. The student sees the upcoming visit and moment on
// "Vandaag" on a phone (360 × 740) and the visit's report on the logbook page.
// Every page is checked with axe at 1280 px and at 360 px.
//
// Needs from `leerplek demo`: Pieter Claes supervising Lotte Peeters' HR
// Support, with a past supervision moment with attendance, an upcoming one, a
// past visit with a report and an upcoming visit. Titles are made unique per
// run, so running twice is fine.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  PHONE,
  asRole,
  assertNoAxeViolations,
  assertNoCspViolations,
  assertNoHorizontalScroll,
  checkBothSizes,
  configOrFailingTest,
  openFromMenu,
  screenshot,
  sharedBrowser,
  url,
  waitForLoaded,
} from './support.mjs';

const STUDENT = 'Lotte Peeters';
const MODULE = 'HR Support';
const PAST_MOMENT = 'Supervisie 1: je rol in het HR-team';

const config = configOrFailingTest();

/** Today in Brussels as YYYY-MM-DD. */
function todayIso() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
}

function addDays(iso, n) {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function shown(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

async function statusSays(page, text) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

if (config) {
  describe('Leerplek guidance', () => {
    const browser = sharedBrowser(config);

    test('the supervisor plans a moment, records attendance with a reason, plans and cancels a visit', (t) =>
      asRole(t, browser(), config, 'supervisor', async (page) => {
        await openFromMenu(page, 'Begeleiding', '/begeleiding');
        await page.getByRole('heading', { level: 1, name: 'Begeleiding' }).waitFor();
        await waitForLoaded(page);

        // The demo's past supervision: attendance recorded, the excuse with its reason.
        const past = page.locator(`[data-testid^="moment-"][data-title="${PAST_MOMENT}"]`).first();
        if ((await past.count()) === 0) return t.skip('the demo has no guidance moments (an older demo database?)');
        assert.match((await past.locator('[data-testid="attendance-summary"]').textContent()) ?? '', /1 aanwezig, 1 gewettigd afwezig, 1 afwezig/);
        assert.match((await past.locator(`li[data-student="${STUDENT}"]`).textContent()) ?? '', /Aanwezig/);
        assert.match((await past.textContent()) ?? '', /Gewettigd afwezig\s*\(Ziek/);
        await checkBothSizes(page, config, '/begeleiding (supervisor)', 'guidance-supervisor');

        // Plan a moment for today: without a title the summary names the field and links to it.
        const title = `Intervisie ${Date.now()}`;
        await page.getByRole('button', { name: 'Moment plannen' }).click();
        const form = page.locator('[data-testid="moment-form"]');
        await form.waitFor();
        await form.getByLabel('Intervisie', { exact: true }).check();
        await form.getByLabel('Plaats', { exact: true }).fill('Campus De Vest, lokaal B105');
        await form.getByLabel(STUDENT, { exact: true }).check();
        await form.getByRole('button', { name: 'Moment plannen' }).click();
        const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet in orde' });
        await summary.waitFor();
        const titleInput = form.getByLabel('Titel', { exact: true });
        assert.equal(await titleInput.getAttribute('aria-invalid'), 'true');
        await summary.getByRole('link', { name: /Titel/ }).click();
        assert.equal(await titleInput.evaluate((el) => el === document.activeElement), true);
        await assertNoAxeViolations(page, 'moment form with an error');
        await titleInput.fill(title);
        await form.getByRole('button', { name: 'Moment plannen' }).click();
        await statusSays(page, `Intervisie "${title}" is gepland op`);

        // Attendance: an excused absence needs its reason.
        const moment = page.locator(`[data-testid^="moment-"][data-title="${title}"]`);
        await moment.getByRole('button', { name: `Aanwezigheid registreren: ${title}` }).click();
        const attendance = moment.locator('[data-testid="attendance-form"]');
        await attendance.waitFor();
        const row = attendance.locator(`fieldset[data-student="${STUDENT}"]`);
        await row.getByLabel('Gewettigd afwezig').check();
        await attendance.getByRole('button', { name: 'Aanwezigheden opslaan' }).click();
        const reason = row.getByLabel('Reden van de afwezigheid');
        await page.getByRole('alert').filter({ hasText: 'Geef de reden van de gewettigde afwezigheid.' }).first().waitFor();
        assert.equal(await reason.getAttribute('aria-invalid'), 'true');
        await assertNoAxeViolations(page, 'attendance form with an error');
        await reason.fill('Examen in de hogeschool.');
        await attendance.getByRole('button', { name: 'Aanwezigheden opslaan' }).click();
        await statusSays(page, `De aanwezigheden van "${title}" zijn bewaard.`);
        assert.match((await moment.locator(`li[data-student="${STUDENT}"]`).textContent()) ?? '', /Gewettigd afwezig\s*\(Examen in de hogeschool\.\)/);

        // Visits to Lotte's HR Support: the demo's report, then plan one and cancel it.
        const panel = page.locator(`[data-testid^="visits-"][data-student="${STUDENT}"]`).filter({ hasText: MODULE });
        await panel.waitFor();
        assert.match((await panel.textContent()) ?? '', /Verslag geschreven/);
        assert.match((await panel.textContent()) ?? '', /Lotte beantwoordt vragen/);
        const day = addDays(todayIso(), 15);
        await panel.getByRole('button', { name: `Bezoek plannen bij ${STUDENT} (${MODULE})` }).click();
        const visitForm = panel.locator('[data-testid="visit-form"]');
        await visitForm.getByLabel('Datum').fill(day);
        await visitForm.getByLabel('Beginuur').fill('09:30');
        await visitForm.getByLabel('Duur in minuten').fill('45');
        await checkBothSizes(page, config, '/begeleiding visit form', 'guidance-visit-form');
        await visitForm.getByRole('button', { name: 'Bezoek plannen' }).click();
        await statusSays(page, `krijgen een uitnodiging voor hun agenda`);
        const planned = panel.locator('li[data-state="planned"]').filter({ hasText: `${shown(day)}, 09:30–10:15` });
        await planned.waitFor();
        await planned.getByRole('button', { name: /^Annuleren: bezoek van/ }).click();
        const dialog = page.getByRole('dialog', { name: 'Bezoek annuleren' });
        await dialog.waitFor();
        await dialog.getByLabel('Reden (niet verplicht)').fill('Mentor met verlof.');
        await dialog.getByRole('button', { name: 'Bezoek annuleren' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await statusSays(page, 'is geannuleerd');
        const cancelled = panel.locator('li[data-state="cancelled"]').filter({ hasText: `${shown(day)}, 09:30–10:15` });
        assert.match((await cancelled.first().textContent()) ?? '', /Geannuleerd[\s\S]*Reden: Mentor met verlof\./);
        await assertNoAxeViolations(page, '/begeleiding after the changes');
        await assertNoCspViolations(page);
      }));

    test('the student sees what is coming on Vandaag (phone) and the visit report in the logbook', (t) =>
      asRole(
        t,
        browser(),
        config,
        'student',
        async (page) => {
          const menu = page.getByRole('button', { name: 'Menu' });
          if (await menu.isVisible()) await menu.click();
          await openFromMenu(page, 'Vandaag', '/vandaag');
          await waitForLoaded(page);
          const coming = page.locator('[data-testid="upcoming-guidance"]');
          if ((await coming.count()) === 0) return t.skip('nothing is planned for the student (an older demo database?)');
          await coming.getByRole('heading', { level: 2, name: 'Binnenkort met de school' }).waitFor();
          assert.ok((await coming.locator('[data-testid="upcoming-visit"]').count()) >= 1, 'the upcoming visit is shown');
          assert.match((await coming.textContent()) ?? '', /Supervisie/);
          await assertNoHorizontalScroll(page, PHONE.width);
          await assertNoAxeViolations(page, '/vandaag with guidance (phone)');
          await screenshot(page, config, 'guidance-today-phone');

          const list = await (await page.request.get(url(config, '/api/v1/placements'))).json();
          const placement = list.items.find((p) => p.module.name === MODULE);
          assert.ok(placement, `${STUDENT} has an ${MODULE} placement`);
          await page.goto(url(config, `/logboek/${placement.id}`));
          await page.getByRole('heading', { level: 1, name: `Logboek ${MODULE}` }).waitFor();
          await waitForLoaded(page);
          const visits = page.locator('[data-testid="upcoming-guidance"]');
          await visits.getByRole('heading', { level: 2, name: 'Werkplekbezoeken' }).waitFor();
          assert.match((await visits.textContent()) ?? '', /Lotte beantwoordt vragen/);
          await assertNoHorizontalScroll(page, PHONE.width);
          await assertNoAxeViolations(page, 'logbook with visits (phone)');
          await assertNoCspViolations(page);
        },
        PHONE,
      ));
  });
}
