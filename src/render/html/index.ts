// The HTML report: one self-contained page (inline CSS and SVG, nothing fetched, no script run:
// its Content-Security-Policy forbids both), in the order a facilitator presents a diagnostic.
// The diagnostic itself rides along as JSON, so `cocon report rapport.html` can read it back.
// Every string from a file goes through escapeHtml (escapeContent in element content); strings
// that sit inside a sentence are also isolated in <bdi>, so right-to-left text cannot reorder the
// words around it.
import { localize, type Lang, type Text } from '../../core/text.js';
import { words } from '../../i18n/catalogues.js';
import type { Diagnostic, DimensionResult } from '../../diagnostic/contract.js';
import { wholeText, type PieceRenderer, type Renderer } from '../renderer.js';
import { levelReading } from '../reading.js';
import { answerSummary, describeTrigger, endSentence, dimensionLabel, findQuestion, groupLabel, levelCell, levelLabel, levelSentence, percent, holdsPerRespondentData, respondentName, noteAuthor, respondentsFact, scoreNumber, settleSentence, unknownCount } from '../common.js';
import { warningSentences } from '../warnings.js';
import { escapeContent as e, escapeHtml as attr, isolate } from './escape.js';
import { pageFootPieces, pageHead } from './style.js';
import { radarSvg } from './charts/radar.js';
import { ladderSvg, ladderSteps } from './charts/ladder.js';
import { heatmapSvg } from './charts/heatmap.js';
import { spreadSvg } from './charts/spread.js';
import { coverageSvg } from './charts/coverage.js';
import { groupsView, impactMatrix } from '../../diagnostic/view.js';
import { maxOf, minOf, pushAll } from '../../core/arrays.js';

export const EMBEDDED_ID = 'cocon-diagnostic';

export { CONTENT_SECURITY_POLICY } from './style.js';

interface Section {
  id: string;
  title: string;
  body: string;
}


/** The page in pieces: what comes before the embedded diagnostic in one, then the diagnostic's JSON in pieces. */
export const htmlPieces: PieceRenderer<Diagnostic> = function* (diagnostic, { lang }) {
  const w = words(lang).report;
  const h = words(lang).html;
  const title = w.title({ territory: diagnostic.territory });
  const runningHead = [diagnostic.territory, diagnostic.date].filter(Boolean).join(' · ');
  const sections: Section[] = [
    { id: 'glance', title: h.glance, body: glance(diagnostic, lang) },
    { id: 'actions', title: w.actions, body: actions(diagnostic, lang) },
    { id: 'check', title: w.checkBefore, body: checkBefore(diagnostic, lang) },
    { id: 'views', title: h.views, body: views(diagnostic, lang) },
    ...(diagnostic.impacts.length > 0 && diagnostic.dimensions.length > 0 ? [{ id: 'impacts', title: h.impactsMatrix, body: impacts(diagnostic, lang) }] : []),
    { id: 'details', title: w.details, body: details(diagnostic, lang) },
    { id: 'method', title: h.method, body: method(diagnostic, lang) },
  ];
  const facts = [
    ...(diagnostic.date ? [`${w.date}${colon(lang)} ${e(diagnostic.date)}`] : []),
    `${w.questionnaire}${colon(lang)} <bdi>${e(localize(diagnostic.questionnaire.title, lang))}</bdi> (${w.version} <bdi>${e(diagnostic.questionnaire.version)}</bdi>)`,
    `${w.respondents}${colon(lang)} ${e(respondentsLine(diagnostic, lang))}`,
  ];
  yield `${pageHead(lang, title, runningHead, words(lang).html.page)}
<header>
<h1>${e(w.title({ territory: isolate(diagnostic.territory) }))}</h1>
<ul class="facts">${facts.map((f) => `<li>${f}</li>`).join('')}</ul>
${holdsPerRespondentData(diagnostic) ? `<p class="notice"><strong>${e(w.perRespondentNotice)}</strong></p>\n` : ''}<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${e(h.contents)}</h2><ol>${sections.map((s, i) => `<li><a href="#${s.id}">${i + 1}. ${e(s.title)}</a></li>`).join('')}</ol></nav>
</header>
<main>
${sections.map((s, i) => `<section id="${s.id}" aria-labelledby="${s.id}-title">\n<h2 id="${s.id}-title">${i + 1}. ${e(s.title)}</h2>\n${scrollingTables(s.body, s.id)}\n</section>`).join('\n')}
`;
  yield* pageFootPieces(`<p class="note">${e(w.levelsOwn)}</p><p class="note">${e(h.embedded)} ${e(w.footer)}</p>`, EMBEDDED_ID, diagnostic);
};

