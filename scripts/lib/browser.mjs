/** Launches the machine's Chromium (CHROME_PATH overrides) through playwright-core, headless. */
import { chromium } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--js-flags=--expose-gc',
];

export const launch = (opts = {}) => chromium.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true, ...opts });

/**
 * Opens a page that records console errors, page errors and CSP violations (and, with
 * `httpErrors`, every response with status ≥ 400), so a test can assert none happened.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, httpErrors = false } = {}) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (httpErrors) page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}
