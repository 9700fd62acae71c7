// The reports read at any width and in print, measured in Chromium at 360, 768 and 1280 px and in
// the A4 print layout: no sideways scrolling of the page, figures never wrapped in tables, headers
// never broken inside a word, chart text at least 12 px, a table of contents whose links lead
// somewhere, no invisible isolate marks in the text a reader copies. The PDF is tagged, has an
// outline, leaves no heading alone at the bottom of a page, and holds five respondents in a few pages.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, findChromium, openWatched, scratchDir, suiteBrowser } from './chromium.js';
import { runMain } from '../memory-io.js';
import { ROOT } from '../helpers.js';
import { PDF_OPTIONS } from '../../src/cli/pdf.js';

const env = { LANG: 'fr_FR.UTF-8', CHROME_PATH: findChromium() ?? '' };
/** A4 minus the print stylesheet's margins, in CSS pixels (as test/browser/html-report.test.ts). */
const PRINT_PAGE = { width: Math.floor(((210 - 28) / 25.4) * 96), height: Math.floor(((297 - 36) / 25.4) * 96) };
const WIDTHS = [360, 768, 1280];

/** The pages measured: a report of one respondent, one of five, one of five worlds in groups, a comparison and a benchmark. */
const PAGES: { name: string; args: string[] }[] = [
  { name: 'one', args: ['score', 'examples/emergent-val-de-brume.yaml'] },
  { name: 'five', args: ['score', 'examples/multi-respondents'] },
  { name: 'worlds', args: ['score', 'examples/cinq-mondes-val-d-ambrelle', '--min-group-size', '2'] },
  { name: 'comparison', args: ['compare', 'examples/suivi-val-de-brume/2025-03-11.yaml', 'examples/suivi-val-de-brume/2026-03-14.yaml', '-q', 'coconstruction-territoriale@1.0.0', '--targets', 'examples/suivi-val-de-brume/cibles.yaml'] },
];

interface Measures {
  emptyFigures: string[];
  pageWidth: number;
  wrappedFigures: string[];
  brokenHeaders: string[];
  smallText: string[];
  scrollingTables: number;
  unreachableScrolling: number;
  deadLinks: string[];
  tocLinks: number;
  marks: number;
}

/** Everything measured in the page as laid out now. */
function measure(page: Page): Promise<Measures> {
  return page.evaluate(() => {
    const lines = (node: Node, start = 0, end?: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end ?? (node.textContent ?? '').length);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    const textNodes = (element: Element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const out: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').trim()) out.push(n as Text);
      return out;
    };
    const label = (element: Element) => `${element.closest('table')?.className ?? ''} «${(element.textContent ?? '').trim().slice(0, 40)}»`;
    // Every number in a table (a score, a range's end, a percentage with its sign) on one line.
    const wrappedFigures = [...document.querySelectorAll('td, th')].filter((cell) => textNodes(cell).some((t) => {
      const figures = [...(t.textContent ?? '').matchAll(/[+\u2212-]?\d[\d,.\u00a0\u202f]*(?:[\u00a0\u202f ]?%)?/g)];
      return figures.some((f) => lines(t, f.index!, f.index! + f[0].trimEnd().length) > 1);
    })).map(label);
    // Each word of a header on one line.
    const brokenHeaders = [...document.querySelectorAll('th')].filter((th) => textNodes(th).some((t) => {
      const text = t.textContent ?? '';
      const words = [...text.matchAll(/\S+/g)];
      return words.some((w) => lines(t, w.index!, w.index! + w[0].length) > 1);
    })).map(label);
    const smallText = [...document.querySelectorAll('svg text')].filter((t) => (t.textContent ?? '').trim() && (t as SVGGraphicsElement).getBoundingClientRect().width > 0).map((t) => {
      const svg = (t as SVGGraphicsElement).ownerSVGElement!;
      const scale = svg.getScreenCTM()!.a;
      const tspans = [t, ...t.querySelectorAll('tspan')];
      return { size: Math.min(...tspans.map((x) => parseFloat(getComputedStyle(x).fontSize))) * scale, text: `${svg.getAttribute('class')} «${(t.textContent ?? '').slice(0, 30)}»` };
    }).filter((x) => x.size < 11.95).map((x) => `${x.text} ${x.size.toFixed(1)} px`);
    // A table may scroll sideways in its own box (a data table is exempt from reflow), the box then reachable by the keyboard and named.
    const scrolling = [...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1);
    const scrollingTables = scrolling.length;
    const unreachableScrolling = scrolling.filter((w) => w.getAttribute('tabindex') !== '0' || w.getAttribute('role') !== 'region' || !(w.getAttribute('aria-label')?.trim() || document.getElementById(w.getAttribute('aria-labelledby') ?? '')?.textContent?.trim())).length;
    const links = [...document.querySelectorAll('a[href]')];
    const deadLinks = links.filter((a) => !a.getAttribute('href')!.startsWith('#') || !document.getElementById(a.getAttribute('href')!.slice(1))).map((a) => a.getAttribute('href')!);
    // A figure sized by its content would be 0 px wide (figures are size containers for their text).
    const emptyFigures = [...document.querySelectorAll('figure')].filter((f) => f.getBoundingClientRect().width < 100).map((f) => f.className || f.id);
    return {
      emptyFigures,
      pageWidth: document.documentElement.scrollWidth,
      wrappedFigures,
      brokenHeaders,
      smallText,
      scrollingTables,
      unreachableScrolling,
      deadLinks,
      tocLinks: document.querySelectorAll('.toc a[href^="#"]').length,
      marks: (document.body.innerText.match(/[\u2066-\u2069]/g) ?? []).length,
    };
  });
}

