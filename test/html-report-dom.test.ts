// The HTML report of every shipped example, read as a DOM (linkedom; no browser: nothing here
// needs layout or scripts): the radar's points lie where the scores put them, and the summary,
// the heat map, the ladders and the spread say what the JSON says. What needs a real browser
// (console, requests, axe-core, widths, print) is in test/browser/html-report.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './memory-io.js';
import { ROOT } from './helpers.js';
// @ts-expect-error: plain ESM script without type declarations
import { EXAMPLES as SHIPPED_EXAMPLES } from '../scripts/examples.mjs';
import { percent, scoreNumber as formatNumber } from '../src/render/common.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';

const SHIPPED = SHIPPED_EXAMPLES as { name: string; inputs: string[]; args?: string[] }[];
const EXAMPLES = SHIPPED.map((e) => ({ name: e.name, inputs: e.inputs, args: e.args ?? [] }));

async function generate(example: (typeof EXAMPLES)[number], format: string): Promise<string> {
  const result = await runMain(['score', ...example.inputs.map((i) => join(ROOT, i)), ...example.args, '--format', format, '--lang', 'fr'], { env: { LANG: 'fr_FR.UTF-8' } });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('the HTML report of each example, as a DOM', () => {
  const reports = new Map<string, { document: Document; json: Diagnostic }>();

  beforeAll(async () => {
    for (const example of EXAMPLES) {
      const { document } = parseHTML(await generate(example, 'html'));
      reports.set(example.name, { document: document as unknown as Document, json: JSON.parse(await generate(example, 'json')) as Diagnostic });
    }
  });

  it.each(EXAMPLES.map((e) => e.name))('%s: the radar points lie where the scores put them, and the tables say what the JSON says', (name) => {
    const { document, json } = reports.get(name)!;
    const radar = (() => {
      const svg = document.querySelector('svg.radar')!;
      const centre = { x: Number(svg.getAttribute('data-cx')), y: Number(svg.getAttribute('data-cy')), r: Number(svg.getAttribute('data-radius')) };
      return [...svg.querySelectorAll('circle.point')].map((c) => ({ id: c.getAttribute('data-dimension'), distance: (100 * Math.hypot(Number(c.getAttribute('cx')) - centre.x, Number(c.getAttribute('cy')) - centre.y)) / centre.r }));
    })();
    const scored = json.dimensions.filter((d) => d.score !== null);
    expect(radar.map((p) => p.id)).toEqual(scored.map((d) => d.id));
    radar.forEach((p, i) => expect(Math.abs(p.distance - scored[i]!.score!)).toBeLessThan(0.05));

    const summary = [...document.querySelectorAll('table.summary tbody tr')].map((tr) => ({
      id: tr.getAttribute('data-dimension'),
      score: tr.querySelector('[data-score]')!.textContent,
      range: tr.querySelector('[data-range]')!.textContent,
      coverage: tr.querySelector('[data-coverage]')!.textContent,
    }));
    const fr = (v: number | null) => formatNumber(v, 'fr');
    const expected = [...json.dimensions, { id: 'overall', ...json.overall }].map((d) => ({
      id: d.id,
      score: fr(d.score),
      range: d.range ? `${fr(d.range.low)}–${fr(d.range.high)}` : '—',
      coverage: percent(d.coverage, 'fr'),
    }));
    expect(summary).toEqual(expected);

    // The heat map's cells and its table carry the same figures; its overall row is the JSON's impacts.
    const heat = {
      cells: [...document.querySelectorAll('svg.heatmap rect.cell[data-score]')].map((r) => `${r.getAttribute('data-row')}/${r.getAttribute('data-column')}=${r.getAttribute('data-score')}`),
      table: [...document.querySelectorAll('table.impacts-table tbody tr:not(.total) td[data-score]')].filter((td) => td.getAttribute('data-score') !== '').map((td) => `${td.closest('tr')!.getAttribute('data-dimension')}/${td.getAttribute('data-impact')}=${td.getAttribute('data-score')}`),
      overall: [...document.querySelectorAll('table.impacts-table tr.total td')].map((td) => td.textContent),
    };
    expect(heat.cells).toEqual(heat.table);
    expect(heat.overall).toEqual(json.impacts.map((i) => `${fr(i.score)}${i.coverage < 100 ? ` (couverture ${percent(i.coverage, 'fr')})` : ''}`));

    // Each ladder's sentence gives the dimension's score; its marker sits at that score.
    const ladders = [...document.querySelectorAll('article.dimension')].map((a) => ({
      id: a.getAttribute('data-dimension'),
      marker: a.querySelector('svg.ladder .marker')?.getAttribute('data-score') ?? null,
      text: a.querySelector('[data-ladder-text]')!.textContent!,
    }));
    expect(ladders.map((l) => l.id)).toEqual(json.dimensions.map((d) => d.id));
    ladders.forEach((l, i) => {
      const d = json.dimensions[i]!;
      expect(l.marker).toBe(d.score === null ? null : String(d.score));
      expect(l.text.startsWith(`Score ${fr(d.score)}`)).toBe(true);
    });

    if (json.respondents.length > 1) {
      const spread = [...document.querySelectorAll('figure.respondent-spread .spread-line')].map((l) => [l.getAttribute('data-dimension'), Number(l.getAttribute('data-min')), Number(l.getAttribute('data-max'))]);
      // The lowest and highest respondents are single people's scores: a shareable report draws no spread between respondents.
      expect(json.dimensions.every((d) => d.respondents.min === undefined)).toBe(true);
      expect(spread).toEqual([]);
    }
  });
});
