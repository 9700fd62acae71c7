// Terminal summary: one screen, readable at 80 columns. Colour comes only through the chalk
// instance made here from options.color, never from chalk's own guess about the terminal.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { localize, type Text } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import type { Renderer } from './renderer.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { dimensionLabel, findQuestion, groupLabel, holdsPerRespondentData, levelCell, levelLabel, percent, scoreNumber, settleSentence } from './common.js';
import { warningSentences } from './warnings.js';
import { inert, plainTable } from './plain-table.js';
import { targetsText, targetsView } from './targets.js';
import { wrap } from '../core/wrap.js';
import { mapStrings, plainLine } from '../core/sanitize.js';
import { pushAll } from '../core/arrays.js';

const MAX_ACTIONS = 5;
const MAX_CHECKS = 3;
const BAR_CELLS = 10;

/** Partial blocks, one eighth of a cell each: ten cells show the score to 1.25 points. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A score bar in eighths of a cell, with the range the unknown answers allow: `solid` up to the
 * range's low end, `low` from there to the score (same blocks, drawn lighter in colour), `high`
 * from the score to the range's high end (light shade), `rest` to 100.
 */
export function scoreBar(score: number | null, range: { low: number; high: number } | null, cells = BAR_CELLS): { solid: string; low: string; high: string; rest: string } {
  const toCells = (value: number) => Math.max(0, Math.min(cells, (value / 100) * cells));
  if (score === null) return { solid: '', low: '', high: '', rest: '·'.repeat(cells) };
  const eighths = Math.round(toCells(score) * 8);
  const blocks = '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
  const used = Math.ceil(eighths / 8);
  const lowCells = range ? Math.min(Math.floor(eighths / 8), Math.floor(toCells(range.low))) : blocks.length;
  const highCells = range ? Math.max(used, Math.min(cells, Math.round(toCells(range.high)))) : used;
  return { solid: blocks.slice(0, lowCells), low: blocks.slice(lowCells), high: '░'.repeat(highCells - used), rest: '·'.repeat(cells - highCells) };
}