/**
 * Each table in a box of its own width that scrolls sideways, should a narrow screen leave it less
 * room than its headers' longest words and its figures (never broken): the page itself never does.
 * The box takes the keyboard focus (to scroll it) and the table's caption as its name. `<table`
 * and `<caption>` can only be markup here, every text having been escaped.
 */
function scrollingTables(html: string, section: string): string {
  let n = 0;
  return html
    .replace(/<table\b([^>]*)><caption>/g, (_, attributes: string) => {
      const id = `${section}-table-${++n}`;
      return `<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${id}"><table${attributes}><caption id="${id}">`;
    })
    .replace(/<\/table>/g, '</table></div>');
}

export const renderHtml: Renderer<Diagnostic> = wholeText(htmlPieces);

/** The colon between a label and its value, as the language writes it (French: a narrow space before). */
const colon = (lang: Lang) => words(lang).report.labelled({ label: '', value: '' }).trimEnd();
const num = (value: number | null | undefined, lang: Lang) => scoreNumber(value, lang);

function respondentsLine(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  if (diagnostic.respondents.length === 1) return respondentName(diagnostic, 0, lang);
  const types = [...new Set(diagnostic.respondents.map((r) => groupLabel(r.group, lang)))].join(', ');
  return `${w.respondentCount({ count: diagnostic.respondents.length })} (${types})`;
}

function certaintyBadge(figure: { certainty?: DimensionResult['certainty'] }, lang: Lang): string {
  const status = figure.certainty?.status;
  return status ? ` <span class="certainty ${status}">${e(words(lang).report.certainty[status])}</span>` : '';
}

function glance(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  const h = words(lang).html;
  const o = diagnostic.overall;
  const text = (t: Text | undefined) => localize(t, lang);
  const range = o.range && o.range.low !== o.range.high ? h.sentenceRange({ low: num(o.range.low, lang), high: num(o.range.high, lang) }) : '';
  const scored = diagnostic.dimensions.filter((d) => d.score !== null);
  const sorted = [...scored].sort((a, b) => b.score! - a.score!);
  const sentences = [
    o.level !== null && o.certainty?.status !== 'insufficient-data'
      ? h.sentenceLevel({ level: levelSentence(diagnostic, o, lang), score: num(o.score, lang), range })
      : h.sentenceLevelNone({ range }),
    sorted.length > 1
      ? h.sentenceForms({ best: isolate(text(sorted[0]!.label)), bestScore: num(sorted[0]!.score, lang), worst: isolate(text(sorted.at(-1)!.label)), worstScore: num(sorted.at(-1)!.score, lang) })
      : sorted.length === 1 ? h.sentenceFormsOne({ dimension: isolate(text(sorted[0]!.label)), score: num(sorted[0]!.score, lang) }) : '',
    h.sentenceNext({ actions: diagnostic.recommendations.length, checks: diagnostic.checkBefore.length }),
  ].filter(Boolean);
  const rings = ladderSteps(diagnostic.levels.map((l) => ({ id: l.id, label: text(l.label), min: l.min }))).map((s) => ({ value: s.from, label: s.level.label }));
  const radar = radarSvg(
    diagnostic.dimensions.map((d) => ({ id: d.id, label: text(d.label), score: d.score, range: d.range })),
    { title: h.radarTitle({ territory: diagnostic.territory }), rings },
  );
  const rows = diagnostic.dimensions.map((d) => summaryRow(diagnostic, text(d.label), d, lang, false));
  rows.push(summaryRow(diagnostic, w.overall, o, lang, true));
  const table = `<table class="summary"><caption>${e(w.summary)}</caption><thead><tr><th scope="col">${e(w.dimension)}</th><th scope="col" class="num">${e(w.score)}</th><th scope="col" class="num">${e(h.range)}</th><th scope="col">${e(w.level)}</th><th scope="col" class="num">${e(w.coverage)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<div class="glance">
<div>
<p>${e(h.overallLevel)}</p>
<p class="level-badge">${e(o.certainty?.status === 'insufficient-data' ? w.none : levelLabel(diagnostic, o.level, lang))}${certaintyBadge(o, lang)}</p>
<p>${e(h.overallScore)}${e(colon(lang))} <strong>${e(num(o.score, lang))}</strong> / 100</p>
${sentences.map((s) => `<p>${e(s)}</p>`).join('\n')}
</div>
<figure id="radar">${radar}<figcaption>${e(h.radarCaption)}</figcaption></figure>
</div>
${table}`;
}

