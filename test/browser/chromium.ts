// The real browser for tests of pages cocon writes: Debian's Chromium (or any Chrome named by
// CHROME_PATH), driven by playwright-core, which downloads nothing. Without a browser the tests
// say they are skipped and why; in CI (CI set) a missing browser fails them instead.
//
// One Chromium per vitest worker, shared by every browser test file: the `browser` project of
// vitest.config.ts runs test/browser/ without isolation, so this module, and the browser it
// launched, outlive each file. A new file needs only:
//   describeInBrowser('my page in Chromium', () => {
//     const browser = suiteBrowser();
//     it('…', async () => {
//       const { page, watch } = await openWatched(browser(), url);   // a fresh context: no cookies, no storage
//       …
//       await page.context().close();
//     });
//   });
// Close the contexts you open, never the browser; `launch()` is for a test that needs a browser of its own.
// `screenshot(page, name)` keeps a full-page picture for a person in test-artifacts/ (git-ignored),
// only when COCON_SCREENSHOTS is set: each costs about as much processor time as an axe-core audit.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { beforeAll, describe } from 'vitest';

const require = createRequire(import.meta.url);

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const named = env['CHROME_PATH'];
  if (named) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

const executablePath = findChromium();
const inCi = Boolean(process.env['CI']);

/**
 * `describe` for tests that need the browser. Skipped with its reason where there is none, never
 * in CI, where the missing browser is a failure (.ci/run installs Debian's chromium).
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (executablePath) {
    describe(name, body);
    return;
  }
  const reason = 'no Chromium found (set CHROME_PATH, or: apt-get install chromium)';
  if (inCi) {
    describe(name, () => {
      throw new Error(`${name}: ${reason}; CI must not skip browser tests`);
    });
    return;
  }
  process.stderr.write(`skipped: ${name}: ${reason}\n`);
  describe.skip(`${name} (skipped: ${reason})`, body);
}

// The flags this machine needs: no sandbox as root, and none of Chromium's own background
// connections (they are refused here and would pollute the network log).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

let shared: Promise<Browser> | undefined;

/**
 * This worker's Chromium, launched on first use and kept for every later test file of the
 * worker; it ends with the worker's process (playwright kills the browsers it launched on exit).
 */
export function sharedBrowser(): Promise<Browser> {
  if (!shared) {
    const launching = launch();
    shared = launching;
    // A launch that failed, or a browser that went away, is launched again by the next file.
    launching.then(
      (browser) => browser.on('disconnected', () => shared === launching && (shared = undefined)),
      () => shared === launching && (shared = undefined),
    );
  }
  return shared;
}

/** The worker's shared Chromium for the describe block it is called in, ready before its tests. */
export function suiteBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  return () => browser!;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: executablePath!, headless: true, args: ARGS });
}

/** What a page did besides loading itself: every request it made, every console error, every dialog. */
export interface PageWatch {
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/**
 * Opens `url` in a fresh context, watching it. `bypassCSP` lets the test inject axe-core into a
 * page whose Content-Security-Policy forbids scripts (cocon's HTML report); only for audits.
 */
export async function openWatched(browser: Browser, url: string, viewport = { width: 1280, height: 900 }, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport, userAgent: 'cocon-tests', bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const watch: PageWatch = { requests: [], consoleErrors: [], dialogs: [] };
  page.on('request', (request) => {
    if (request.url() !== url) watch.requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('dialog', async (dialog) => {
    watch.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url);
  return { page, watch };
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated by the test driver rather than added as a <script>: a page whose
  // Content-Security-Policy allows only its own script would refuse the tag.
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/** A full-page screenshot in test-artifacts/NAME.png, for a person to look at: only when COCON_SCREENSHOTS is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env['COCON_SCREENSHOTS']) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'cocon-browser-'));
}
