// Shared helpers for the browser tests: configuration, launching Debian's
// Chromium through playwright-core, logging in with the keyboard, the main
// menu, axe-core at desktop and phone width.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axe = require('axe-core');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--lang=nl-BE',
];

/**
 * Reads LEERPLEK_URL and LEERPLEK_ACCOUNTS. Throws a clear error when either
 * is missing, so an unconfigured run fails instead of passing silently.
 */
export function loadConfig(env = process.env) {
  const problems = [];
  const base = (env.LEERPLEK_URL ?? '').replace(/\/+$/, '');
  if (!base) problems.push('LEERPLEK_URL is not set (the base URL of a running Leerplek server, e.g. http://127.0.0.1:18080).');
  const accountsFile = env.LEERPLEK_ACCOUNTS ?? '';
  if (!accountsFile) problems.push('LEERPLEK_ACCOUNTS is not set (a file with "<role> <email> <password>" lines, the output of `leerplek demo`).');
  if (problems.length) throw new Error(`Browser tests are not configured:\n- ${problems.join('\n- ')}`);

  let text;
  try {
    text = readFileSync(accountsFile, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read LEERPLEK_ACCOUNTS file ${accountsFile}: ${err.message}`);
  }
  const accounts = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [role, email, ...rest] = line.split(/\s+/);
    const password = rest.join(' ');
    if (!role || !email || !password) {
      throw new Error(`${accountsFile}:${index + 1}: expected "<role> <email> <password>", got "${line}"`);
    }
    accounts.push({ role, email, password });
  }
  if (accounts.length === 0) throw new Error(`${accountsFile} lists no accounts.`);
  return {
    base,
    accounts,
    screenshots: env.LEERPLEK_SCREENSHOTS || null,
    chromium: env.LEERPLEK_CHROMIUM || '/usr/bin/chromium',
  };
}

/**
 * The configuration, or null when it is missing: then a single failing test
 * says what to set, so an unconfigured run fails instead of passing silently.
 */
export function configOrFailingTest() {
  try {
    return loadConfig();
  } catch (err) {
    test('browser tests need LEERPLEK_URL and LEERPLEK_ACCOUNTS', () => {
      throw err;
    });
    return null;
  }
}

export async function launch(config) {
  return chromium.launch({ executablePath: config.chromium, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Launches Chromium before the tests of the surrounding describe and closes it
 * after them. Call the returned function inside a test to get the browser.
 */
export function sharedBrowser(config) {
  let browser;
  before(async () => {
    browser = await launch(config);
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** The first account with `role` in LEERPLEK_ACCOUNTS, or undefined. */
export function findAccount(config, role) {
  return config.accounts.find((a) => a.role === role);
}

/**
 * A fresh context and page. CSP violations are collected by an init script
 * (init scripts are not subject to the page's CSP) so tests can assert none.
 */
export async function newPage(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sourceFile || ''}:${event.lineNumber || ''}`);
    });
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.pageErrors = pageErrors;
  return { context, page };
}

export function url(config, path) {
  return config.base + path;
}

export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Opens /aanmelden and logs in by typing and pressing Enter. */
export async function loginWithKeyboard(page, config, { email, password }) {
  await page.goto(url(config, '/aanmelden'));
  const emailInput = page.getByLabel('E-mailadres');
  await emailInput.waitFor();
  await emailInput.focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
}

/**
 * Runs `steps(page, account)` on a fresh page, logged in with the keyboard as
 * the first account with `role` and on its home page; skips the test when
 * there is no such account. The page is closed afterwards, also on failure.
 */
export async function asRole(t, browser, config, role, steps, viewport = DESKTOP) {
  const account = findAccount(config, role);
  if (!account) return t.skip(`needs a ${role} account`);
  const { context, page } = await newPage(browser, viewport);
  try {
    await loginWithKeyboard(page, config, account);
    await expectHome(page, role);
    await steps(page, account);
  } finally {
    await context.close();
  }
}

export async function expectHome(page, role) {
  await page.locator(`[data-testid="home-${role}"]`).waitFor({ state: 'visible' });
  const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
  assert.match(h1, /^Welkom/, `h1 should start with "Welkom", got "${h1}"`);
  assert.equal(pathOf(page), '/');
}

/** Runs axe-core on the page and fails with a readable list of violations. */
export async function assertNoAxeViolations(page, label) {
  // page.evaluate is not subject to the page's CSP, unlike an inline <script>.
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  assert.deepEqual(
    result,
    [],
    `axe-core violations on ${label}:\n${result.map((v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n')}`,
  );
}

export async function assertNoHorizontalScroll(page, width = PHONE.width) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `page scrolls horizontally at ${width}px: scrollWidth is ${scrollWidth}`);
}

/**
 * axe at 1280 px and at 360 px, no page-level sideways scroll at 360 px, and a
 * screenshot of each (`${shot}-desktop`, `${shot}-phone`); ends at 1280 px.
 */
export async function checkBothSizes(page, config, label, shot) {
  await assertNoAxeViolations(page, `${label} (desktop)`);
  await screenshot(page, config, `${shot}-desktop`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  await assertNoHorizontalScroll(page, PHONE.width);
  await assertNoAxeViolations(page, `${label} (phone)`);
  await screenshot(page, config, `${shot}-phone`);
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
}

/** Waits until the main content shows no loading indicator. */
export async function waitForLoaded(page) {
  await page.waitForFunction(() => !document.querySelector('#inhoud .loading'));
}

/** Follows a link of the main menu and waits for its path. */
export async function openFromMenu(page, linkName, path) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: linkName, exact: true }).click();
  await page.waitForURL((u) => u.pathname === path);
}

export async function assertNoCspViolations(page) {
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  assert.deepEqual(violations, [], `Content-Security-Policy violations:\n${violations.join('\n')}`);
  assert.deepEqual(page.pageErrors ?? [], [], 'JavaScript errors on the page');
}

export async function screenshot(page, config, name) {
  if (!config.screenshots) return;
  mkdirSync(config.screenshots, { recursive: true });
  await page.screenshot({ path: join(config.screenshots, `${name}.png`), fullPage: true });
}

/** Logs out through the header; on a phone via the menu button. */
export async function logout(page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) {
    await menu.focus();
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.waitForURL((u) => u.pathname === '/aanmelden');
}