function summaryRow(diagnostic: Diagnostic, label: string, figure: Diagnostic['overall'] | DimensionResult, lang: Lang, total: boolean): string {
  const h = words(lang).html;
  const range = figure.range ? `${num(figure.range.low, lang)}–${num(figure.range.high, lang)}` : words(lang).report.none;
  const id = 'id' in figure ? ` data-dimension="${attr(figure.id)}"` : ' data-dimension="overall"';
  const meter = figure.coverage < 100 ? coverageSvg(figure.coverage, h.coverageMeter({ value: percent(figure.coverage, lang) })) : '';
  return `<tr${total ? ' class="total"' : ''}${id}><th scope="row"><bdi>${e(label)}</bdi></th><td class="num" data-score>${e(num(figure.score, lang))}</td><td class="num range" data-range>${e(range)}</td><td>${e(levelCell(diagnostic, figure, lang))}</td><td class="num" data-coverage>${e(percent(figure.coverage, lang))}${meter}</td></tr>`;
}

function actions(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  const text = (t: Text | undefined) => localize(t, lang);
  const out: string[] = [];
  if (diagnostic.patterns.length > 0) {
    out.push(`<h3>${e(w.patterns)}</h3><ul class="patterns">`);
    for (const p of diagnostic.patterns) {
      const triggers = p.triggers.map((t) => isolate(describeTrigger(diagnostic, t, lang))).join(words(lang).report.separator);
      out.push(`<li><strong><bdi>${e(text(p.text))}</bdi></strong><br><span class="note">${e(endSentence(`${w.triggeredBy}${colon(lang)} ${triggers}`))}</span></li>`);
    }
    out.push('</ul>');
  }
  if (diagnostic.recommendations.length === 0) {
    out.push(`<p>${e(w.noActions)}</p>`);
  } else {
    out.push('<ol class="actions">');
    for (const r of diagnostic.recommendations) {
      const dimension = dimensionLabel(diagnostic, r.dimension, lang);
      const gain = r.kind !== 'establish' && r.gain !== undefined ? ` <span class="gain">${e(w.gain({ points: num(r.gain, lang), count: r.gain }))}</span>` : '';
      const who = r.kind === 'establish' && r.whoKnows?.length ? w.establishWho({ who: r.whoKnows.map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? isolate(a)).join(', ') }) : '';
      const detail = r.kind === 'question' && r.advice ? `<span class="advice"><bdi>${e(text(r.advice))}</bdi></span>` : who ? `<span class="advice">${e(who)}</span>` : '';
      const action = r.kind === 'settle' ? settleSentence(diagnostic, r, lang) : text(r.kind === 'question' && r.advice ? r.advice : r.text);
      out.push(`<li><strong><bdi>${e(action)}</bdi></strong>${gain} <span class="muted">(<bdi>${e(dimension)}</bdi>)</span>${r.kind === 'question' && r.advice ? `<span class="advice">${e(w.question)}${e(colon(lang))} <bdi>${e(text(r.text))}</bdi></span>` : detail}</li>`);
    }
    out.push('</ol>');
    if (diagnostic.recommendations.some((r) => r.kind !== 'establish' && r.gain !== undefined)) out.push(`<p class="note">${e(w.gainMeaning)}</p>`);
  }
  out.push(`<h3>${e(w.strengths)}</h3>`);
  if (diagnostic.strengths.length === 0) out.push(`<p>${e(w.noStrengths)}</p>`);
  else {
    out.push('<ul class="strengths">');
    for (const s of diagnostic.strengths) {
      const q = findQuestion(diagnostic, s.question);
      out.push(`<li><bdi>${e(dimensionLabel(diagnostic, s.dimension, lang))}</bdi> — <bdi>${e(q ? answerSummary(q, diagnostic, lang) : s.question)}</bdi> <span class="muted">(<bdi>${e(q ? text(q.text) : s.question)}</bdi>, ${e(num(q?.score, lang))} / 100)</span></li>`);
    }
    out.push('</ul>');
  }
  return out.join('\n');
}

