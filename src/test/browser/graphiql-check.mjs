// Opens GraphiQL as served by Minutegraph in headless Chromium, runs its default query ("who owns SMP") and checks
// the answer appears, and that the page asked nothing of any other host: it must work with no internet.
//
// usage: node graphiql-check.mjs BASE_URL EXPECTED_TEXT
// Exit status 0 when the answer is shown and every request stayed on BASE_URL; 1 with the reason otherwise.
import { chromium } from 'playwright-core';

const [base, expected] = process.argv.slice(2);
if (!base || !expected) {
  console.error('usage: node graphiql-check.mjs BASE_URL EXPECTED_TEXT');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const origin = new URL(base).origin;
const elsewhere = [];
let failure = null;
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
page.on('request', (r) => {
  const url = r.url();
  if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
});
try {
  await page.goto(`${base}/graphiql`, { waitUntil: 'load', timeout: 90000 });
  await page.locator('.graphiql-container').first().waitFor({ timeout: 90000 });
  await page.locator('.graphiql-execute-button').first().click();
  await page.locator('.result-window').getByText(expected, { exact: false }).first().waitFor({ timeout: 30000 });
  if (elsewhere.length) {
    throw new Error(`the page asked other hosts: ${elsewhere.join(', ')}`);
  }
  console.log(`ok: GraphiQL at ${base}/graphiql ran its query and showed "${expected}", no request left ${origin}`);
} catch (e) {
  failure = e;
} finally {
  await browser.close();
}
if (failure) {
  console.error(`GraphiQL check failed: ${failure.message}`);
  if (errors.length) console.error(`page errors: ${errors.join(' | ')}`);
  process.exit(1);
}
