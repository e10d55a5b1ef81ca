// Opens GraphiQL as served by Minutegraph in headless Chromium and checks what an explorer meets first: the default
// query runs and answers; the Docs pane shows the schema (Query.owners with its arguments); the editor completes
// fields ("{ own" offers "owners").
//
// usage: node graphiql-check.mjs BASE_URL EXPECTED_TEXT SCREENSHOT_PREFIX
//   EXPECTED_TEXT      what the default query's answer must show
//   SCREENSHOT_PREFIX  screenshots are written to PREFIX-docs.png and PREFIX-completion.png
// Every request to another host than BASE_URL's is refused and fails the check. Exit status 0 when all holds; 1 with
// the reason otherwise.
import { chromium } from 'playwright-core';

const [base, expected, prefix] = process.argv.slice(2);
if (!base || !expected || !prefix) {
  console.error('usage: node graphiql-check.mjs BASE_URL EXPECTED_TEXT SCREENSHOT_PREFIX');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
const page = await context.newPage();
const origin = new URL(base).origin;
const elsewhere = [];
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
await context.route('**/*', (route) => {
  const url = route.request().url();
  if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
    return route.continue();
  }
  elsewhere.push(url);
  return route.abort();
});
let failure = null;
let shot = `${prefix}-docs.png`;
try {
  await page.goto(`${base}/graphiql`, { waitUntil: 'load', timeout: 90000 });
  await page.locator('.graphiql-container').first().waitFor({ timeout: 90000 });
  await page.locator('.graphiql-execute-button').first().click();
  await page.locator('.result-window').getByText(expected, { exact: false }).first().waitFor({ timeout: 30000 });

  // The Docs pane: the root type, then Query's fields with their arguments.
  await page.locator('button[aria-label="Show Documentation Explorer"]').click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.locator('a', { hasText: /^Query$/ }).first().click({ timeout: 30000 });
  await docs.getByText('owners(', { exact: false }).first().waitFor({ timeout: 10000 });
  const text = await docs.innerText();
  for (const argument of ['track: String!', 'asOf: String', 'limit: Int = 20']) {
    if (!text.includes(argument)) throw new Error(`the Docs pane does not list owners' argument ${argument}`);
  }
  await page.screenshot({ path: shot });

  // Completion: the editor offers the schema's fields while typing.
  shot = `${prefix}-completion.png`;
  await page.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{ own');
  await page.locator('.CodeMirror-hints li', { hasText: /^owners$/ }).first().waitFor({ timeout: 10000 });
  await page.screenshot({ path: shot });
  if (elsewhere.length) {
    throw new Error(`requests to other hosts: ${elsewhere.join(', ')}`);
  }
  console.log(`ok: GraphiQL at ${base}/graphiql answered "${expected}", its Docs pane lists Query.owners with its`
      + ` arguments, "{ own" offers owners; no request left ${origin}`);
} catch (e) {
  failure = e;
  await page.screenshot({ path: shot }).catch(() => {});
} finally {
  await browser.close();
}
if (failure) {
  console.error(`GraphiQL check failed: ${failure.message}`);
  if (errors.length) console.error(`page errors: ${errors.join(' | ')}`);
  process.exit(1);
}
