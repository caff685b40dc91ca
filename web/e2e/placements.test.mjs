// Browser test of placements (R12, R13, R17) against a RUNNING server with
// FRESH demo data (the test requests Lotte's Payroll placement, which can be
// requested only once):
//   LEERPLEK_URL=http://127.0.0.1:18080 LEERPLEK_ACCOUNTS=accounts.txt \
//   [LEERPLEK_SCREENSHOTS=shots/] node --test e2e/placements.test.mjs
//
// The student asks for a Payroll placement at a workplace from the register,
// proposes a mentor and ticks tasks in three HR domains; the coordinator opens
// it from the queue, approves it (linking the proposed mentor's account), sees
// what blocks it, uploads the agreement (a wrong file first) and records the
// signatures, after which it is ready; the student and the mentor see it as
// ready too. Every page is checked with axe at 1280 px and at 360 px.

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
  openFromMenu,
  pathOf,
  screenshot,
  sharedBrowser,
  waitForLoaded,
} from './support.mjs';

const ORGANISATION = 'HR Partners Sociaal Secretariaat';
const MENTOR = { name: 'Sofie Janssens', email: 'sofie.janssens@hrpartners.leerplek-demo.be' };
const READY = 'Klaar om te starten';

const config = configOrFailingTest();

/** A small but valid PDF: header, one object, trailer and the end marker. */
function pdf(title) {
  return Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Title (${title}) >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);
}

/** A date `daysAgo` before today in Brussels, as YYYY-MM-DD (the server's "today" is the real date). */
function brusselsDate(daysAgo = 0) {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(d);
}

/** Console errors, apart from the failed requests a step provokes on purpose. */
function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return {
    assertNone(allowed = []) {
      const unexpected = errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      assert.deepEqual(unexpected, [], 'console errors on the page');
    },
  };
}

async function openPlacementsFromMenu(page) {
  await openFromMenu(page, 'Werkplekken', '/plaatsingen');
  await page.getByRole('heading', { level: 1, name: 'Werkplekken' }).waitFor();
  await waitForLoaded(page);
}

async function statusOf(page) {
  return ((await page.locator('[data-testid="placement-status"] .badge.status').textContent()) ?? '').trim();
}

