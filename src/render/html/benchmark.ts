// A benchmark as one self-contained HTML page, in the house style of the diagnostic report: the
// same sections as the text formats (benchmark-view.ts), each group's spread of scores drawn as a
// strip per dimension above its table (the chart's text equivalent), and the benchmark's JSON
// embedded. Every string from a file goes through escapeHtml.
import { localize, type Lang } from '../../core/text.js';
import { words } from '../../i18n/catalogues.js';
import type { BenchmarkSchema } from '../../types/schemas.js';
import type { Renderer } from '../renderer.js';
import { benchmarkView, type BenchmarkSection } from '../benchmark-view.js';
import { escapeHtml as e } from './escape.js';
import { pageFoot, pageHead } from './style.js';
import { boxplotSvg, type BoxRow } from './charts/boxplot.js';

type Benchmark = BenchmarkSchema.Benchmark;

export const BENCHMARK_EMBEDDED_ID = 'cocon-benchmark';

// Table cells break between words only (the page breaks anywhere, for long names); headings wrap
// so the eight columns fit, and on a phone a table scrolls by itself (focusable, so a keyboard can
// scroll it too). Strips in the report's accent; the placed territory's diamond in the warning
// colour, outlined so that it reads on the box.
const BOXPLOT_STYLE = `td.num{white-space:nowrap}
td,th{overflow-wrap:break-word}
th{vertical-align:bottom}
.boxplot .whisker{stroke:var(--muted);stroke-width:2}
.boxplot .box{fill:var(--band);stroke:var(--accent);stroke-width:1.5}
.boxplot .median{stroke:var(--ink);stroke-width:3.5}
.boxplot .mine{fill:var(--warn);stroke:var(--bg);stroke-width:1.5}
@media print{section+section{break-before:auto}}`;

export const renderBenchmarkHtml: Renderer<Benchmark> = (benchmark, { lang }) => {
  const view = benchmarkView(benchmark, lang);
  const w = words(lang).network;
  const runningHead = benchmark.territory ? benchmark.territory.name : view.title;
  return `${pageHead(lang, view.title, runningHead, words(lang).html.page, BOXPLOT_STYLE)}
<header>
<h1>${e(view.title)}</h1>
${view.notes.map((n) => `<p class="note">${e(n)}</p>`).join('\n')}
</header>
<main>
${view.sections.map((s, i) => `<section aria-labelledby="s${i}-title">\n<h2 id="s${i}-title"><bdi>${e(s.title)}</bdi></h2>\n${chart(benchmark, s, lang)}${table(s, lang)}\n</section>`).join('\n')}
${pageFoot(`<p class="note">${e(w.embedded)}</p>`, BENCHMARK_EMBEDDED_ID, benchmark)}`;
};

function table(section: BenchmarkSection, lang: Lang): string {
  const { head, rows, right } = section;
  const cell = (tag: 'th' | 'td', text: string, i: number) => `<${tag}${right.includes(i) ? ' class="num"' : ''}><bdi>${e(text)}</bdi></${tag}>`;
  const body = `<div class="table-wrap" tabindex="0" role="region" aria-label="${e(words(lang).html.tableOf({ title: section.title }))}"><table${section.group !== undefined ? ` data-group="${e(section.group)}"` : ''}><thead><tr>${head.map((h, i) => cell('th', h, i)).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('')}</tbody></table></div>`;
  return [body, ...section.notes.map((n) => `<p class="note">${e(n)}</p>`)].join('\n');
}

/** A group's strips, with the placed territory's score where it is compared with that group (its own, or the whole network). */
function chart(b: Benchmark, section: BenchmarkSection, lang: Lang): string {
  const group = section.group !== undefined ? b.groups.find((g) => g.id === section.group) : undefined;
  if (!group) return '';
  const w = words(lang).network;
  const placed = b.territory && (group.kind === 'network' || group.id === b.territory.group) ? b.territory : undefined;
  const label = (id: string) => (id === 'overall' ? w.overall : localize(b.dimensions.find((d) => d.id === id)?.label, lang) || id);
  const rows: BoxRow[] = group.figures.map((f) => ({
    id: f.dimension,
    label: label(f.dimension),
    p10: f.p10,
    p25: f.p25,
    median: f.median,
    p75: f.p75,
    p90: f.p90,
    ...(placed ? { mine: placed.figures.find((p) => p.dimension === f.dimension)?.score ?? null } : {}),
  }));
  const caption = [w.chartCaption, ...(placed ? [w.chartMine({ territory: placed.name })] : [])].join(' ');
  return `<figure>${boxplotSvg(rows, w.chart({ group: section.title }), w.none)}<figcaption>${e(caption)}</figcaption></figure>\n`;
}
