// Browser test of the logbook (R3–R9) against a RUNNING server with demo data:
//   LEERPLEK_URL=http://127.0.0.1:18080 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] node --test e2e/logbook.test.mjs
//
// The demo student Lotte opens "Vandaag" on a phone (360 × 740) and her
// HR Support logbook, fills the first day the page offers to write (seeing the
// hours and day-equivalent live while typing), and submits it; the mentor of
// that placement opens "Nakijken" and approves it; the progress bar moves for
// both. The supervisor follows the cohort in "Voortgang" and reads the logbook.
// Every page is checked with axe at 1280 px and at 360 px.
//
// Needs from `leerplek demo`: Lotte's HR Support at HR Partners, planned on
// Mondays around the day the demo is made, with a returned day and the last
// past Monday still to write, and a login for its mentor Sofie Janssens (a
// "mentor <email> <password>" line whose e-mail starts with the mentor's name).
// Without them the writing and reviewing steps are skipped, saying what is
// missing. Safe to run twice only while Lotte still has such a day.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  asRole,
  assertNoAxeViolations,
  assertNoCspViolations,
  assertNoHorizontalScroll,
  checkBothSizes,
  configOrFailingTest,
  expectHome,
  loginWithKeyboard,
  newPage,
  openFromMenu,
  pathOf,
  screenshot,
  sharedBrowser,
  url,
  waitForLoaded,
} from './support.mjs';

const STUDENT = 'Lotte Peeters';
const MODULE = 'HR Support';

const config = configOrFailingTest();

/** As the page shows a total: at most one decimal, rounded down, decimal comma. */
function days(value) {
  return new Intl.NumberFormat('nl-BE').format(Math.floor(value * 10 + 1e-9) / 10);
}

/** "Bram Wouters" → "bram.wouters", the local part of the demo e-mail addresses. */
function emailName(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .join('.');
}

async function openMenuOnPhone(page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
}

/** axe and screenshots at both sizes, and back to the phone the test runs on. */
async function checkBothSizesFromPhone(page, label, shot) {
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
  await checkBothSizes(page, config, label, shot);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
}

async function approvedOf(progressbar) {
  return Number(await progressbar.getAttribute('aria-valuenow'));
}