function checkBefore(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  const out: string[] = [];
  if (diagnostic.checkBefore.length === 0) {
    out.push(`<p>${e(words(lang).html.noChecks)}</p>`);
  } else {
    out.push(`<p>${e(w.checkBeforeIntro)}</p><ol class="checks">`);
    for (const item of diagnostic.checkBefore) {
      const question = findQuestion(diagnostic, item.question);
      const parts = [
        ...(item.foundation ? [w.checkBeforeFoundation] : []),
        w.checkBeforeLine({ dimension: isolate(dimensionLabel(diagnostic, item.dimension, lang)), points: num(item.swing, lang), count: item.swing }),
        ...(item.levels.low !== item.levels.high ? [w.checkBeforeLevels({ low: isolate(levelLabel(diagnostic, item.levels.low, lang)), high: isolate(levelLabel(diagnostic, item.levels.high, lang)) })] : []),
        ...(diagnostic.respondents.length > 1 ? [w.checkBeforeRespondents({ count: unknownCount(item) })] : []),
        ...(item.whoKnows?.length ? [w.checkBeforeWho({ who: item.whoKnows.map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? isolate(a)).join(', ') })] : []),
      ];
      out.push(`<li><strong><bdi>${e(question ? localize(question.text, lang) : item.question)}</bdi></strong><br><span class="note">${e(parts.join(words(lang).report.separator))}</span></li>`);
    }
    out.push('</ol>');
  }
  if (diagnostic.warnings.length > 0) {
    out.push(`<div class="warnings"><h3>${e(w.warnings)}</h3><ul>${warningSentences(diagnostic, lang).map((sentence) => `<li>${e(sentence)}</li>`).join('')}</ul></div>`);
  }
  return out.join('\n');
}

function views(diagnostic: Diagnostic, lang: Lang): string {
  const h = words(lang).html;
  if (diagnostic.respondents.length < 2) return `<p>${e(h.viewsOne)}</p>`;
  return [groups(diagnostic, lang), divergence(diagnostic, lang), respondentSpread(diagnostic, lang)].filter(Boolean).join('\n');
}

/** Each world's radar (only groups above the privacy floor exist in the diagnostic), and their figures as a table. */
function groups(diagnostic: Diagnostic, lang: Lang): string {
  const g = diagnostic.groups;
  if (!g) return '';
  const w = words(lang).report;
  const h = words(lang).html;
  const out = [`<h3>${e(w.groups)}</h3>`, `<p>${e(w.groupsIntro({ min: g.minSize }))}</p>`];
  if (g.list.length > 0) {
    // Small multiples: only the outer ring (100); the levels' rings are on the main radar.
    const rings: { value: number; label: string }[] = [];
    const radars = g.list.map((group) => {
      const label = groupLabel(group.id, lang);
      const axes = diagnostic.dimensions.map((d) => ({ id: d.id, label: localize(d.label, lang), score: group.dimensions.find((x) => x.id === d.id)?.score ?? null, range: null }));
      return `<figure class="group-radar" data-group="${attr(group.id)}">${radarSvg(axes, { title: h.groupRadarTitle({ group: label }), rings })}<figcaption>${e(label)} (${e(w.respondentCount({ count: group.respondents }))})</figcaption></figure>`;
    });
    out.push(`<div class="small-multiples">${radars.join('')}</div>`);
    out.push(`<table class="groups-table"><caption>${e(w.groups)}</caption><thead><tr><th scope="col">${e(w.group)}</th><th scope="col" class="num">${e(w.respondents)}</th>${diagnostic.dimensions.map((d) => `<th scope="col" class="num"><bdi>${e(localize(d.label, lang))}</bdi></th>`).join('')}<th scope="col" class="num">${e(w.overall)}</th></tr></thead><tbody>${g.list
      .map((group) => `<tr data-group="${attr(group.id)}"><th scope="row">${e(groupLabel(group.id, lang))}</th><td class="num">${group.respondents}</td>${diagnostic.dimensions.map((d) => `<td class="num" data-dimension="${attr(d.id)}">${e(num(group.dimensions.find((x) => x.id === d.id)?.score, lang))}</td>`).join('')}<td class="num"><strong>${e(num(group.overall, lang))}</strong></td></tr>`)
      .join('')}</tbody></table>`);
  }
  if (g.pooled.length > 0 && g.omitted === 0) out.push(`<p class="note">${e(w.groupsPooled({ types: g.pooled.map((id) => groupLabel(id, lang)).join(', ') }))}</p>`);
  if (g.unnamed) out.push(`<p class="note">${e(w.groupsUnnamed({ count: g.unnamed }))}</p>`);
  if (g.omitted > 0) out.push(`<p class="note">${e(w.groupsOmitted({ count: g.omitted }))}</p>`);
  return out.join('\n');
}

