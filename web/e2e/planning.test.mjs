// Browser test of the planning page (R14 rotation, R15 groups) and of
// "Mijn planning" for students and mentors, against a RUNNING server with the
// demo data:
//   LEERPLEK_URL=http://127.0.0.1:18091 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] node --test e2e/planning.test.mjs
//
// The demo cohort has a published Expeditie HR rotation and published
// Digitaal vaardig groups. The coordinator first tries an adjustment that
// overfills a setting (the server's problems are shown by the grid), then
// moves one student into the free place of the first block, saves and
// publishes again. If the calendar changed since the demo plan (the calendar
// test adds Expeditie HR days), the coordinator re-plans first. The rotation
// is left published, so the test can run again and others can rely on it.

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

const COHORT_NAME = /^HR-support 2026[–-]2027/;
const ROTATION_MODULE = /^Expeditie HR/;
const GROUP_MODULE = /^Digitaal vaardig/;
const STUDENTS = ['Lotte Peeters', 'Noor Claes', 'Jonas Vermeulen', 'Yasmine Bouzid'];
const GROUP_COMPANY = 'PeopleTech Solutions';
const DATE = /^\d{2}\/\d{2}\/\d{4}( · [a-z]+)?$/;

const config = configOrFailingTest();

/** Chooses the option of a select whose text matches `pattern`. */
async function chooseOption(page, selector, pattern) {
  const texts = await page.locator(`${selector} option`).allTextContents();
  const index = texts.findIndex((t) => pattern.test(t.trim()));
  assert.ok(index >= 0, `${selector} has an option matching ${pattern}: ${texts.join(' | ')}`);
  await page.locator(selector).selectOption({ index });
}

async function openPlanning(page, module) {
  await openFromMenu(page, 'Planning', '/planning');
  await page.getByRole('heading', { level: 1, name: 'Planning' }).waitFor();
  await waitForLoaded(page);
  await chooseOption(page, '#planning-cohorte', COHORT_NAME);
  await waitForLoaded(page);
  await chooseOption(page, '#planning-module', module);
  await waitForLoaded(page);
}

/** The current choice of every student in block 1, and the options not marked "vol". */
async function blockOne(page) {
  return page.evaluate((names) => {
    const out = [];
    for (const name of names) {
      const select = [...document.querySelectorAll('select[id$="-blok-1"]')].find((s) =>
        s.getAttribute('aria-label')?.startsWith(`${name},`),
      );
      if (!select) continue;
      out.push({
        name,
        id: select.id,
        current: select.value,
        free: [...select.options].filter((o) => o.value && o.value !== select.value && !o.text.endsWith('· vol')).map((o) => o.value),
        all: [...select.options].filter((o) => o.value).map((o) => o.value),
      });
    }
    return out;
  }, STUDENTS);
}

