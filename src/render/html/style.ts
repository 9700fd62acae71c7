// The report's one stylesheet: light and dark by the reader's setting, fluid from a phone to a
// projector, and an A4 print layout (sections on new pages, charts never cut, territory and date
// at the top of every page, page numbers at the bottom). System fonts only: nothing to fetch.
import { cssString, escapeHtml, embedJsonPieces } from './escape.js';

/** The page may show itself and its inline styles and data: images; nothing else, and nothing from the network. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function stylesheet(runningHead: string, pageWord: string): string {
  return `:root{color-scheme:light dark;--bg:#fff;--ink:#1b1f24;--muted:#555e68;--line:#d0d7de;--soft:#f3f5f8;--accent:#1a5fc9;--band:rgba(26,95,201,.2);--possible:#9bb9ea;--warn:#8a5300;--warn-bg:#fff6e0}
@media (prefers-color-scheme:dark){:root{--bg:#0f1419;--ink:#e6edf3;--muted:#a4afbb;--line:#3a434d;--soft:#18202a;--accent:#6aa7ff;--band:rgba(106,167,255,.25);--possible:#35507a;--warn:#f0b75a;--warn-bg:#2a2110}}
*{box-sizing:border-box}
html{font:clamp(15px,.55vw + 12.5px,22px)/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;background:var(--bg);color:var(--ink);-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:62rem;padding:1rem clamp(.75rem,3vw,2.5rem) 3rem;overflow-wrap:break-word}
a{color:var(--accent);text-underline-offset:.15em}
a:focus-visible,.table-wrap:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0}
h2{font-size:1.35rem;margin:0 0 .75rem;padding-top:.5rem;border-top:3px solid var(--accent)}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
section{margin:2.5rem 0}
.facts{color:var(--muted);margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.toc{background:var(--soft);padding:.75rem 1.25rem;border-radius:.5rem;margin-top:1.5rem}
.toc h2{border:0;padding:0;font-size:1rem;margin:0 0 .25rem}
.toc ol{margin:0;padding-left:1.5rem;columns:2 16rem}
.toc li{padding:.1rem 0}
.glance{display:grid;gap:1rem 2rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));align-items:center}
.level-badge{font-size:1.6rem;font-weight:700;color:var(--accent);margin:.25rem 0}
.certainty{display:inline-block;font-size:.8rem;font-weight:600;padding:.05rem .5rem;border-radius:1rem;border:1px solid currentColor;vertical-align:middle;color:var(--muted)}
.certainty.established{color:var(--accent)}
.certainty.to-confirm{color:var(--warn)}
figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid;container-type:inline-size}
figcaption{color:var(--muted);font-size:.85rem;margin-top:.25rem}
.chart{display:block;width:100%;height:auto;max-width:100%;font-family:inherit}
.radar{max-width:40rem;margin:auto}
.heatmap{max-width:44rem}
.small-multiples{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,21rem),1fr))}
.group-radar figcaption{text-align:center;font-weight:600;color:var(--ink)}
.questions td:first-child{width:40%}
.chart text{fill:var(--ink);font-size:22px}
.chart .tick,.chart .ring-label{fill:var(--muted)}
.radar text{font-size:21px}
.heatmap text{font-size:20px}
.chart .grid,.chart .axis{fill:none;stroke:var(--line);stroke-width:1}
.chart .band{fill:var(--band);stroke:none}
.radar .shape{fill:none;stroke:var(--accent);stroke-width:2.5}
.chart .point{fill:var(--accent);stroke:var(--bg);stroke-width:1.5}
.ladder .step{fill:var(--soft);stroke:var(--line)}
.ladder .step.reached{fill:var(--accent);stroke:var(--accent)}
.ladder .step.possible{fill:var(--possible);stroke:var(--accent);stroke-dasharray:4 3}
.ladder .step-label.reached{fill:var(--bg);font-weight:700}
.ladder .marker{stroke:var(--ink);stroke-width:2.5}
.ladder .marker-head{fill:var(--ink)}
.heatmap .cell{fill:var(--accent)}
.heatmap .cell.empty{fill:none;stroke:var(--line);stroke-dasharray:4 3}
.heatmap .cell-text{font-size:22px;font-weight:600}
.heatmap .cell-text.strong{fill:var(--bg)}
.heatmap .small{font-size:19px;font-weight:400}
@container (min-width:560px){.chart text,.radar text,.heatmap text{font-size:15px}.heatmap .cell-text{font-size:17px}.heatmap .small{font-size:13px}}
.spread .spread-line{stroke:var(--muted);stroke-width:3}
.spread .spread-end{fill:var(--muted)}
.meter{display:block;width:4.5rem;margin:.3rem 0 0 auto}
li .meter{display:inline-block;vertical-align:middle;margin:0 0 0 .4rem}
.meter-track{fill:var(--soft);stroke:var(--line)}
.meter-fill{fill:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.8rem;color:var(--muted);margin:.25rem 0 0;padding:0;list-style:none}
.swatch{display:inline-block;width:.9rem;height:.6rem;margin-right:.3rem;border-radius:2px;vertical-align:middle;border:1px solid var(--accent)}
.swatch.reached{background:var(--accent)}.swatch.possible{background:var(--possible);border-style:dashed}.swatch.band{background:var(--band);border:0}.swatch.score{width:3px;background:var(--ink);border:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}
th{overflow-wrap:normal;word-break:normal;hyphens:manual}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
.table-wrap>table{margin:0}
thead th{border-bottom:2px solid var(--line);font-size:.9em}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;overflow-wrap:normal}
td.num{white-space:nowrap}
td.range{white-space:normal}
td.num .note{display:block;white-space:normal}
@media (max-width:30rem){th,td{padding:.3rem .2rem}table{font-size:.8rem}}
tr.total th,tr.total td{font-weight:700}
.actions li,.checks li{margin:.5rem 0}
.gain{font-weight:700;color:var(--accent);white-space:nowrap}
.note,.muted{color:var(--muted);font-size:.85rem}
.advice{display:block;color:var(--muted);font-size:.9rem}
.warnings li{background:var(--warn-bg);color:var(--ink);border-left:4px solid var(--warn);padding:.35rem .75rem;margin:.35rem 0;list-style:none}
.warnings ul{padding:0}
.notes li{margin:.25rem 0}
@page{size:A4;margin:18mm 14mm 18mm;@top-center{content:${cssString(runningHead)};font:9pt system-ui,sans-serif;color:#555}@bottom-right{content:${cssString(pageWord)} " " counter(page) " / " counter(pages);font:9pt system-ui,sans-serif;color:#555}}
@media print{
:root{--bg:#fff;--ink:#000;--muted:#444;--line:#bbb;--soft:#f2f2f2;--accent:#1a5fc9;--band:rgba(26,95,201,.2);--possible:#9bb9ea;--warn:#8a5300;--warn-bg:#fff6e0;color-scheme:light}
html{font-size:10pt}
table{font-size:.85rem}
th,td{padding:.2rem .4rem}
h3{margin:1rem 0 .4rem}
figure{margin:.5rem 0}
.ladder{max-width:36rem}
body{max-width:none;padding:0}
section{margin:0}
h2,h3,h4,caption,h2+p,h3+p{break-after:avoid}
tr,li,figure,.chart,.glance,.dimension-figures,.toc{break-inside:avoid}
thead{display:table-header-group}
.table-wrap{display:contents}
a{color:inherit;text-decoration:none}
.toc ol{columns:1}
.radar,.group-radar{width:100%;max-width:26rem;margin-left:auto;margin-right:auto}
.small-multiples{grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`.replace(/\n/g, '');
}

/** The start of every page cocon writes, up to <body>: one policy (no script, nothing fetched), one stylesheet (plus `extra`). */
export function pageHead(lang: string, title: string, runningHead: string, pageWord: string, extra = ''): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cocon">
<title>${escapeHtml(title)}</title>
<style>${stylesheet(runningHead, pageWord)}${extra ? `\n${extra}` : ''}</style>
</head>
<body>`;
}

/**
 * The end of every page cocon writes, from </main>: its notes (HTML already escaped), the document
 * it was drawn from as JSON (which `report` and `compare` read back), and the closing tags.
 */
export function pageFoot(notesHtml: string, embeddedId: string, document: unknown): string {
  return [...pageFootPieces(notesHtml, embeddedId, document)].join('');
}

/** The same in pieces: the JSON of a diagnostic of 10,000 respondents is 31 MB. */
export function* pageFootPieces(notesHtml: string, embeddedId: string, document: unknown): Generator<string> {
  yield `</main>
<footer>${notesHtml}</footer>
<script type="application/json" id="${embeddedId}">
`;
  yield* embedJsonPieces(document);
  yield `
</script>
</body>
</html>
`;
}
