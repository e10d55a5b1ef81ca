// Opens Neo4j Browser as served by Minutegraph in headless Chromium and checks what a person meets first: Browser
// connects with no prompt and plays Minutegraph's guide of saved queries by itself; one of the guide's queries, run
// from its slide, shows its answer.
//
// usage: node browser-check.mjs BASE_URL SLIDE EXPECTED_TEXT SCREENSHOT.png
//   BASE_URL       where Browser is opened, e.g. http://127.0.0.1:8080 or http://localhost:8080
//   SLIDE          the title of the guide's slide whose query is run, e.g. "latest meeting"
//   EXPECTED_TEXT  what that query's answer must show, e.g. 2025-01-08
// Every request to a host other than localhost and 127.0.0.1 is refused and fails the check. Requests the page's
// Content Security Policy kept from leaving the web browser are listed. Exit status 0 when all holds; 1 with the
// reason otherwise.
import { chromium } from 'playwright-core';

const [base, slideTitle, expected, screenshot] = process.argv.slice(2);
if (!base || !slideTitle || !expected || !screenshot) {
  console.error('usage: node browser-check.mjs BASE_URL SLIDE EXPECTED_TEXT SCREENSHOT.png');
  process.exit(1);
}
const GUIDE_TITLE = 'Minutegraph: the saved queries';
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
const elsewhere = [];
const keptIn = [];
// Requests to another host are refused and counted, whatever made them; only the machine itself may be asked.
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (['data:', 'blob:'].includes(url.protocol) || LOOPBACK.has(url.hostname)) {
    return route.continue();
  }
  elsewhere.push(url.href);
  return route.abort();
});
page.on('requestfailed', (r) => {
  if (r.failure()?.errorText === 'csp') keptIn.push(new URL(r.url()).host);
});
let failure = null;
try {
  await page.goto(`${base}/browser/`, { waitUntil: 'domcontentloaded', timeout: 30000 });
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ timeout: 60000 });
  // Connected, Browser's prompt names the database ("neo4j$"); disconnected it is a bare "$" and a connect form.
  await page.getByText('neo4j$').first().waitFor({ timeout: 30000 });
  if (await page.locator('[data-testid=boltaddress]').first().isVisible().catch(() => false)) {
    throw new Error('Browser showed the connect form: it did not connect on its own');
  }
  // The guide is played by Browser itself once connected: nothing is typed.
  await page.locator('article[data-testid=frame]', { hasText: GUIDE_TITLE }).first().waitFor({ timeout: 30000 });
  // The frame is known by its command from here on: a slide shows only its own text.
  const playsGuide = page.locator('[data-testid=frameCommand]', { hasText: /\/guide$/ });
  const guide = page.locator('article[data-testid=frame]').filter({ has: playsGuide }).first();
  const command = await guide.locator('[data-testid=frameCommand]').first().innerText();
  if (!/^:play https?:\/\/\S+\/guide$/.test(command.trim())) {
    throw new Error(`the guide frame was not Browser's own play of the guide, but "${command}"`);
  }
  // The slide of the query to run: next slide until its title shows.
  const heading = guide.locator('h3', { hasText: new RegExp(`^${slideTitle}$`) });
  for (let i = 0; i < 40 && !(await heading.first().isVisible().catch(() => false)); i++) {
    await guide.locator('button.next-slide').first().click();
  }
  await heading.first().waitFor({ state: 'visible', timeout: 5000 });
  // Clicking a runnable block puts it in the editor; the last block of a slide is its query. Only the slide shown
  // is rendered.
  await guide.locator('pre.runnable:visible').last().click();
  await page.locator('[data-testid=editor-Run]').click();
  const answer = page.locator('article[data-testid=frame]').filter({ hasNot: playsGuide })
      .filter({ hasText: expected }).first();
  await answer.waitFor({ timeout: 30000 });
  if (elsewhere.length) {
    throw new Error(`requests to other hosts: ${elsewhere.join(', ')}`);
  }
  const policy = keptIn.length ? `; kept in the web browser by the page's policy: ${[...new Set(keptIn)].join(', ')}` : '';
  console.log(`ok: Neo4j Browser at ${base}/browser/ connected, played the guide by itself, and its`
      + ` "${slideTitle}" query showed "${expected}"; no request to another host${policy}`);
} catch (e) {
  failure = e;
} finally {
  await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  await browser.close();
}
if (failure) {
  console.error(`Neo4j Browser check at ${base} failed: ${failure.message}`);
  if (elsewhere.length) console.error(`requests to other hosts: ${elsewhere.join(', ')}`);
  if (errors.length) console.error(`page errors: ${errors.join(' | ')}`);
  process.exit(1);
}
