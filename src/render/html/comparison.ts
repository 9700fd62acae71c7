// A comparison as one self-contained HTML page, in the house style of the diagnostic report: the
// same sections as the text formats, the trend of every dimension as a chart with its table, and
// the comparison's JSON embedded. Every string from a file goes through escapeHtml.
import { localize, type Lang } from '../../core/text.js';
import { words } from '../../i18n/catalogues.js';
import { formatScore } from '../../i18n/format.js';
import type { Comparison } from '../../compare/contract.js';
import type { Renderer } from '../renderer.js';
import { comparisonView, type Section } from '../comparison-sections.js';
import { escapeHtml as e } from './escape.js';
import { pageFoot, pageHead } from './style.js';
import { trendSvg, type TrendSeries } from './charts/trend.js';
import { pushAll } from '../../core/arrays.js';

export const COMPARISON_EMBEDDED_ID = 'cocon-comparison';

/** Colours and dashes of the trend's lines: told apart without colour too. */
const TREND_STYLE = `.trend-table tbody td:first-child{white-space:nowrap}
.trend .line{fill:none;stroke-width:2.5}
.trend text{font-size:23px}
@container (min-width:560px){.trend text{font-size:15px}}
.trend .band{opacity:.5}
.trend .s0 .line{stroke:#1a5fc9}.trend .s0 .point{fill:#1a5fc9}.trend .s0 .band{fill:#1a5fc9;opacity:.12}
.trend .s1 .line{stroke:#b35c00;stroke-dasharray:8 4}.trend .s1 .point{fill:#b35c00}.trend .s1 .band{fill:#b35c00;opacity:.12}
.trend .s2 .line{stroke:#2f7d32;stroke-dasharray:2 4}.trend .s2 .point{fill:#2f7d32}.trend .s2 .band{fill:#2f7d32;opacity:.12}
.trend .s3 .line{stroke:#8e24aa;stroke-dasharray:12 3 2 3}.trend .s3 .point{fill:#8e24aa}.trend .s3 .band{fill:#8e24aa;opacity:.12}
.trend .s4 .line{stroke:#555e68;stroke-width:4}.trend .s4 .point{fill:#555e68}.trend .s4 .band{fill:#555e68;opacity:.12}
.trend .s5 .line{stroke:#c2185b;stroke-dasharray:4 2}.trend .s5 .point{fill:#c2185b}.trend .s5 .band{fill:#c2185b;opacity:.12}
@media (prefers-color-scheme:dark){.trend .s0 .line{stroke:#6aa7ff}.trend .s0 .point{fill:#6aa7ff}.trend .s1 .line{stroke:#f0a050}.trend .s1 .point{fill:#f0a050}.trend .s2 .line{stroke:#7bc67e}.trend .s2 .point{fill:#7bc67e}.trend .s3 .line{stroke:#d48be0}.trend .s3 .point{fill:#d48be0}.trend .s4 .line{stroke:#a4afbb}.trend .s4 .point{fill:#a4afbb}.trend .s5 .line{stroke:#f06292}.trend .s5 .point{fill:#f06292}
.trend .s0 .band{fill:#6aa7ff}.trend .s1 .band{fill:#f0a050}.trend .s2 .band{fill:#7bc67e}.trend .s3 .band{fill:#d48be0}.trend .s4 .band{fill:#a4afbb}.trend .s5 .band{fill:#f06292}.trend .band{opacity:.2}}`;

