// The HTML report's pure parts: chart geometry read back from the SVG, escaping, the embedded
// diagnostic and its reading back, the forms × impacts derivation, and the terminal's bars.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RADAR, radarPoint, radarSvg } from '../src/render/html/charts/radar.js';
import { ladderSvg, possibleLevels } from '../src/render/html/charts/ladder.js';
import { heatmapSvg, shade } from '../src/render/html/charts/heatmap.js';
import { labelLines } from '../src/render/html/charts/text.js';
import { cssString, embedJson, escapeHtml } from '../src/render/html/escape.js';
import { impactMatrix, summarizeQuestions } from '../src/diagnostic/view.js';
import { renderHtml } from '../src/render/html/index.js';
import { parseHtmlReport, readDiagnostic } from '../src/diagnostic/read.js';
import { scoreBar } from '../src/render/terminal.js';
import { findBrowser, installAdvice, requireBrowser } from '../src/cli/pdf.js';
import { UsageError } from '../src/core/problems.js';
import { say } from '../src/i18n/messages.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { ROOT } from './helpers.js';
// @ts-expect-error: plain ESM script without type declarations
import { EXAMPLES as SHIPPED_EXAMPLES } from '../scripts/examples.mjs';
import { runMain } from './memory-io.js';
import { fr } from './french.js';