/** Where the groups differ: per dimension, the groups' scores on one line (the spread), then the questions that separate them most. */
function divergence(diagnostic: Diagnostic, lang: Lang): string {
  const dv = diagnostic.divergence;
  const g = diagnostic.groups;
  if (!dv || !g) return '';
  const w = words(lang).report;
  const h = words(lang).html;
  const out = [`<h3>${e(w.divergent)}</h3>`, `<p>${e(w.divergentIntro)}</p>`];
  const rows = dv.dimensions.map((x) => {
    const scores = g.list.map((group) => group.dimensions.find((d) => d.id === x.dimension)?.score ?? null).filter((v): v is number => v !== null);
    const d = diagnostic.dimensions.find((y) => y.id === x.dimension);
    return { id: x.dimension, label: dimensionLabel(diagnostic, x.dimension, lang), score: d?.score ?? null, min: scores.length ? minOf(scores) : null, max: scores.length ? maxOf(scores) : null };
  });
  if (rows.length > 0) {
    out.push(`<figure class="divergence">${spreadSvg(rows, h.divergenceTitle)}<figcaption>${e(h.divergenceCaption)}</figcaption></figure>`);
    out.push(`<table class="divergence-table"><caption>${e(h.divergenceTitle)}</caption><thead><tr><th scope="col">${e(w.dimension)}</th><th scope="col" class="num">${e(h.gap)}</th><th scope="col">${e(h.agreementWord)}</th></tr></thead><tbody>${dv.dimensions
      .map((x) => `<tr data-dimension="${attr(x.dimension)}"><th scope="row"><bdi>${e(dimensionLabel(diagnostic, x.dimension, lang))}</bdi></th><td class="num" data-spread>${e(num(x.spread, lang))}</td><td>${e(w.agreement[x.label])}</td></tr>`)
      .join('')}</tbody></table>`);
  }
  const { divergent } = groupsView(dv);
  if (divergent.length === 0) out.push(`<p>${e(w.noDivergence)}</p>`);
  else {
    out.push('<ol class="divergent">');
    for (const q of divergent) {
      const question = findQuestion(diagnostic, q.question);
      const answers = q.groups.map((group) => {
        const parts = group.distribution.map((d) => `${localize(question?.options?.find((o) => o.id === d.key)?.label, lang) || d.key} ${d.count}`);
        if (group.unknown > 0) parts.push(`${w.status.unknown} ${group.unknown}`);
        if (group.notApplicable > 0) parts.push(`${w.status['not-applicable']} ${group.notApplicable}`);
        return `${groupLabel(group.id, lang)} ${num(group.score, lang)}${parts.length ? ` (${parts.map(isolate).join(', ')})` : ''}`;
      });
      out.push(`<li><strong><bdi>${e(question ? localize(question.text, lang) : q.question)}</bdi></strong> — ${e(w.spread({ points: num(q.spread, lang), count: q.spread }))} (${e(w.agreement[q.label])})<br><span class="note">${e(answers.join(words(lang).report.separator))}</span></li>`);
    }
    out.push('</ol>');
  }
  return out.join('\n');
}

