// Opens Neo4j Browser as served by Minutegraph in headless Chromium, checks that it connects to the graph with
// no prompt, runs a Cypher query, and shows the result.
//
// usage: node browser-check.mjs BASE_URL EXPECTED_TEXT [SCREENSHOT.png]
//   BASE_URL       e.g. http://127.0.0.1:8080
//   EXPECTED_TEXT  what the query's result must show, e.g. meetings=5
// Exit status 0 when the result is shown; 1 with the reason otherwise.
import { chromium } from 'playwright-core';

const [base, expected, screenshot] = process.argv.slice(2);
if (!base || !expected) {
  console.error('usage: node browser-check.mjs BASE_URL EXPECTED_TEXT [SCREENSHOT.png]');
  process.exit(1);
}
const query = "MATCH (m:Meeting) RETURN 'meetings=' + toString(count(m)) AS result";

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let failure = null;
const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
// Nothing may come from the internet: requests to other hosts (Browser's fonts and usage reports) are refused,
// and everything must still work.
const origin = new URL(base).origin;
const localhost = origin.replace('127.0.0.1', 'localhost');
const refused = [];
await page.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(origin) || url.startsWith(localhost) || url.startsWith('ws:') || url.startsWith('data:')
      || url.startsWith('blob:')) {
    return route.continue();
  }
  refused.push(url);
  return route.abort();
});
try {
  await page.goto(`${base}${process.env.BROWSER_PATH || "/browser/"}`, { waitUntil: 'domcontentloaded', timeout: 30000 });
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ timeout: 60000 });
  // Connected, Browser's prompt names the database ("neo4j$"); disconnected it is a bare "$" and a connect form.
  await page.getByText('neo4j$').first().waitFor({ timeout: 30000 });
  await editor.click();
  await page.keyboard.type(query);
  await page.locator('[data-testid=editor-Run]').click();
  await page.getByText(expected, { exact: false }).first().waitFor({ timeout: 30000 });
  if (await page.locator('[data-testid=boltaddress]').count() > 0
      && await page.locator('[data-testid=boltaddress]').first().isVisible()) {
    throw new Error('Browser showed the connect form: it did not connect on its own');
  }
  // The guide of saved queries: Browser plays guides from localhost.
  await editor.click();
  await page.keyboard.type(`:play ${localhost}/guide`);
  await page.locator('[data-testid=editor-Run]').click();
  await page.getByText('Minutegraph: the saved queries').first().waitFor({ timeout: 30000 });
  console.log(`ok: Neo4j Browser at ${base}/browser/ connected and showed "${expected}"; the guide played;`
      + ` ${refused.length} request(s) to other hosts refused`);
} catch (e) {
  failure = e;
} finally {
  if (screenshot) {
    await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  }
  await browser.close();
}
if (failure) {
  console.error(`Neo4j Browser check failed: ${failure.message}`);
  if (errors.length) console.error(`page errors: ${errors.join(' | ')}`);
  process.exit(1);
}