describeInBrowser('reports at any width and in print', () => {
  const shared = suiteBrowser();
  let dir: string;
  const files = new Map<string, string>();

  beforeAll(async () => {
    dir = scratchDir();
    for (const p of PAGES) {
      const file = join(dir, `${p.name}.html`);
      const result = await runMain([...p.args, '--format', 'html', '--out', file], { env });
      expect(result.code, result.stderr).toBe(0);
      files.set(p.name, file);
    }
  });

  it.each(PAGES.map((p) => p.name))('%s: at 360, 768 and 1280 px and in print, figures and headers whole, chart text of 12 px or more, table of contents linked, no invisible marks', async (name) => {
    const url = pathToFileURL(files.get(name)!).href;
    for (const width of [...WIDTHS, 'print'] as const) {
      const viewport = width === 'print' ? PRINT_PAGE : { width, height: 900 };
      const { page } = await openWatched(shared(), url, viewport);
      if (width === 'print') await page.emulateMedia({ media: 'print' });
      const m = await measure(page);
      const at = `${name} at ${width}`;
      expect(m.pageWidth, at).toBeLessThanOrEqual(viewport.width);
      expect(m.emptyFigures, at).toEqual([]);
      expect(m.wrappedFigures, at).toEqual([]);
      expect(m.brokenHeaders, at).toEqual([]);
      expect(m.smallText, at).toEqual([]);
      // Only on a phone, and only tables too wide for it.
      if (width !== 360) expect(m.scrollingTables, at).toBe(0);
      expect(m.unreachableScrolling, at).toBe(0);
      expect(m.deadLinks, at).toEqual([]);
      expect(m.tocLinks, at).toBeGreaterThanOrEqual(5);
      expect(m.marks, at).toBe(0);
      await page.context().close();
    }
  });

  it('the five-respondent report prints as a tagged PDF with an outline, in at most 13 pages (17 before they flowed), no heading left at the bottom of a page', async () => {
    // The window --format pdf prints from (playwright's default).
    const { page } = await openWatched(shared(), pathToFileURL(files.get('five')!).href, { width: 1280, height: 720 });
    await page.emulateMedia({ media: 'print' });
    // A tiny marker at the end of every heading and at the start of what follows it.
    const count = await page.evaluate(() => {
      const headings = [...document.querySelectorAll('main h2, main h3, main h4')];
      headings.forEach((h, i) => {
        const mark = (text: string) => Object.assign(document.createElement('span'), { textContent: text, style: 'font-size:2px;position:absolute' });
        h.append(mark(`HEADEND${i}X`));
        const next = h.nextElementSibling;
        if (next?.tagName === 'TABLE' || next?.classList.contains('table-wrap')) next.querySelector('caption, th')!.prepend(mark(`AFTER${i}X`));
        else if (next) next.prepend(mark(`AFTER${i}X`));
      });
      return headings.length;
    });
    const pdf = join(dir, 'five.pdf');
    writeFileSync(pdf, await page.pdf(PDF_OPTIONS));
    const pages = execFileSync('pdftotext', [pdf, '-']).toString('utf8').split('\f');
    const pageOf = (marker: string) => pages.findIndex((p) => p.includes(marker));
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const heading = pageOf(`HEADEND${i}X`);
      expect(heading, `heading ${i}`).toBeGreaterThanOrEqual(0);
      const after = pageOf(`AFTER${i}X`);
      if (after >= 0) expect(after, `what follows heading ${i}`).toBe(heading);
    }
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Tagged:\s+yes/);
    const printed = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(printed).toBeLessThanOrEqual(13);
    // Its structure has the page's headings, tables and figures; its catalogue an outline.
    const structure = execFileSync('pdfinfo', ['-struct', pdf], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    for (const tag of ['H1', 'H2', 'H3', 'Table', 'TH', 'TD', 'Figure', 'L', 'LI']) expect(structure, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
    await page.context().close();
  });
});