/** How far individual respondents are apart, per dimension (from the lowest to the highest). */
function respondentSpread(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  const h = words(lang).html;
  // The lowest and highest are single respondents: only a per-respondent diagnostic has them.
  if (diagnostic.dimensions.some((d) => d.respondents.min === undefined)) return '';
  const rows = diagnostic.dimensions.map((d) => ({ id: d.id, label: localize(d.label, lang), score: d.score, min: d.respondents.min ?? null, max: d.respondents.max ?? null }));
  const widest = rows.filter((r) => r.min !== null && r.max !== null).sort((a, b) => b.max! - b.min! - (a.max! - a.min!))[0];
  const sentence = widest ? `<p>${e(h.widestGap({ dimension: isolate(widest.label), gap: num(Math.round((widest.max! - widest.min!) * 10) / 10, lang) }))}</p>` : '';
  const table = `<table class="spread-table"><caption>${e(h.spreadTitle)}</caption><thead><tr><th scope="col">${e(w.dimension)}</th><th scope="col" class="num">${e(w.respondents)}</th><th scope="col" class="num">${e(h.lowest)}</th><th scope="col" class="num">${e(h.highest)}</th><th scope="col" class="num">${e(w.score)}</th></tr></thead><tbody>${diagnostic.dimensions
    .map((d) => `<tr data-dimension="${attr(d.id)}"><th scope="row"><bdi>${e(localize(d.label, lang))}</bdi></th><td class="num">${d.respondents.count}</td><td class="num" data-min>${e(num(d.respondents.min, lang))}</td><td class="num" data-max>${e(num(d.respondents.max, lang))}</td><td class="num">${e(num(d.score, lang))}</td></tr>`)
    .join('')}</tbody></table>`;
  return `<h3>${e(h.spreadTitle)}</h3>${sentence}<figure class="respondent-spread">${spreadSvg(rows, h.spreadTitle)}<figcaption>${e(h.spreadCaption)}</figcaption></figure>${table}`;
}

function impacts(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  const h = words(lang).html;
  const matrix = impactMatrix(diagnostic);
  const rows = diagnostic.dimensions.map((d) => ({ id: d.id, label: localize(d.label, lang) }));
  const columns = diagnostic.impacts.map((i) => ({ id: i.id, label: localize(i.label, lang) }));
  const svg = heatmapSvg({ rows, columns, cells: matrix, number: (v) => num(v, lang), coverageNote: (v) => h.coverageShort({ value: percent(v, lang) }), none: w.none }, h.heatTitle);
  const cell = (c: (typeof matrix)[number][number]) =>
    c.score === null ? e(c.weight === 0 ? h.heatNoQuestion : w.none) : `${e(num(c.score, lang))}${c.coverage < 100 ? ` <span class="note">(${e(h.coverageOf({ value: percent(c.coverage, lang) }))})</span>` : ''}`;
  const overall = `<tr class="total" data-dimension="overall"><th scope="row">${e(w.overall)}</th>${diagnostic.impacts.map((i) => `<td class="num" data-impact="${attr(i.id)}" data-score="${i.score ?? ''}">${e(num(i.score, lang))}${i.coverage < 100 ? ` <span class="note">(${e(h.coverageOf({ value: percent(i.coverage, lang) }))})</span>` : ''}</td>`).join('')}</tr>`;
  const table = `<table class="impacts-table"><caption>${e(h.heatTitle)}</caption><thead><tr><th scope="col">${e(w.dimension)}</th>${columns.map((c) => `<th scope="col" class="num"><bdi>${e(c.label)}</bdi></th>`).join('')}</tr></thead><tbody>${diagnostic.dimensions
    .map((d, i) => `<tr data-dimension="${attr(d.id)}"><th scope="row"><bdi>${e(localize(d.label, lang))}</bdi></th>${diagnostic.impacts.map((impact, j) => `<td class="num" data-impact="${attr(impact.id)}" data-score="${matrix[i]![j]!.score ?? ''}">${cell(matrix[i]![j]!)}</td>`).join('')}</tr>`)
    .join('')}${overall}</tbody></table>`;
  const descriptions = diagnostic.impacts.filter((i) => i.description).map((i) => `<li><strong><bdi>${e(localize(i.label, lang))}</bdi></strong>${e(colon(lang))} <bdi>${e(localize(i.description, lang))}</bdi></li>`);
  return `<figure>${svg}<figcaption>${e(h.heatCaption)}</figcaption></figure>${table}${descriptions.length ? `<ul class="note">${descriptions.join('')}</ul>` : ''}`;
}

