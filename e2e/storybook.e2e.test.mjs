/**
 * Every story of the built Storybook (`npm run build-storybook` → storybook-static/), each
 * opened in Chromium as its own preview frame (iframe.html?id=…&viewMode=story), one page
 * navigated from story to story:
 * - no console error and no page error. The one expected network error is the 404 of a file a
 *   story deliberately leaves missing: allowed only when an element carrying that URL fired
 *   `fetch-failed` (and that code is what the story declares);
 * - every civic element in #storybook-root reaches the state it is meant to show:
 *   `parameters.civicState` (default `ready`), or the `data-expect` of a wrapper (the side-by-side
 *   grids, stories/support/variants.ts). `ready` also means `civic-ready` fired; `loading` means
 *   `aria-busy="true"` and still loading at the end of the checks; every `civic-error` fired is
 *   the one the story declares (`parameters.civicError` or `data-expect-code`), and that one fired;
 * - no axe-core violation inside #storybook-root;
 * - a few stories again under the toolbar's locale/theme globals (the preview decorator);
 * - then, coverage: every element has stories in every state × locale and state × theme;
 * - docs entries (autodocs pages), when the build has any: no console or page error.
 * Skips, saying why, when storybook-static/ has not been built.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../scripts/lib/static-server.mjs';
import { launch } from '../scripts/lib/browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STATIC = join(ROOT, 'storybook-static');
const INDEX = join(STATIC, 'index.json');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
// How long a story's elements may take to settle (env override for slow machines).
const SETTLE_MS = Number(process.env.STORYBOOK_E2E_SETTLE_MS) || 15000;
const TAGS = ['civic-indicator-card', 'civic-progress-ring', 'civic-trend-chart', 'civic-district-map'];
const STATES = ['loading', 'empty', 'error', 'ready'];
const LOCALES = ['zh-Hans', 'zh-Hant', 'en'];
const THEMES = ['light', 'dark', 'care'];
// Page-level rules: a story frame is a fragment, not a page with landmarks and an <h1>.
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];
// A story's name promising a state it must then declare (so name and check cannot drift apart).
const NAMED_STATE = /^(Loading|Empty|Error)(?![a-z])/;
// Extra runs of each element's first story under the toolbar globals (.storybook/preview.ts).
const GLOBALS = ['locale:zh-TW;theme:dark', 'locale:en;theme:care'];

const index = existsSync(INDEX) ? JSON.parse(readFileSync(INDEX, 'utf8')) : null;
const entries = index ? Object.values(index.entries ?? index.stories ?? {}) : [];
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');
const firstOf = (tag) => stories.find((s) => s.title.endsWith(`/${tag}`));
const runs = [
  ...stories.map((s) => ({ entry: s, globals: '' })),
  ...TAGS.map(firstOf).filter(Boolean).flatMap((s) => GLOBALS.map((g) => ({ entry: s, globals: g }))),
];

let server;
let browser;
let page;
let problems = [];
// tag → {states, locales, themes, pairs}: what the stories showed, filled as they pass.
const coverage = new Map(TAGS.map((t) => [t, { states: new Set(), locales: new Set(), themes: new Set(), pairs: new Set() }]));
const timings = [];

/** Records civic-ready and civic-error per element from the first script on (events are composed). */
function recordEvents() {
  const log = (window.__civicLog = { ready: new WeakSet(), errors: new WeakMap() });
  document.addEventListener('civic-ready', (e) => log.ready.add(e.target), true);
  document.addEventListener('civic-error', (e) => {
    const list = log.errors.get(e.target) ?? [];
    list.push(e.detail?.code ?? '(no code)');
    log.errors.set(e.target, list);
  }, true);
}

/** Opens a frame URL on the shared page; waits for Storybook to finish rendering it. */
async function open(url) {
  problems = [];
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => document.body.classList.contains('sb-show-errordisplay') ||
      // Rendered and played; not waiting for Storybook's "completing" (CSS animations to end).
      ['completing', 'completed', 'afterEach', 'finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    null,
    { timeout: 20000 },
  );
  return page.evaluate(() => {
    const shown = document.body.classList.contains('sb-show-errordisplay');
    const story = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
    return {
      renderError: shown ? (document.querySelector('#error-message')?.textContent ?? '') + ' ' + (document.querySelector('#error-stack')?.textContent ?? '') : null,
      civicState: story?.parameters?.civicState ?? null,
      civicError: story?.parameters?.civicError ?? null,
    };
  });
}

/**
 * The civic elements in #storybook-root with what they show and what they should show; brings
 * laggards into view (lazy charts start near the viewport).
 */