if (config) {
  describe('Leerplek placements', () => {
    const browser = sharedBrowser(config);
    /** The path of the Payroll placement the student requests. */
    let placementPath = '';

    test('the student requests a Payroll placement with tasks in three HR domains', (t) =>
      asRole(t, browser(), config, 'student', async (page, student) => {
        // From here on (before logging in, /me answers 401 as it should).
        const console = watchConsole(page);
        await openPlacementsFromMenu(page);

        const mine = page.locator('[data-testid="mijn-werkplekken"]');
        await mine.getByRole('heading', { level: 2, name: 'Mijn werkplekken' }).waitFor();
        const instroom = mine.getByRole('row').filter({ has: page.getByRole('link', { name: 'Instroom', exact: true }) });
        // Ready, or already running once the demo calendar has an Instroom day in the past (for the logbook).
        assert.match((await instroom.textContent()) ?? '', new RegExp(`${READY}|Loopt`));
        assert.equal(
          await mine.getByRole('link', { name: 'Payroll', exact: true }).count(),
          0,
          'Lotte already has a Payroll placement: run this test on fresh demo data',
        );
        await checkBothSizes(page, config, '/plaatsingen (student)', 'placements-student');

        await mine.getByRole('link', { name: 'Werkplek aanvragen' }).click();
        await page.waitForURL((u) => u.pathname === '/plaatsingen/aanvragen');
        await page.getByRole('heading', { level: 1, name: 'Werkplek aanvragen' }).waitFor();
        await waitForLoaded(page);
        const module = page.getByRole('combobox', { name: 'Module', exact: true });
        await module.locator('option', { hasText: 'Payroll' }).waitFor({ state: 'attached' });
        // The module of the ready placement cannot be asked for again.
        assert.equal(await module.locator('option', { hasText: 'Instroom' }).isDisabled(), true);
        await checkBothSizes(page, config, '/plaatsingen/aanvragen', 'placement-request');

        // An empty form: the summary lists the problems and the inputs are marked.
        await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
        const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet in orde' });
        await summary.waitFor();
        assert.equal(await module.getAttribute('aria-invalid'), 'true');
        assert.match((await summary.textContent()) ?? '', /Taken/);
        await summary.getByRole('link', { name: /^Module/ }).click();
        assert.equal(await module.evaluate((el) => el === document.activeElement), true, 'the summary link focuses the input');

        await module.selectOption({ label: 'Payroll' });
        await page.getByRole('combobox', { name: 'Organisatie uit het register' }).selectOption({ label: `${ORGANISATION} (Antwerpen)` });
        await page.getByLabel('Naam van de mentor').fill(MENTOR.name);
        await page.getByLabel('E-mailadres van de mentor').fill(MENTOR.email);
        await page.getByLabel('Telefoon van de mentor').fill('03 241 55 10');

        const meter = page.locator('#aanvraag-tasks-diversiteit');
        assert.equal((await meter.locator('.label').textContent())?.trim(), 'Diversiteit: 0 van 7 HR-domeinen');
        const payroll = page.getByRole('group', { name: /^Payroll/ });
        await payroll.getByRole('checkbox', { name: 'Mee de tijdsregistratie verwerken' }).check();
        await payroll.getByRole('checkbox', { name: 'Een loonafsluiting meevolgen' }).check();
        await page.getByRole('group', { name: /^Welzijn/ }).getByRole('checkbox', { name: 'Verkregen gegevens verwerken' }).check();
        await page.getByRole('group', { name: /^Opleiding/ }).getByLabel('Andere taken').fill('Inschrijvingen voor opleidingen verwerken');
        await meter.getByText('Diversiteit: 3 van 7 HR-domeinen').waitFor();
        await page.getByLabel('Waarom deze werkplek?').fill('Een sociaal secretariaat is dé plek om payroll van dichtbij te leren.');
        await screenshot(page, config, 'placement-request-filled-desktop');

        await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
        await page.waitForURL((u) => /^\/plaatsingen\/\d+$/.test(u.pathname));
        placementPath = pathOf(page);
        await page.getByRole('heading', { level: 1, name: 'Werkplek Payroll' }).waitFor();
        await waitForLoaded(page);
        await page.getByRole('status').filter({ hasText: 'Je aanvraag is verstuurd' }).waitFor();
        assert.equal(await statusOf(page), 'Aangevraagd');
        const tasks = page.locator('[data-testid="placement-tasks"]');
        assert.match((await tasks.textContent()) ?? '', /Diversiteit: 3 van 7 HR-domeinen/);
        assert.match((await tasks.textContent()) ?? '', /Inschrijvingen voor opleidingen verwerken/);
        // She may still change it while it waits.
        await page.getByRole('link', { name: 'Aanvraag wijzigen' }).waitFor();
        await checkBothSizes(page, config, `${placementPath} (student, requested)`, 'placement-requested');
        await assertNoCspViolations(page);
        console.assertNone();
      }));

    test('the coordinator approves it from the queue, uploads the agreement and records the signatures', (t) =>
      asRole(t, browser(), config, 'coordinator', async (page, coordinator) => {
        assert.ok(placementPath, 'the student test made the request');
        const console = watchConsole(page);
        await page.locator('[data-testid="placement-hints"]').getByText(/wachten? op je beslissing/).waitFor();
        await openPlacementsFromMenu(page);

        const queue = page.locator('[data-testid="queue"]');
        await queue.getByRole('heading', { name: /Aanvragen om te beoordelen/ }).waitFor();
        await page.locator('[data-testid="caseloads"]').getByText('Pieter Claes').waitFor();
        await checkBothSizes(page, config, '/plaatsingen (coordinator)', 'placements-coordinator');
        await queue.getByRole('link', { name: 'Lotte Peeters: Payroll' }).click();
        await page.waitForURL((u) => u.pathname === placementPath);
        await waitForLoaded(page);

        const panel = page.locator('[data-testid="decision-panel"]');
        await panel.getByRole('radio', { name: 'Goedkeuren' }).waitFor();
        await checkBothSizes(page, config, `${placementPath} (coordinator, requested)`, 'placement-decision');
        await panel.getByRole('radio', { name: 'Goedkeuren' }).check();
        const organisation = panel.getByRole('combobox', { name: 'Werkplek uit het register' });
        assert.equal(
          await organisation.evaluate((el) => el.options[el.selectedIndex].textContent),
          `${ORGANISATION} (Antwerpen)`,
          'the requested organisation is preselected',
        );
        const invite = panel.getByRole('radio', { name: new RegExp(`Voorgestelde mentor uitnodigen: ${MENTOR.name}`) });
        assert.equal(await invite.isChecked(), true);
        await panel.getByText('Er bestaat al een mentoraccount met dit e-mailadres').waitFor();
        // Lotte's HR Support at this organisation may share it with Payroll (R13): no reason asked.
        assert.equal(await panel.locator('[data-testid="reuse-warning"]').count(), 0);
        await screenshot(page, config, 'placement-decision-approve-desktop');
        await panel.getByRole('button', { name: 'Goedkeuren' }).click();

        // Approved, but blocked until the agreement is there and signed (R17).
        const blockers = page.locator('[data-testid="blockers"]');
        await blockers.getByRole('heading', { name: 'Wat ontbreekt nog' }).waitFor();
        assert.equal(await statusOf(page), 'Geblokkeerd');
        const codes = await blockers.locator('li').evaluateAll((items) => items.map((li) => li.dataset.code).sort());
        assert.deepEqual(codes, ['agreement_missing', 'agreement_unsigned']);
        assert.equal(await panel.count(), 0, 'the decision panel is gone');
        await page.getByRole('status').filter({ hasText: 'De aanvraag is goedgekeurd' }).waitFor();
        assert.match((await page.locator('.facts').textContent()) ?? '', new RegExp(MENTOR.email));
        await checkBothSizes(page, config, `${placementPath} (coordinator, blocked)`, 'placement-blocked');

        // A file that only pretends to be a PDF is refused by the server, at the input.
        const agreement = page.locator('[data-testid="action-overeenkomst"]');
        const file = agreement.getByLabel('Ondertekende overeenkomst (PDF)');
        await file.setInputFiles({ name: 'overeenkomst.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a geen pdf') });
        await agreement.getByRole('button', { name: 'Overeenkomst opladen' }).click();
        await agreement.locator('.field-error').waitFor();
        assert.equal(await file.getAttribute('aria-invalid'), 'true');
        assert.equal(await file.evaluate((el) => el === document.activeElement), true, 'focus goes to the file input');

        await file.setInputFiles({
          name: 'overeenkomst-lotte-payroll.pdf',
          mimeType: 'application/pdf',
          buffer: pdf('Werkplekleerovereenkomst Lotte Peeters - Payroll'),
        });
        await agreement.getByRole('button', { name: 'Overeenkomst opladen' }).click();
        await agreement.getByRole('link', { name: 'overeenkomst-lotte-payroll.pdf' }).waitFor();
        await page.getByRole('status').filter({ hasText: 'De overeenkomst is opgeladen.' }).waitFor();
        assert.deepEqual(
          await blockers.locator('li').evaluateAll((items) => items.map((li) => li.dataset.code)),
          ['agreement_unsigned'],
        );

        // Signatures: today or earlier.
        const signatures = page.locator('[data-testid="action-handtekeningen"]');
        await signatures.getByLabel('Ondertekend door de student').fill(brusselsDate(2));
        await signatures.getByLabel('Ondertekend door de organisatie').fill(brusselsDate(1));
        await signatures.getByLabel('Ondertekend door de school').fill(brusselsDate(0));
        await signatures.getByRole('button', { name: 'Handtekeningen bewaren' }).click();
        await page.getByRole('status').filter({ hasText: 'De handtekeningen zijn bewaard.' }).waitFor();
        await page.locator('[data-testid="placement-status"] .badge.status', { hasText: READY }).waitFor();
        assert.equal(await blockers.count(), 0, 'nothing blocks the placement any more');
        const history = (await page.getByRole('region', { name: 'Geschiedenis' }).textContent()) ?? '';
        for (const label of ['Aangevraagd', 'Goedgekeurd', 'Overeenkomst opgeladen', 'Handtekeningen geregistreerd']) {
          assert.match(history, new RegExp(label));
        }
        await checkBothSizes(page, config, `${placementPath} (coordinator, ready)`, 'placement-ready');
        await assertNoCspViolations(page);
        console.assertNone([/status of 422/]);
      }));

    for (const role of ['student', 'mentor']) {
      const viewport = role === 'mentor' ? PHONE : DESKTOP;
      test(`the ${role} sees the Payroll placement as ready`, (t) =>
        asRole(t, browser(), config, role, async (page) => {
          assert.ok(placementPath, 'the earlier tests made the placement');
          const console = watchConsole(page);
          const menu = page.getByRole('button', { name: 'Menu' });
          if (await menu.isVisible()) await menu.click();
          await openPlacementsFromMenu(page);
          const section = page.locator(`[data-testid="${role === 'mentor' ? 'mijn-studenten' : 'mijn-werkplekken'}"]`);
          const linkName = role === 'mentor' ? 'Lotte Peeters: Payroll' : 'Payroll';
          const link = section.getByRole('link', { name: linkName, exact: true });
          const row = section.getByRole('row').filter({ has: page.getByRole('link', { name: linkName, exact: true }) });
          assert.match((await row.textContent()) ?? '', new RegExp(READY));
          if (role === 'mentor') {
            // Sofie also mentors Noor Claes, whose Instroom is still blocked.
            const noor = section.getByRole('row').filter({ hasText: 'Noor Claes' });
            assert.match((await noor.textContent()) ?? '', /Geblokkeerd/);
            await assertNoHorizontalScroll(page, PHONE.width);
            await assertNoAxeViolations(page, '/plaatsingen (mentor, phone)');
            await screenshot(page, config, 'placements-mentor-phone');
          }
          await link.click();
          await page.waitForURL((u) => u.pathname === placementPath);
          await waitForLoaded(page);
          assert.equal(await statusOf(page), READY);
          await page.getByRole('link', { name: 'overeenkomst-lotte-payroll.pdf' }).waitFor();
          assert.equal(await page.locator('[data-testid="decision-panel"]').count(), 0);
          await assertNoAxeViolations(page, `${placementPath} (${role})`);
          await screenshot(page, config, `placement-ready-${role}`);
          await assertNoCspViolations(page);
          console.assertNone();
        }, viewport));
    }
  });
}