function details(diagnostic: Diagnostic, lang: Lang): string {
  const h = words(lang).html;
  // The ladders' legend, once for all of them.
  const legend = `<ul class="legend" aria-hidden="true"><li><span class="swatch reached"></span>${e(h.legendReached)}</li><li><span class="swatch possible"></span>${e(h.legendPossible)}</li><li><span class="swatch score"></span>${e(h.legendScore)}</li><li><span class="swatch band"></span>${e(h.legendRange)}</li></ul>`;
  return [legend, ...diagnostic.dimensions.map((d) => dimensionDetail(diagnostic, d, lang))].join('\n');
}

/** What stands between a dimension and the level above the one it reached. */
function nextLevelText(diagnostic: Diagnostic, d: DimensionResult, lang: Lang): string {
  const h = words(lang).html;
  const text = (t: Text | undefined) => localize(t, lang);
  const steps = ladderSteps(diagnostic.levels.map((l) => ({ id: l.id, label: text(l.label), min: l.min })));
  const index = d.level === null ? -1 : steps.findIndex((s) => s.level.id === d.level);
  if (d.level !== null && index === steps.length - 1) return h.topLevel;
  const next = steps[index + 1];
  if (!next || d.score === null) return '';
  const parts: string[] = [];
  const gap = Math.round((next.from - d.score) * 10) / 10;
  parts.push(gap > 0 ? h.nextLevel({ level: isolate(next.level.label), min: num(next.from, lang), points: num(gap, lang) }) : h.nextLevelScoreMet({ level: isolate(next.level.label), min: num(next.from, lang) }));
  const blocking = d.requirements.filter((r) => r.level === next.level.id && (r.status === 'unmet' || r.status === 'unknown'));
  if (blocking.length > 0) {
    const described = blocking.map((r) => {
      const q = findQuestion(diagnostic, r.question);
      return `${words(lang).report.requirementLine({ level: isolate(next.level.label), question: isolate(q ? text(q.text) : r.question), minScore: num(r.minScore, lang) })} (${words(lang).report.requirementStatus[r.status]})`;
    });
    parts.push(h.nextLevelBlocked({ requirements: described.join(words(lang).report.separator) }));
  }
  return parts.join(' ');
}