const SHIPPED = SHIPPED_EXAMPLES as { name: string; inputs: string[]; args?: string[] }[];
const EXAMPLES = SHIPPED.map((e) => e.name);
const example = (name: string) => JSON.parse(readFileSync(join(ROOT, 'examples/reports', `${name}.json`), 'utf8')) as Diagnostic;
const attributes = (svg: string, tag: string) => [...svg.matchAll(new RegExp(`<${tag} ([^>]*)/?>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));

describe('the radar', () => {
  it('puts each score at its distance from the centre along its own axis, the first axis pointing up', () => {
    const axes = [
      { id: 'a', label: 'A', score: 35.5, range: { low: 30, high: 50 } },
      { id: 'b', label: 'B', score: 80, range: null },
      { id: 'c', label: 'C', score: 0, range: null },
    ];
    const svg = radarSvg(axes, { title: 't', rings: [] });
    const points = attributes(svg, 'circle');
    expect(points.map((p) => p['data-dimension'])).toEqual(['a', 'b', 'c']);
    points.forEach((p, i) => {
      const dx = Number(p['cx']) - RADAR.cx;
      const dy = Number(p['cy']) - RADAR.cy;
      // Read back: the score is the distance over the radius; the angle is the axis's.
      expect((100 * Math.hypot(dx, dy)) / RADAR.radius).toBeCloseTo(axes[i]!.score, 1);
      if (axes[i]!.score > 0) expect(Math.atan2(dy, dx)).toBeCloseTo(-Math.PI / 2 + (2 * Math.PI * i) / 3, 3);
    });
    expect(radarPoint(0, 3, 100)).toEqual({ x: RADAR.cx, y: RADAR.cy - RADAR.radius });
  });

  it('draws the range as a band between the worst and the best polygon, and leaves out an axis without a score', () => {
    const svg = radarSvg([
      { id: 'a', label: 'A', score: 40, range: { low: 20, high: 60 } },
      { id: 'b', label: 'B', score: null, range: { low: 0, high: 100 } },
      { id: 'c', label: 'C', score: 50, range: { low: 50, high: 50 } },
    ], { title: 't', rings: [{ value: 40, label: 'Structuré' }] });
    const band = /<path class="band" fill-rule="evenodd" d="([^"]+)"/.exec(svg)![1]!;
    const [outer, inner] = band.split('Z').filter(Boolean).map((poly) => poly.slice(1).split('L').map((pair) => pair.split(' ').map(Number)));
    const distance = (p: number[]) => (100 * Math.hypot(p[0]! - RADAR.cx, p[1]! - RADAR.cy)) / RADAR.radius;
    expect(outer!.map(distance).map((d) => Math.round(d))).toEqual([60, 100, 50]);
    expect(inner!.map(distance).map((d) => Math.round(d))).toEqual([20, 0, 50]);
    expect(attributes(svg, 'circle').map((p) => p['data-dimension'])).toEqual(['a', 'c']);
    expect(svg).toContain('>Structuré</text>');
  });

  it('escapes labels and ids and cuts long labels', () => {
    const svg = radarSvg([{ id: '"><script>', label: '<img src=x onerror=alert(1)> '.repeat(5), score: 10, range: null }], { title: '</svg><script>alert(1)</script>', rings: [] });
    expect(svg).not.toMatch(/<script|<img/);
    expect(svg).toContain('&lt;img');
    expect(labelLines('un deux trois quatre cinq six sept huit neuf dix', 10, 2)).toEqual(['un deux', 'trois qua…']);
  });
});

describe('the level ladder', () => {
  const levels = [{ id: 'e', label: 'Émergent', min: 0 }, { id: 'g', label: 'Engagé', min: 20 }, { id: 's', label: 'Structuré', min: 40 }, { id: 'a', label: 'Ancré', min: 60 }];

  it('fills the level reached, outlines the levels the unknown answers allow, and marks the score', () => {
    const input = { levels, score: 41.7, range: { low: 30, high: 55 }, level: 'g', certainty: { status: 'to-confirm' as const, low: 'g', high: 's' } };
    const svg = ladderSvg(input, 'ladder');
    const steps = attributes(svg, 'rect').filter((r) => r['data-level']);
    expect(steps.map((r) => [r['data-level'], r['class']])).toEqual([['e', 'step other'], ['g', 'step reached'], ['s', 'step possible'], ['a', 'step other']]);
    expect(svg).toContain('data-score="41.7"');
    expect([...possibleLevels(input)]).toEqual(['g', 's']);
  });

  it('reaches no level when data are insufficient, only the span', () => {
    const svg = ladderSvg({ levels, score: 10, range: { low: 0, high: 70 }, level: 'e', certainty: { status: 'insufficient-data', low: 'e', high: 'a' } }, 'ladder');
    expect(svg).not.toContain('step reached');
    expect(svg.match(/step possible/g)).toHaveLength(4);
  });
});

describe('the forms × impacts heat map', () => {
  it.each(EXAMPLES)('%s: the derivation gives back every impact and every dimension score to within 0.1', (name) => {
    const d = example(name);
    for (const impact of d.impacts) {
      const all = summarizeQuestions(d.dimensions.flatMap((x) => x.questions).filter((q) => q.status !== 'not-scored' && q.tags.includes(impact.id)));
      expect(Math.abs(all.score! - impact.score!)).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(Math.abs(all.coverage - impact.coverage)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    for (const dimension of d.dimensions) {
      const all = summarizeQuestions(dimension.questions.filter((q) => q.status !== 'not-scored'));
      if (d.respondents.length === 1) expect(Math.abs(all.score! - dimension.score!)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    expect(impactMatrix(d)).toHaveLength(d.dimensions.length);
  });

  it('shades by score, writes coverage under partial cells, and marks cells without questions', () => {
    const svg = heatmapSvg({
      rows: [{ id: 'r', label: 'Row' }],
      columns: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }],
      cells: [[{ score: 80, coverage: 60, weight: 3 }, { score: null, coverage: 0, weight: 0 }]],
      number: String,
      coverageNote: (v) => `cov. ${v}%`,
      none: '—',
    }, 'heat');
    expect(svg).toContain(`fill-opacity="${shade(80)}"`);
    expect(svg).toContain('cov. 60%');
    expect(svg).toContain('cell empty');
    expect(shade(0)).toBeGreaterThan(0);
    expect(shade(100)).toBeGreaterThan(shade(50));
  });
});

describe('escaping', () => {
  it('makes text inert in HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('embeds JSON that cannot close its script block and parses back to the same value', () => {
    const value = { a: '</script><script>alert(1)</script>', b: '<!-- x -->', c: 'line\u2028sep\u2029', d: '&amp;' };
    const embedded = embedJson(value);
    expect(embedded).not.toMatch(/<\/|<!--|[\u2028\u2029]/);
    expect(JSON.parse(embedded)).toEqual(value);
  });

  it('writes CSS strings with every risky character escaped', () => {
    expect(cssString('Val "x" </style>\\')).toBe('"Val \\22 x\\22  \\3c \\2f style\\3e \\5c "');
  });
});

describe('the HTML report', () => {
  it.each(EXAMPLES)('%s: embeds its diagnostic, which `cocon report` reads back unchanged', (name) => {
    const diagnostic = example(name);
    const html = renderHtml(diagnostic, { lang: 'fr', color: false, width: 80 });
    const parsed = parseHtmlReport('r.html', new TextEncoder().encode(html));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(readDiagnostic(parsed.source)).toEqual(diagnostic);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    // No address but the table of contents' links to the page's own sections.
    expect(html).not.toMatch(/\bsrc=|\bhref="(?!#[a-z]+")/);
  });

  it('says where the embedded diagnostic is wrong, and when there is none', () => {
    const html = renderHtml(example('emergent-val-de-brume'), { lang: 'en', color: false, width: 80 });
    const line = html.split('\n').findIndex((l) => l.startsWith('{"schemaVersion"')) + 1;
    const broken = parseHtmlReport('r.html', new TextEncoder().encode(html.replace('{"schemaVersion":3,', '{"schemaVersion":3,,')));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatchObject({ file: 'r.html', line, col: 20 });
    const none = parseHtmlReport('page.html', new TextEncoder().encode('<!doctype html><p>hello</p>'));
    expect(none).toMatchObject({ ok: false, problems: [{ file: 'page.html', line: 1, col: 1, message: { key: 'diagnostic.no-embedded' } }] });
  });
});

describe('the terminal bars', () => {
  it('tell 35.5 from 41.5 (eighths of a cell)', () => {
    const a = scoreBar(35.5, null);
    const b = scoreBar(41.5, null);
    expect(a.solid + a.low).toBe('███▌');
    expect(b.solid + b.low).toBe('████▏');
    expect(scoreBar(100, null).solid).toBe('█'.repeat(10));
  });

  it('show the range: lighter from its low end to the score, shaded from the score to its high end', () => {
    // 42 is 4.2 cells, 33.6 eighths: four cells and two eighths; 68 rounds to the seventh cell.
    expect(scoreBar(42, { low: 21, high: 68 })).toEqual({ solid: '██', low: '██▎', high: '░░', rest: '···' });
    expect(scoreBar(null, null).rest).toBe('··········');
  });
});

describe('finding a browser for --format pdf', () => {
  it('takes CHROME_PATH when it exists, never guesses past a wrong one, else the usual paths', () => {
    const present = new Set(['/opt/chrome', '/usr/bin/chromium']);
    const exists = (p: string) => present.has(p);
    expect(findBrowser({ CHROME_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(findBrowser({ CHROME_PATH: '/nope' }, exists)).toBeUndefined();
    expect(findBrowser({}, exists)).toBe('/usr/bin/chromium');
    expect(findBrowser({}, () => false)).toBeUndefined();
  });
});

describe('how to install a browser, for the system cocon runs on', () => {
  it('names the one command of each system', () => {
    const linux = (osRelease: string) => installAdvice({ platform: 'linux', osRelease });
    expect(linux('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n')).toEqual({ system: 'Debian GNU/Linux', command: 'sudo apt-get install chromium' });
    expect(linux('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')).toEqual({ system: 'Ubuntu', command: 'sudo snap install chromium' });
    expect(linux('NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n').command).toBe('sudo apt-get install chromium');
    expect(linux('NAME="Fedora Linux"\nID=fedora\n').command).toBe('sudo dnf install chromium');
    expect(linux('NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n').command).toBe('sudo dnf install chromium');
    expect(linux('NAME="Arch Linux"\nID=arch\n').command).toBe('sudo pacman -S chromium');
    expect(linux('NAME="openSUSE Tumbleweed"\nID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n').command).toBe('sudo zypper install chromium');
    expect(linux('NAME="Alpine Linux"\nID=alpine\n').command).toBe('sudo apk add chromium');
    expect(linux('')).toEqual({ system: 'Linux', command: 'sudo apt-get install chromium' });
    expect(installAdvice({ platform: 'darwin', osRelease: '' })).toEqual({ system: 'macOS', command: 'brew install --cask chromium' });
    expect(installAdvice({ platform: 'win32', osRelease: '' })).toEqual({ system: 'Windows', command: 'winget install Google.Chrome' });
  });

  it('is what the message without a browser says', () => {
    let error: unknown;
    try {
      requireBrowser({ CHROME_PATH: '/nope' }, () => ({ platform: 'linux', osRelease: 'NAME="Fedora Linux"\nID=fedora\n' }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect(say((error as UsageError).detail, 'en')).toContain('Install one (Fedora Linux: sudo dnf install chromium) or name it with CHROME_PATH');
  });
});

describe('--format pdf without what it needs', () => {
  const answers = join(ROOT, 'examples/emergent-val-de-brume.yaml');

  it('refuses to write a PDF to stdout (exit 2), in French and English', async () => {
    const french = await runMain(['score', answers, '--format', 'pdf'], { env: { LANG: 'fr_FR.UTF-8', CHROME_PATH: process.execPath } });
    expect(french).toMatchObject({ code: 2, stdout: '', stderr: fr("usage : un PDF ne s'écrit pas dans le terminal : indiquez le fichier avec --out rapport.pdf\n") });
    const en = await runMain(['score', answers, '--format', 'pdf', '--lang', 'en'], { env: { CHROME_PATH: process.execPath } });
    expect(en).toMatchObject({ code: 2, stdout: '', stderr: 'usage: a PDF is not written to the terminal: name the file with --out report.pdf\n' });
  });

  it('without a browser, exits 2 before any work and says how to get one or to print the HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-pdf-'));
    const result = await runMain(['score', answers, '--out', join(dir, 'r.pdf'), '--lang', 'en'], { env: { CHROME_PATH: join(dir, 'no-chrome') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`no Chromium or Chrome found to print the PDF (looked for: CHROME_PATH=${join(dir, 'no-chrome')})`);
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stderr).toContain('--format html');
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it('cocon report on an HTML page that is not a cocon report says so, located (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-html-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<!doctype html><title>x</title><p>hello</p>');
    const result = await runMain(['report', page, '--format', 'md']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${page}:1:1: ${fr('cette page HTML ne contient pas de diagnostic cocon (bloc de données « cocon-diagnostic » introuvable) ; donnez un rapport HTML écrit par cocon ou un diagnostic JSON')}\n`);
  });
});