if (config) {
  describe('Leerplek logbook', () => {
    const browser = sharedBrowser(config);
    let logbookPath = '';
    let mentorName = '';
    /** The day the student submitted (YYYY-MM-DD and as shown), or '' when none could be written. */
    let day = '';
    let dayShown = '';
    let approvedBefore = 0;
    let requiredDays = 0;

    test('the student opens Vandaag on a phone, fills a day with live hours and submits it', (t) =>
      asRole(
        t,
        browser(),
        config,
        'student',
        async (page) => {
          await openMenuOnPhone(page);
          // "Vandaag" is the student's first menu entry.
          const first = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first();
          assert.equal((await first.textContent())?.trim(), 'Vandaag');
          await openFromMenu(page, 'Vandaag', '/vandaag');
          await page.getByRole('heading', { level: 1, name: 'Vandaag' }).waitFor();
          await waitForLoaded(page);
          await assertNoHorizontalScroll(page, PHONE.width);

          const card = page.locator('[data-testid="today-hr-support"]');
          await card.getByRole('heading', { level: 2, name: MODULE }).waitFor();
          // Today's day or the next one, and one big button.
          assert.match((await card.textContent()) ?? '', /Vandaag is een (werkplek|inhaal)dag|Vandaag geen werkplekdag/);
          assert.equal(await card.getByRole('link', { name: /^(Logboek van vandaag|Logboek openen)/ }).count(), 1);
          const bar = card.getByRole('progressbar');
          approvedBefore = await approvedOf(bar);
          requiredDays = Number(await bar.getAttribute('aria-valuemax'));
          assert.ok(requiredDays > 0, `${MODULE} has required days`);
          assert.match((await card.textContent()) ?? '', new RegExp(`${days(approvedBefore)} van ${requiredDays} dagen goedgekeurd`));
          await screenshot(page, config, 'today-student-phone-start');
          await checkBothSizesFromPhone(page, '/vandaag (student)', 'today-student');

          await card.getByRole('link', { name: `Hele logboek ${MODULE}` }).click();
          await page.waitForURL((u) => /^\/logboek\/\d+$/.test(u.pathname));
          logbookPath = pathOf(page);
          await page.getByRole('heading', { level: 1, name: `Logboek ${MODULE}` }).waitFor();
          await waitForLoaded(page);
          const who = page.locator('.placement-people');
          assert.match((await who.textContent()) ?? '', new RegExp(STUDENT));
          mentorName = ((await who.locator('div', { hasText: 'Mentor' }).locator('dd').textContent()) ?? '').trim();
          assert.ok(mentorName && mentorName !== '—', 'the placement has a mentor');
          await checkBothSizesFromPhone(page, `${logbookPath} (student)`, 'logbook-student');

          // The first day the page offers to write (no entry, a draft or a returned one).
          const list = page.locator('[data-testid="logbook-days"]');
          const WRITE = /^(Invullen|Verder invullen|Aanpassen): /;
          const row = list.locator('li.day').filter({ has: page.getByRole('button', { name: WRITE }) }).first();
          if ((await row.count()) === 0) {
            t.skip(`Lotte has no ${MODULE} day to write on or before the server's today: the demo data needs one`);
            return;
          }
          const write = row.getByRole('button', { name: WRITE });
          day = (await row.getAttribute('data-date')) ?? '';
          dayShown = ((await row.locator('h3').textContent()) ?? '').trim();
          await write.click();
          const form = page.locator('[data-testid="entry-form"]');
          await form.waitFor();
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'dag-formulier', 'focus moves to the form');
          assert.equal(new URL(page.url()).searchParams.get('dag'), day);

          // Live feedback while typing: hours, day-equivalent and the flags explained.
          const live = form.locator('[data-testid="live-hours"]');
          await form.getByLabel('Begin').fill('09:00');
          await form.getByLabel('Einde').fill('18:30');
          await form.getByLabel('Pauze (minuten)').fill('10');
          await live.getByText('9 u 20').waitFor();
          assert.match((await live.textContent()) ?? '', /Meer dan 8 uur \(niet geteld\)/);
          assert.match((await live.textContent()) ?? '', /Te korte pauze/);
          await form.getByLabel('Einde').fill('17:00');
          await form.getByLabel('Pauze (minuten)').fill('30');
          await live.getByText('7 u 30').waitFor();
          assert.match((await live.textContent()) ?? '', /telt als\s+1,0 dag/);
          assert.doesNotMatch((await live.textContent()) ?? '', /Deeldag|Te korte pauze/);

          // Submitting without saying what was done: the summary names the field and links to it.
          await form.getByLabel('Wat heb je gedaan?').fill('');
          await form.getByRole('button', { name: 'Indienen bij mentor' }).click();
          const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet in orde' });
          await summary.waitFor();
          const activities = form.getByLabel('Wat heb je gedaan?');
          assert.equal(await activities.getAttribute('aria-invalid'), 'true');
          await summary.getByRole('link', { name: /Wat heb je gedaan\?/ }).click();
          assert.equal(await activities.evaluate((el) => el === document.activeElement), true);
          await assertNoAxeViolations(page, `${logbookPath} form with an error (phone)`);

          const text = 'Vacatures nagelezen en gepubliceerd; twee telefonische screenings bijgewoond.';
          await activities.fill(text);
          await form.locator('.counter').getByText(`${text.length} van 2000 tekens`).waitFor();
          const goals = form.getByRole('group', { name: 'Aan welke doelstellingen werkte je?' }).getByRole('checkbox');
          if ((await goals.count()) > 0) await goals.first().check();
          await screenshot(page, config, 'logbook-form-phone');
          await checkBothSizesFromPhone(page, `${logbookPath} form (student)`, 'logbook-form');

          await form.getByRole('button', { name: 'Indienen bij mentor' }).click();
          await page.getByRole('status').filter({ hasText: `${dayShown} is ingediend bij je mentor` }).waitFor();
          assert.equal(await form.count(), 0, 'the form closes after submitting');
          const submitted = list.locator(`li[data-date="${day}"]`);
          assert.equal((await submitted.locator('.badge.state').textContent())?.trim(), 'Ingediend');
          assert.match((await submitted.textContent()) ?? '', /09:00–17:00\s*·\s*7 u 30\s*·\s*1,0 dag/);
          // Waiting for the mentor: the lighter part of the bar, not yet approved.
          const bookBar = page.locator('[data-testid="progress-logboek"]').getByRole('progressbar');
          assert.equal(await approvedOf(bookBar), approvedBefore);
          assert.match((await bookBar.getAttribute('aria-valuetext')) ?? '', /wacht(en)? op de mentor/);

          // Every version is kept (R7).
          await submitted.getByText('Geschiedenis').click();
          // A day that was sent back had been submitted before too: two versions say so.
          await submitted.getByText(/Versie \d+: Ingediend bij de mentor/).last().waitFor();
          await screenshot(page, config, 'logbook-submitted-phone');
          await assertNoCspViolations(page);
        },
        PHONE,
      ));

    test('the mentor approves the day from Nakijken', async (t) => {
      if (!day) return t.skip('the student wrote no day (see the first test)');
      const mentor = config.accounts.find((a) => a.role === 'mentor' && a.email.startsWith(`${emailName(mentorName)}@`));
      if (!mentor) return t.skip(`needs a login for ${mentorName}, the mentor of Lotte's ${MODULE}, in the demo accounts`);
      const { context, page } = await newPage(browser(), DESKTOP);
      try {
        await loginWithKeyboard(page, config, mentor);
        await expectHome(page, 'mentor');
        // "Nakijken" says how many days wait, without changing the link's name.
        const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
        await nav.locator('.counter').waitFor();
        assert.match(await nav.getByRole('link', { name: 'Nakijken', exact: true }).getAttribute('aria-describedby') ?? '', /nakijken-aantal/);
        await openFromMenu(page, 'Nakijken', '/nakijken');
        await page.getByRole('heading', { level: 1, name: 'Nakijken' }).waitFor();
        await waitForLoaded(page);

        const item = page.locator(`li[data-date="${day}"][data-student="${STUDENT}"]`);
        await item.waitFor();
        assert.match((await item.textContent()) ?? '', /7 u 30\s*·\s*1,0 dag/);
        assert.match((await item.textContent()) ?? '', /Vacatures nagelezen en gepubliceerd/);
        await checkBothSizes(page, config, '/nakijken (mentor)', 'review-queue');

        // Approving nothing says what to do.
        const approve = page.getByRole('button', { name: /^Keur geselecteerde goed/ });
        const anySelected = await page.locator('[data-testid="queue-toolbar"] input:checked').count();
        if (!anySelected) {
          await approve.click();
          await page.getByRole('alert').filter({ hasText: 'Kies eerst de dagen die je goedkeurt.' }).waitFor();
        }

        await item.getByRole('checkbox').check();
        await approve.click();
        await page.getByRole('status').filter({ hasText: /logboekdag(en)? (is|zijn) goedgekeurd/ }).waitFor();
        assert.equal(await item.count(), 0, 'the approved day left the queue');
        await assertNoAxeViolations(page, '/nakijken after approving');
        await screenshot(page, config, 'review-queue-approved-desktop');

        // The logbook shows it approved, and the bar moved.
        await page.goto(url(config, logbookPath));
        await page.getByRole('heading', { level: 1, name: `Logboek ${MODULE}` }).waitFor();
        await waitForLoaded(page);
        const row = page.locator(`[data-testid="logbook-days"] li[data-date="${day}"]`);
        assert.equal((await row.locator('.badge.state').textContent())?.trim(), 'Goedgekeurd');
        const bar = page.locator('[data-testid="progress-logboek"]').getByRole('progressbar');
        assert.equal(await approvedOf(bar), approvedBefore + 1);
        await page
          .locator('[data-testid="progress-logboek"]')
          .getByText(`${days(approvedBefore + 1)} van ${requiredDays} dagen goedgekeurd`)
          .waitFor();
        assert.equal(await page.getByRole('button', { name: /^Invullen/ }).count(), 0, 'the mentor does not write');
        await checkBothSizes(page, config, `${logbookPath} (mentor)`, 'logbook-mentor');
        await assertNoCspViolations(page);
      } finally {
        await context.close();
      }
    });

    test('the student sees the progress bar move', (t) =>
      asRole(
        t,
        browser(),
        config,
        'student',
        async (page) => {
          if (!day) return t.skip('the student wrote no day (see the first test)');
          await openMenuOnPhone(page);
          await openFromMenu(page, 'Vandaag', '/vandaag');
          await waitForLoaded(page);
          const card = page.locator('[data-testid="today-hr-support"]');
          const bar = card.getByRole('progressbar');
          await bar.waitFor();
          if ((await approvedOf(bar)) === approvedBefore) return t.skip('the mentor did not approve (see the second test)');
          assert.equal(await approvedOf(bar), approvedBefore + 1);
          await card.getByText(`${days(approvedBefore + 1)} van ${requiredDays} dagen goedgekeurd`).waitFor();
          await assertNoHorizontalScroll(page, PHONE.width);
          await screenshot(page, config, 'today-student-approved-phone');
          await assertNoCspViolations(page);
        },
        PHONE,
      ));

    test('the supervisor follows the cohort in Voortgang and reads the logbook', (t) =>
      asRole(t, browser(), config, 'supervisor', async (page) => {
        await openFromMenu(page, 'Voortgang', '/voortgang');
        await page.getByRole('heading', { level: 1, name: 'Voortgang' }).waitFor();
        await waitForLoaded(page);
        const table = page.locator('[data-testid="progress-table"]');
        await table.waitFor();
        const row = table.getByRole('row').filter({ hasText: STUDENT }).filter({ hasText: MODULE });
        await row.getByRole('progressbar', { name: `Voortgang ${STUDENT}, ${MODULE}` }).waitFor();
        assert.match((await row.textContent()) ?? '', /van \d+ dagen goedgekeurd/);
        const chart = page.locator('[data-testid="progress-chart"]');
        assert.match((await chart.textContent()) ?? '', new RegExp(`${MODULE}\\s*[\\d,]+ van \\d+ dagen goedgekeurd`));
        await checkBothSizes(page, config, '/voortgang (supervisor)', 'progress-supervisor');

        await row.getByRole('link', { name: `Logboek van ${STUDENT}, ${MODULE}` }).click();
        await page.waitForURL((u) => /^\/logboek\/\d+$/.test(u.pathname));
        await page.getByRole('heading', { level: 1, name: `Logboek ${MODULE}` }).waitFor();
        await waitForLoaded(page);
        // Read-only: no writing, no reviewing.
        await page.getByText('Je leest mee').waitFor();
        const days = page.locator('[data-testid="logbook-days"]');
        assert.equal(await days.getByRole('button', { name: /^(Invullen|Verder invullen|Aanpassen|Wijzigen|Goedkeuren|Terugsturen)/ }).count(), 0);
        await checkBothSizes(page, config, `${pathOf(page)} (supervisor)`, 'logbook-supervisor');
        await assertNoCspViolations(page);
      }));

    test('the placement page opens the logbook', (t) =>
      asRole(t, browser(), config, 'student', async (page) => {
        await openFromMenu(page, 'Werkplekken', '/plaatsingen');
        await waitForLoaded(page);
        const mine = page.locator('[data-testid="mijn-werkplekken"]');
        await mine.getByRole('link', { name: MODULE, exact: true }).click();
        await page.waitForURL((u) => /^\/plaatsingen\/\d+$/.test(u.pathname));
        await waitForLoaded(page);
        await page.getByRole('link', { name: 'Logboek openen' }).click();
        await page.waitForURL((u) => /^\/logboek\/\d+$/.test(u.pathname));
        await page.getByRole('heading', { level: 1, name: `Logboek ${MODULE}` }).waitFor();
        await assertNoCspViolations(page);
      }));
  });
}