function dimensionDetail(diagnostic: Diagnostic, d: DimensionResult, lang: Lang): string {
  const w = words(lang).report;
  const h = words(lang).html;
  const text = (t: Text | undefined) => localize(t, lang);
  const label = text(d.label);
  const ladder = ladderSvg(
    { levels: diagnostic.levels.map((l) => ({ id: l.id, label: text(l.label), min: l.min })), score: d.score, range: d.range, level: d.level, ...(d.certainty ? { certainty: d.certainty } : {}) },
    h.ladderTitle({ dimension: label }),
  );
  const range = d.range && d.range.low !== d.range.high ? ` (${w.range({ low: num(d.range.low, lang), high: num(d.range.high, lang) })})` : '';
  const ladderText = `${h.ladderSentence({ score: `${num(d.score, lang)}${range}`, level: levelSentence(diagnostic, d, lang) })} ${nextLevelText(diagnostic, d, lang)}`.trim();
  const facts: string[] = [];
  facts.push(`<li>${e(w.coverage)}${e(colon(lang))} ${e(percent(d.coverage, lang))}${d.coverage < 100 ? coverageSvg(d.coverage, h.coverageMeter({ value: percent(d.coverage, lang) })) : ''}</li>`);
  if (diagnostic.respondents.length > 1) facts.push(`<li>${e(w.respondents)}${e(colon(lang))} ${e(respondentsFact(d, lang, (n) => num(n, lang)))}</li>`);
  if (d.certainty?.deciding.length) {
    facts.push(`<li>${e(w.deciding)}${e(colon(lang))} ${d.certainty.deciding.map((id) => { const q = findQuestion(diagnostic, id); return `<bdi>${e(q ? text(q.text) : id)}</bdi>`; }).join(words(lang).report.separator)}</li>`);
  }
  const reading = levelReading(diagnostic, d, lang);
  if (reading) facts.push(`<li>${e(w.readingLabel)}${e(colon(lang))} <bdi>${e(reading.reached)}</bdi></li>`);
  if (reading?.next) facts.push(`<li>${e(reading.next.label)}${e(colon(lang))} <bdi>${e(reading.next.text)}</bdi></li>`);
  for (const r of d.requirements) {
    const q = findQuestion(diagnostic, r.question);
    facts.push(`<li>${e(w.requirements)}${e(colon(lang))} ${e(w.requirementLine({ level: isolate(levelLabel(diagnostic, r.level, lang)), question: isolate(q ? text(q.text) : r.question), minScore: num(r.minScore, lang) }))} — ${e(w.requirementStatus[r.status])}${r.reason ? ` (<bdi>${e(text(r.reason))}</bdi>)` : ''}</li>`);
  }
  const rows = d.questions.map((q) => `<tr><td><bdi>${e(text(q.text))}</bdi></td><td><bdi>${e(answerSummary(q, diagnostic, lang))}</bdi></td><td class="num">${e(q.status === 'not-scored' ? w.none : num(q.score, lang))}</td></tr>`);
  const notes = d.questions.flatMap((q) => q.responses.filter((r) => r.comment || r.evidence).map((r) => {
    const who = diagnostic.respondents.length > 1 ? ` <span class="muted">(<bdi>${e(noteAuthor(diagnostic, r, lang))}</bdi>)</span>` : '';
    const parts = [r.comment ? `${e(w.comment)}${e(colon(lang))} <bdi>${e(r.comment)}</bdi>` : '', r.evidence ? `${e(w.evidence)}${e(colon(lang))} <bdi>${e(r.evidence)}</bdi>` : ''].filter(Boolean);
    return `<li><bdi>${e(text(q.text))}</bdi>${who} — ${parts.join(words(lang).report.separator)}</li>`;
  }));
  return `<article class="dimension" data-dimension="${attr(d.id)}">
<h3><bdi>${e(label)}</bdi> — ${e(num(d.score, lang))} / 100${certaintyBadge(d, lang)}</h3>
${d.description ? `<p><bdi>${e(text(d.description))}</bdi></p>` : ''}
<figure class="dimension-figures">${ladder}<figcaption data-ladder-text>${e(ladderText)}</figcaption></figure>
<ul>${facts.join('')}</ul>
<table class="questions"><caption>${e(w.question)}s — <bdi>${e(label)}</bdi></caption><thead><tr><th scope="col">${e(w.question)}</th><th scope="col">${e(w.answer)}</th><th scope="col" class="num">${e(w.score)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${notes.length ? `<h4>${e(w.comments)}</h4><ul class="notes">${notes.join('')}</ul>` : ''}
</article>`;
}

function method(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  const h = words(lang).html;
  const text = (t: Text | undefined) => localize(t, lang);
  const out: string[] = [];
  pushAll(out, w.method.map((p) => `<p>${e(p)}</p>`));
  if (diagnostic.questionnaire.methodology) out.push(`<p><bdi>${e(text(diagnostic.questionnaire.methodology))}</bdi></p>`);
  out.push(`<h3>${e(w.levels)}</h3><ul>`);
  for (const level of diagnostic.levels) {
    const reached = level.id === diagnostic.overall.level ? ` <strong>← ${e(w.reached)}</strong>` : '';
    out.push(`<li><strong><bdi>${e(text(level.label))}</bdi></strong> (${e(w.levelFrom({ min: level.min }))})${level.description ? ` — <bdi>${e(text(level.description))}</bdi>` : ''}${reached}</li>`);
  }
  out.push('</ul>');
  const sources = [...new Set([...diagnostic.patterns.map((p) => text(p.source)), ...diagnostic.recommendations.map((r) => (r.kind === 'advice' ? text(r.source) : ''))].filter(Boolean))];
  if (sources.length > 0) out.push(`<h3>${e(h.sources)}</h3><ul>${sources.map((s) => `<li><bdi>${e(s)}</bdi></li>`).join('')}</ul>`);
  out.push(`<h3>${e(w.respondents)}</h3><ul class="respondents">${diagnostic.respondents.map((_, i) => `<li><bdi>${e(respondentName(diagnostic, i, lang))}</bdi>${diagnostic.respondents[i]!.date ? ` — ${e(diagnostic.respondents[i]!.date!)}` : ''}</li>`).join('')}</ul>`);
  return out.join('\n');
}
