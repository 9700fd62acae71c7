// --format pdf: the HTML report printed by a Chromium or Chrome already on the machine, driven
// by playwright-core (which downloads nothing). Imported only on the PDF path: every other run
// never loads playwright-core.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UsageError } from '../core/problems.js';
import { msg } from '../i18n/messages.js';

/** Where Chromium and Chrome usually are, on Linux, macOS and Windows. */
export const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** CHROME_PATH if set (and only it: a wrong one is an error, not a reason to guess), else the first usual path that exists. */
export function findBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): string | undefined {
  const named = env['CHROME_PATH'];
  if (named) return exists(named) ? named : undefined;
  return BROWSER_CANDIDATES.find((path) => exists(path));
}

/** The browser to print with, or the message saying how to get one (exit 2). */
export function requireBrowser(env: Record<string, string | undefined>): string {
  const browser = findBrowser(env);
  if (browser) return browser;
  const tried = env['CHROME_PATH'] ? `CHROME_PATH=${env['CHROME_PATH']}` : BROWSER_CANDIDATES.join(', ');
  throw new UsageError(msg('pdf.no-browser', { tried }));
}

/** Prints `html` to A4 PDF bytes. The page may fetch nothing: every request is refused, as its CSP already says. */
export async function printPdf(html: string, browserPath: string): Promise<Uint8Array> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    // require, not import(): the bundle runs as a vm script with a code cache, where import() of a package fails.
    ({ chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core'));
  } catch {
    throw new UsageError(msg('pdf.no-driver'));
  }
  // Chromium refuses its sandbox to root (containers, CI); elsewhere it keeps it.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage', ...(asRoot ? ['--no-sandbox'] : [])] });
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(msg('pdf.failed', { browser: browserPath, reason: firstLine(error) }));
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}