async function publish(page, panel) {
  const section = page.getByTestId(panel);
  await section.getByRole('button', { name: 'Publiceren' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await assertNoAxeViolations(page, `publish dialog ${panel}`);
  await dialog.getByRole('button', { name: 'Publiceren' }).click();
  await section.getByText('Gepubliceerd', { exact: true }).waitFor();
  assert.match((await section.textContent()) ?? '', /Gepubliceerd op \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
}

if (config) {
  describe('Leerplek planning: rotation and groups', () => {
    const browser = sharedBrowser(config);
    /** What the coordinator changed, for the student and mentor checks. */
    let moved = null;

    test('the coordinator adjusts the rotation by hand, sees the rules, saves and publishes', (t) =>
      asRole(t, browser(), config, 'coordinator', async (page) => {
        await openPlanning(page, ROTATION_MODULE);
        assert.equal(await page.getByRole('tab', { name: 'Rotatie' }).getAttribute('aria-selected'), 'true');
        const grid = page.getByTestId('rotation-grid');
        await grid.waitFor();

        // A calendar changed since the demo plan: plan again first.
        if (await page.getByTestId('stale-plan').isVisible()) {
          await page.getByRole('button', { name: 'Planning maken' }).click();
          await page.getByText(/^Leerplek maakte de planning/).waitFor();
          assert.equal(await page.getByTestId('stale-plan').count(), 0);
        }
        assert.match((await page.getByTestId('distinct-figure').textContent()) ?? '', /Elke student ziet minstens \d+ werksetting/);
        assert.equal(await grid.locator('tbody tr').count(), STUDENTS.length);
        await checkBothSizes(page, config, '/planning rotation', 'planning-rotation');

        // Keyboard: the tabs move with the arrow keys.
        await page.getByRole('tab', { name: 'Rotatie' }).focus();
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Groepen');
        await page.getByTestId('group-planner').waitFor();
        await page.keyboard.press('ArrowLeft');
        await grid.waitFor();

        // An adjustment that puts everyone in one setting: the server refuses, the grid says why.
        await page.getByRole('button', { name: 'Rooster aanpassen' }).click();
        let choices = await blockOne(page);
        assert.equal(choices.length, STUDENTS.length, 'a select per student in block 1');
        const crowded = choices[0].all.find((s) => s !== choices[0].current) ?? choices[0].all[0];
        for (const c of choices) await page.locator(`#${c.id}`).selectOption(crowded);
        assert.match((await page.getByTestId('capacity-chart').textContent()) ?? '', /te veel/);
        await page.getByRole('button', { name: 'Aanpassing bewaren' }).click();
        const summary = page.locator('#rooster-fouten');
        await summary.waitFor();
        const problems = (await summary.textContent()) ?? '';
        assert.match(problems, /plaats voor/, 'the capacity problem is listed');
        assert.doesNotMatch(problems, /(^|\s)\d+ (wisselt|staat|zit)/, 'students are named, not numbered');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'rooster-fouten');
        await checkBothSizes(page, config, '/planning rotation with problems', 'planning-rotation-problems');
        await page.getByRole('button', { name: 'Annuleren' }).click();

        // A valid swap: one student into the free place of block 1.
        await page.getByRole('button', { name: 'Rooster aanpassen' }).click();
        choices = await blockOne(page);
        const mover = choices.find((c) => c.free.length > 0);
        assert.ok(mover, `some student can move in block 1: ${JSON.stringify(choices)}`);
        await page.locator(`#${mover.id}`).selectOption(mover.free[0]);
        assert.doesNotMatch((await page.getByTestId('capacity-chart').textContent()) ?? '', /te veel/);
        await page.getByRole('button', { name: 'Aanpassing bewaren' }).click();
        await page.getByText('Je aanpassing is bewaard.', { exact: false }).waitFor();
        moved = { student: mover.name, setting: mover.free[0] };
        const row = grid.locator(`tr[data-student="${mover.name}"] td`).first();
        assert.equal((await row.locator('.sr-only').textContent())?.trim(), moved.setting);
        const panel = page.getByTestId('rotatie-publicatie');
        assert.match((await panel.textContent()) ?? '', /Niet gepubliceerd/);

        await publish(page, 'rotatie-publicatie');
        await checkBothSizes(page, config, '/planning rotation published', 'planning-rotation-published');
        await assertNoCspViolations(page);
      }));

    test('the coordinator sees the groups with their company and preferences', (t) =>
      asRole(t, browser(), config, 'coordinator', async (page) => {
        await openPlanning(page, GROUP_MODULE);
        assert.equal(await page.getByRole('tab', { name: 'Groepen' }).getAttribute('aria-selected'), 'true');
        const cards = page.getByTestId('group-cards');
        await cards.waitFor();
        const text = (await cards.textContent()) ?? '';
        for (const name of STUDENTS) assert.match(text, new RegExp(name));
        assert.equal(await page.locator('#groep-1-bedrijf option:checked').textContent(), GROUP_COMPANY);
        await page.getByTestId('preferences-honoured').waitFor();
        assert.match((await page.getByTestId('groepen-publicatie').textContent()) ?? '', /Gepubliceerd/);
        await checkBothSizes(page, config, '/planning groups', 'planning-groups');
        await assertNoCspViolations(page);
      }));

    test('the programme lead reads the planning without changing it', (t) =>
      asRole(t, browser(), config, 'programme_lead', async (page, lead) => {
        await openPlanning(page, ROTATION_MODULE);
        await page.getByTestId('rotation-grid').waitFor();
        for (const name of ['Planning maken', 'Rooster aanpassen', 'Publiceren']) {
          assert.equal(await page.getByRole('button', { name }).count(), 0, `no "${name}" for the programme lead`);
        }
        await page.getByTestId('setting-legend').waitFor();
        await assertNoAxeViolations(page, '/planning read-only');
        await screenshot(page, config, 'planning-readonly-desktop');
      }));

    test('the student sees her rotation days and her group under "Mijn planning"', (t) =>
      asRole(t, browser(), config, 'student', async (page, student) => {
        await openFromMenu(page, 'Kalender', '/kalender');
        const plans = page.getByTestId('my-plans');
        await plans.getByRole('heading', { name: 'Mijn planning' }).waitFor();
        await page.waitForFunction(() => !document.querySelector('[data-testid="my-plans"] .loading'));

        const rotation = plans.getByTestId('my-rotation');
        await rotation.waitFor();
        const rows = rotation.locator('tbody tr');
        assert.ok((await rows.count()) >= 2, 'her rotation days are listed');
        const first = rows.first();
        assert.match(((await first.locator('th').textContent()) ?? '').trim(), DATE);
        assert.match((await first.textContent()) ?? '', /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/);
        if (moved?.student === 'Lotte Peeters') {
          assert.equal((await first.locator('td[data-label="Werksetting"]').textContent())?.trim(), moved.setting);
        }

        const group = plans.getByTestId('my-group');
        const groupText = (await group.textContent()) ?? '';
        assert.match(groupText, new RegExp(GROUP_COMPANY));
        assert.match(groupText, /Noor Claes/);
        await plans.scrollIntoViewIfNeeded();
        await checkBothSizes(page, config, '/kalender with Mijn planning (student)', 'my-plans-student');
        await assertNoCspViolations(page);
      }));

    test('the mentor sees which students come to her setting', (t) =>
      asRole(t, browser(), config, 'mentor', async (page, mentor) => {
        await openFromMenu(page, 'Kalender', '/kalender');
        const visitors = page.getByTestId('my-visitors');
        await visitors.waitFor();
        const names = await visitors.locator('td[data-label="Studenten"] li').allTextContents();
        assert.ok(names.length > 0, 'students come to her setting');
        for (const name of names) assert.ok(STUDENTS.includes(name.trim()), `${name} is a demo student`);
        assert.equal(await page.getByTestId('my-rotation').count(), 0, 'a mentor has no rotation of her own');
        await checkBothSizes(page, config, '/kalender with Mijn planning (mentor)', 'my-plans-mentor');
        await assertNoCspViolations(page);
      }));
  });
}