export const renderComparisonHtml: Renderer<Comparison> = (comparison, { lang }) => {
  const view = comparisonView(comparison, lang);
  const w = words(lang).progress;
  const dates = comparison.snapshots.map((s) => s.date ?? w.noDate);
  const sections = view.sections.map((s) => sectionHtml(s, lang));
  const trend = trendSection(comparison, dates, lang);
  const runningHead = [comparison.territory, dates.join(' → ')].join(' · ');
  const titles = [view.sections[0]!.title, w.trendChart, ...view.sections.slice(1).map((s) => s.title)];
  return `${pageHead(lang, view.title, runningHead, words(lang).html.page, TREND_STYLE)}
<header>
<h1>${e(view.title)}</h1>
<ul class="facts"><li>${e(words(lang).report.labelled({ label: view.snapshotsLabel, value: view.snapshots.join(' → ') }))}</li></ul>
${view.notes.map((n) => `<p class="note">${e(n)}</p>`).join('\n')}
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${e(w.contents)}</h2><ol>${titles.map((t, i) => `<li><a href="#s${i}">${i + 1}. ${e(t)}</a></li>`).join('')}</ol></nav>
</header>
<main>
${[sections[0], trend, ...sections.slice(1)].map((body, i) => `<section id="s${i}" aria-labelledby="s${i}-title">\n<h2 id="s${i}-title">${i + 1}. ${e(titles[i]!)}</h2>\n${body}\n</section>`).join('\n')}
${pageFoot(`<p class="note">${e(w.embedded)}</p>`, COMPARISON_EMBEDDED_ID, comparison)}`;
};

function sectionHtml(section: Section, lang: Lang): string {
  const out: string[] = [];
  if (section.table) {
    const { head, rows, right } = section.table;
    const cell = (tag: 'th' | 'td', text: string, i: number) => `<${tag}${right.includes(i) ? ' class="num"' : ''}><bdi>${e(text)}</bdi></${tag}>`;
    out.push(`<div class="table-wrap" tabindex="0" role="region" aria-label="${e(words(lang).html.tableOf({ title: section.title }))}"><table><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('')}</tbody></table></div>`);
  }
  if (section.items) out.push(`<ul>${section.items.map((item) => `<li><bdi>${e(item)}</bdi></li>`).join('')}</ul>`);
  if (section.paragraphs) pushAll(out, section.paragraphs.map((p) => `<p>${e(p)}</p>`));
  return out.join('\n');
}

/** The chart and, as its text equivalent, the table of every score and range at every date. */
function trendSection(comparison: Comparison, dates: readonly string[], lang: Lang): string {
  const w = words(lang).progress;
  const last = comparison.snapshots[comparison.snapshots.length - 1]!;
  const label = (id: string) => (id === 'overall' ? w.overall : localize(comparison.dimensions.find((d) => d.id === id)?.label, lang) || id);
  const ids = [...last.dimensions.map((d) => d.id), 'overall'];
  const figureAt = (snapshot: Comparison['snapshots'][number], id: string) => (id === 'overall' ? snapshot.overall : snapshot.dimensions.find((d) => d.id === id));
  const series: TrendSeries[] = ids.map((id) => ({
    id,
    label: label(id),
    points: comparison.snapshots.map((s) => {
      const f = figureAt(s, id);
      if (!f || f.score === null || f.score === undefined) return null;
      return { score: f.score, low: f.range?.low ?? f.score, high: f.range?.high ?? f.score };
    }),
  }));
  const num = (v: number) => formatScore(v, lang);
  const cellOf = (p: TrendSeries['points'][number]) => (p === null ? words(lang).report.none : p.high > p.low ? `${num(p.score)} (${num(p.low)}–${num(p.high)})` : num(p.score));
  const table = `<div class="table-wrap" tabindex="0" role="region" aria-label="${e(words(lang).html.tableOf({ title: w.trendTable }))}"><table class="trend-table"><caption>${e(w.trendTable)}</caption><thead><tr><th>${e(w.date)}</th>${series.map((s) => `<th class="num"><bdi>${e(s.label)}</bdi></th>`).join('')}</tr></thead><tbody>${dates
    .map((d, i) => `<tr><td>${e(d)}</td>${series.map((s) => `<td class="num" data-series="${e(s.id)}">${e(cellOf(s.points[i]!))}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
  return `<figure>${trendSvg(dates, series, w.trendChart)}<figcaption>${e(w.trendCaption)}</figcaption></figure>\n${table}`;
}