export const renderTerminal: Renderer<Diagnostic> = (untrusted, { lang, color, width, fullReport }) => {
  // Every string of the diagnostic is text from a file: made inert once, here, for the terminal.
  const diagnostic = mapStrings(untrusted, plainLine);
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = words(lang).report;
  const formatNumber = (value: number | null) => scoreNumber(value, lang);
  const columns = Math.max(60, width);
  const t = (text: Text | undefined) => localize(text, lang);
  const out: string[] = [];

  out.push(c.bold(w.title({ territory: diagnostic.territory })));
  const facts = [t(diagnostic.questionnaire.title) + ` ${diagnostic.questionnaire.version}`, w.respondentCount({ count: diagnostic.respondents.length })];
  if (diagnostic.date) facts.unshift(diagnostic.date);
  pushAll(out, wrap(c.dim(facts.join(' · ')), columns)).push('');
  if (holdsPerRespondentData(diagnostic)) pushAll(out, wrap(c.bold(w.perRespondentNotice), columns)).push('');

  const scoreColour = (score: number | null) => (score === null ? c.dim : score >= 60 ? c.green : score >= 40 ? c.yellow : c.red);
  // The bar column goes first when the terminal is narrow; the label column takes what is left.
  const showBar = columns >= 72;
  const fixed = showBar ? [8, 12, 13, 12] : [8, 13, 12];
  const labelWidth = Math.max(14, columns - fixed.reduce((a, b) => a + b, 0) - fixed.length - 2);
  const table = new Table({
    head: [w.dimension, w.score, ...(showBar ? [''] : []), w.level, w.coverage].map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    colWidths: [labelWidth, ...fixed],
    wordWrap: true,
    colAligns: showBar ? ['left', 'right', 'left', 'left', 'right'] : ['left', 'right', 'left', 'right'],
  });
  const drawBar = (score: number | null, range: { low: number; high: number } | null) => {
    const parts = scoreBar(score, range);
    const colour = scoreColour(score);
    return colour(parts.solid) + c.dim(colour(parts.low)) + c.dim(parts.high) + c.dim(parts.rest);
  };
  const row = (label: string, score: number | null, range: { low: number; high: number } | null, level: string, coverage: number, strong = (s: string) => s) => [
    strong(label),
    strong(scoreColour(score)(formatNumber(score))),
    ...(showBar ? [drawBar(score, range)] : []),
    strong(level),
    percent(coverage, lang),
  ];
  for (const d of diagnostic.dimensions) table.push(row(t(d.label), d.score, d.range, levelCell(diagnostic, d, lang), d.coverage));
  const o = diagnostic.overall;
  table.push(row(w.overall, o.score, o.range, levelCell(diagnostic, o, lang), o.coverage, c.bold));
  out.push(table.toString(), '');

  if (diagnostic.impacts.length > 0) {
    const impacts = diagnostic.impacts.map((i) => `${t(i.label)} ${formatNumber(i.score)}`).join(' · ');
    pushAll(out, wrap(w.labelled({ label: c.bold(w.impacts), value: impacts }), columns)).push('');
  }

  const list = (marker: (i: number) => string, text: string) => wrap(text, columns - 4).map((l, k) => (k === 0 ? `${marker(0)}${l}` : `    ${l}`));
  if (diagnostic.patterns.length > 0) {
    out.push(c.bold(w.patterns));
    for (const p of diagnostic.patterns) pushAll(out, list(() => ' ▸ ', t(p.text)));
    out.push('');
  }

  const actions = diagnostic.recommendations.slice(0, MAX_ACTIONS);
  if (actions.length > 0) {
    out.push(c.bold(w.actions));
    actions.forEach((r, i) => {
      const dimension = dimensionLabel(diagnostic, r.dimension, lang);
      const gain = r.kind !== 'establish' && r.gain !== undefined ? `, ${w.gain({ points: formatNumber(r.gain), count: r.gain })}` : '';
      // An action to take: a question's advice rather than the question it answers.
      const action = r.kind === 'settle' ? settleSentence(diagnostic, r, lang) : t(r.kind === 'question' && r.advice ? r.advice : r.text);
      const who = r.kind === 'establish' && r.whoKnows?.length ? ` ${w.establishWho({ who: r.whoKnows.map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? a).join(', ') })}` : '';
      pushAll(out, list(() => ` ${i + 1}. `, `${action} (${dimension}${gain})${who}`));
    });
    if (actions.some((r) => r.kind !== 'establish' && r.gain !== undefined)) pushAll(out, wrap(c.dim(w.gainMeaning), columns));
    out.push('');
  }

  // Several worlds: each group's overall score on one line, then the questions that divide them.
  if (diagnostic.groups && diagnostic.groups.list.length > 0) {
    out.push(c.bold(w.groups));
    const groups = diagnostic.groups.list.map((g) => `${groupLabel(g.id, lang)} (${g.respondents}) ${scoreNumber(g.overall, lang)}`).join(' · ');
    pushAll(out, wrap(groups, columns));
    if (diagnostic.groups.omitted > 0) pushAll(out, wrap(c.dim(w.groupsOmitted({ count: diagnostic.groups.omitted })), columns));
    out.push('');
  }
  const divergent = (diagnostic.divergence?.questions ?? []).filter((q) => q.label !== 'consensus').slice(0, MAX_CHECKS);
  if (divergent.length > 0) {
    out.push(c.bold(w.divergent));
    for (const q of divergent) {
      const question = findQuestion(diagnostic, q.question);
      const byGroup = q.groups.map((g) => `${groupLabel(g.id, lang)} ${scoreNumber(g.score, lang)}`).join(', ');
      pushAll(out, list(() => ' ≠ ', `${question ? t(question.text) : q.question} — ${w.spread({ points: scoreNumber(q.spread, lang), count: q.spread })} (${byGroup})`));
    }
    out.push('');
  }

  if (diagnostic.targets && diagnostic.targets.length > 0) {
    pushAll(out, targetsText(targetsView(diagnostic.targets, diagnostic.levels, lang), (text) => inert(text), plainTable, (text) => wrap(text, columns)));
  }

  const checks = diagnostic.checkBefore.slice(0, MAX_CHECKS);
  if (checks.length > 0) {
    out.push(c.bold(w.checkBefore));
    for (const item of checks) {
      const question = findQuestion(diagnostic, item.question);
      const levels = item.levels.low !== item.levels.high ? ` — ${w.checkBeforeLevels({ low: levelLabel(diagnostic, item.levels.low, lang), high: levelLabel(diagnostic, item.levels.high, lang) })}` : '';
      pushAll(out, list(() => ' ? ', `${question ? t(question.text) : item.question}${levels}`));
    }
    if (diagnostic.checkBefore.length > MAX_CHECKS) out.push(`   ${w.checkBeforeMore({ count: diagnostic.checkBefore.length - MAX_CHECKS })}`);
    out.push('');
  }

  if (diagnostic.warnings.length > 0) {
    out.push(c.bold(c.yellow(w.warnings)));
    for (const sentence of warningSentences(diagnostic, lang)) {
      pushAll(out, wrap(sentence, columns - 4).map((l, k) => c.yellow(k === 0 ? ` ! ${l}` : `   ${l}`)));
    }
    out.push('');
  }
  pushAll(out, wrap(c.dim(w.levelsOwn), columns));
  // Not wrapped: a command must survive being copied and pasted.
  if (fullReport) out.push(c.dim(w.hint({ command: fullReport })));
  return `${out.join('\n')}\n`;
};
