// --format pdf: the HTML report printed by a Chromium or Chrome already on the machine, driven
// by playwright-core (which downloads nothing). Imported only on the PDF path: every other run
// never loads playwright-core.
import { existsSync, readFileSync } from 'node:fs';
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

/** The system a person runs cocon on, as far as telling them how to install a browser goes. */
export interface System {
  platform: string;
  /** The text of /etc/os-release on Linux (empty when unreadable). */
  osRelease: string;
}

/** How to install a browser on `system`: its name and the one command to type. */
export function installAdvice(system: System): { system: string; command: string } {
  if (system.platform === 'darwin') return { system: 'macOS', command: 'brew install --cask chromium' };
  if (system.platform === 'win32') return { system: 'Windows', command: 'winget install Google.Chrome' };
  const field = (name: string) => new RegExp(`^${name}=("?)([^"\n]*)\\1`, 'm').exec(system.osRelease)?.[2] ?? '';
  const ids = [field('ID'), ...field('ID_LIKE').split(/\s+/)].map((id) => id.toLowerCase()).filter(Boolean);
  const pretty = field('NAME') || 'Linux';
  // Ubuntu's apt package only installs the snap.
  if (ids[0] === 'ubuntu') return { system: pretty, command: 'sudo snap install chromium' };
  const known: [string, string][] = [
    ['debian', 'sudo apt-get install chromium'],
    ['fedora', 'sudo dnf install chromium'],
    ['rhel', 'sudo dnf install chromium'],
    ['arch', 'sudo pacman -S chromium'],
    ['alpine', 'sudo apk add chromium'],
    ['suse', 'sudo zypper install chromium'],
    ['ubuntu', 'sudo apt-get install chromium'],
  ];
  for (const id of ids) {
    const command = known.find(([k]) => id === k || id.startsWith(`${k}-`) || id.startsWith(`open${k}`))?.[1];
    if (command) return { system: pretty, command };
  }
  return { system: pretty, command: 'sudo apt-get install chromium' };
}

/** The system cocon runs on (read only when a browser is missing). */
export function currentSystem(): System {
  let osRelease = '';
  if (process.platform === 'linux') {
    try {
      osRelease = readFileSync('/etc/os-release', 'utf8');
    } catch {
      // No os-release: the Debian advice.
    }
  }
  return { platform: process.platform, osRelease };
}

/** The browser to print with, or the message saying how to get one on this system (exit 2). */
export function requireBrowser(env: Record<string, string | undefined>, system: () => System = currentSystem): string {
  const browser = findBrowser(env);
  if (browser) return browser;
  const tried = env['CHROME_PATH'] ? `CHROME_PATH=${env['CHROME_PATH']}` : BROWSER_CANDIDATES.join(', ');
  throw new UsageError(msg('pdf.no-browser', { tried, ...installAdvice(system()) }));
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
    // Tagged (headings, lists, tables and figures' text alternatives reach a screen reader) and with an outline of the headings.
    return await page.pdf(PDF_OPTIONS);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(msg('pdf.failed', { browser: browserPath, reason: firstLine(error) }));
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

/** How every PDF is printed: the page's own A4 size, its colours, tagged, with an outline. */
export const PDF_OPTIONS = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}