const probe = ({ tags, want, code, root = '#storybook-root' }) => {
  const log = window.__civicLog;
  const locale = (lang) => (/^zh-(tw|hk|mo|hant)/i.test(lang) ? 'zh-Hant' : /^en\b/i.test(lang) ? 'en' : 'zh-Hans');
  return [...document.querySelectorAll(`${root} :is(${tags.join(',')})`)].map((el) => {
    const wrap = el.closest('[data-expect]');
    const expect = wrap ? wrap.getAttribute('data-expect') : want;
    const expectCode = wrap ? wrap.getAttribute('data-expect-code') : code;
    const state = el.getAttribute('state');
    const careEl = el.closest('[data-care]');
    const care = !!careEl && careEl.getAttribute('data-care') !== 'false';
    const dark = el.closest('[data-theme]')?.getAttribute('data-theme') === 'dark';
    const who = `<${el.localName}${el.getAttribute('data-label') ? ` data-label="${el.getAttribute('data-label')}"` : ''}${wrap ? ` in [data-expect=${expect}]` : ''}>`;
    if (state !== expect && (state === 'loading' || state === null)) el.scrollIntoView({ block: 'center' });
    return {
      tag: el.localName,
      who,
      state,
      expect,
      expectCode,
      ready: log?.ready.has(el) ?? false,
      busy: !!el.shadowRoot?.querySelector('[aria-busy="true"]'),
      codes: log?.errors.get(el) ?? [],
      urls: ['data-src', 'data-geo-src'].map((a) => el.getAttribute(a)).filter(Boolean).map((u) => new URL(u, location.href).href),
      locale: locale(el.closest('[lang]')?.getAttribute('lang') ?? ''),
      theme: care ? 'care' : dark ? 'dark' : 'light',
    };
  });
};

/** What is wrong with one element now; empty when it shows what it should. */
function elementFailures(el) {
  const out = [];
  if (el.state !== el.expect) out.push(`${el.who}: state=${el.state ?? '(not upgraded)'}, expected ${el.expect}`);
  else if (el.expect === 'ready' && !el.ready) out.push(`${el.who}: ready but civic-ready never fired`);
  else if (el.expect === 'loading' && !el.busy) out.push(`${el.who}: loading without aria-busy="true"`);
  const unexpected = el.codes.filter((c) => c !== el.expectCode);
  if (unexpected.length) out.push(`${el.who}: civic-error ${unexpected.join(', ')} not declared by the story`);
  if (el.expectCode && !el.codes.includes(el.expectCode)) out.push(`${el.who}: expected civic-error ${el.expectCode}, got ${el.codes.join(', ') || 'none'}`);
  return out;
}

/** Waits until every element shows what it should (or the time is up); returns the last probe. */
async function settle(want, code) {
  const started = Date.now();
  for (;;) {
    const els = await page.evaluate(probe, { tags: TAGS, want, code });
    const waited = Date.now() - started;
    if (els.length && !els.flatMap(elementFailures).length) return els;
    // Out of time; or a story that rendered no civic element at all, which will not grow one.
    if (waited > SETTLE_MS || (!els.length && waited > 3000)) return els;
    await page.waitForTimeout(100);
  }
}

async function axe() {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate((disabled) =>
    window.axe.run({ include: [['#storybook-root']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      resultTypes: ['violations'],
    }), PAGE_RULES);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Console errors and page errors, less the 404s of files an element was meant to miss. */
const unexpectedProblems = (els) => {
  const missed = new Set(els.filter((e) => e.codes.includes('fetch-failed') && e.expectCode === 'fetch-failed').flatMap((e) => e.urls));
  return problems.filter((p) => !(p.resource && missed.has(p.resource))).map((p) => p.text);
};

before(async () => {
  if (!index) return;
  server = await serve(STATIC);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The browser asks for /favicon.ico on its own; Storybook ships none under that name.
  await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204, body: '' }));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const resource = /^Failed to load resource/.test(m.text()) ? m.location().url : null;
    problems.push({ text: `console.error: ${m.text()}${resource ? ` (${resource})` : ''}`, resource });
  });
  page.on('pageerror', (e) => problems.push({ text: `pageerror: ${e.message}` }));
  await page.addInitScript(recordEvents);
});

after(async () => {
  if (timings.length) {
    const total = timings.reduce((a, t) => a + t.ms, 0);
    const slow = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3).map((t) => `${t.name} ${t.ms} ms`);
    console.log(`# ${timings.length} story frames in ${(total / 1000).toFixed(1)} s; slowest: ${slow.join(', ')}`);
  }
  await browser?.close();
  await server?.close();
});

// Without a build there is nothing to prove: one skipped test says so (counted as skipped, not passed).
if (!index) test('Storybook stories', { skip: 'storybook-static/index.json is missing: run `npm run build-storybook` first (npm test builds it right before the e2e suites)' }, () => {});
else describe('Storybook stories', () => {
  test('the build lists stories for every element', () => {
    assert.ok(stories.length > 0, 'index.json lists no stories');
    for (const tag of TAGS) assert.ok(firstOf(tag), `no stories for <${tag}>`);
  });

  for (const { entry, globals } of runs) {
    const name = `${entry.title.replace(/^Elements\//, '')} › ${entry.name}${globals ? ` [globals ${globals}]` : ''}`;
    test(name, async () => {
      const started = Date.now();
      const url = `${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globals ? `&globals=${encodeURIComponent(globals)}` : ''}`;
      // Every check runs, so one run shows everything wrong with a story.
      const failures = [];
      const check = (what, list) => list.length && failures.push(`${what}:\n  ${list.join('\n  ')}`);
      const meta = await open(url);
      if (meta.renderError) failures.push(`Storybook could not render the story: ${meta.renderError.trim().slice(0, 600)}`);
      const want = meta.civicState ?? 'ready';
      if (!STATES.includes(want)) failures.push(`parameters.civicState "${want}" is not one of ${STATES.join(', ')}`);
      if (NAMED_STATE.test(entry.exportName ?? entry.name.replace(/\s/g, '')) && !meta.civicState) {
        failures.push(`the story is named "${entry.name}" but declares no parameters.civicState`);
      }
      let els = meta.renderError ? [] : await settle(want, meta.civicError);
      if (!els.length) failures.push('no civic element in #storybook-root');
      check('axe violations in #storybook-root', await axe());
      // A loading state must hold, not flash: probe again after the axe run.
      if (els.some((e) => e.expect === 'loading')) els = await page.evaluate(probe, { tags: TAGS, want, code: meta.civicError });
      check('elements not showing what the story means', els.flatMap(elementFailures));
      check('console errors or page errors', unexpectedProblems(els));
      if (!failures.length) {
        for (const e of els) {
          const c = coverage.get(e.tag);
          c.states.add(e.state);
          c.locales.add(e.locale);
          c.themes.add(e.theme);
          c.pairs.add(`${e.state}×${e.locale}`).add(`${e.state}×${e.theme}`);
        }
      }
      timings.push({ name, ms: Date.now() - started });
      assert.deepEqual(failures, [], `${entry.id}${globals ? ` (globals ${globals})` : ''}:\n${failures.join('\n')}`);
    });
  }

  test('every element is shown in every state, locale and theme (and each state in each locale and theme)', () => {
    const missing = [];
    for (const [tag, c] of coverage) {
      for (const s of STATES) {
        if (!c.states.has(s)) missing.push(`<${tag}> state ${s}`);
        for (const x of [...LOCALES, ...THEMES]) if (!c.pairs.has(`${s}×${x}`)) missing.push(`<${tag}> ${s} in ${x}`);
      }
      for (const l of LOCALES) if (!c.locales.has(l)) missing.push(`<${tag}> locale ${l}`);
      for (const t of THEMES) if (!c.themes.has(t)) missing.push(`<${tag}> theme ${t}`);
    }
    // Counted only from stories that passed: a failing story above explains a gap here.
    assert.deepEqual(missing, [], 'not covered by a passing story');
  });

  if (!docs.length) {
    test('docs pages', { skip: 'index.json has no docs entries: autodocs pages need @storybook/addon-docs (a devDependency, listed in .storybook/main.ts addons)' }, () => {});
  } else describe('docs pages', () => {
    for (const entry of docs) {
      test(`${entry.title} › ${entry.name}`, async () => {
        // Leave the previous page first: a request it had in flight must not be blamed on this one.
        await page.goto('about:blank');
        problems = [];
        await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('#storybook-docs')?.textContent?.trim(), null, { timeout: 20000 });
        // Let every inline story render and load (a story's own checks are above).
        await page.waitForLoadState('networkidle');
        const els = await page.evaluate(probe, { tags: TAGS, want: 'ready', code: null, root: '#storybook-docs' });
        // Inline stories keep their meaning: a declared fetch failure is still expected here.
        const fetchFailed = new Set(els.filter((e) => e.codes.includes('fetch-failed')).flatMap((e) => e.urls));
        const unexpected = problems.filter((p) => !(p.resource && fetchFailed.has(p.resource))).map((p) => p.text);
        assert.deepEqual(unexpected, [], 'console errors or page errors');
      });
    }
  });
});
