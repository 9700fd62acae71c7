// Markdown report: reads well on GitHub and in a CI job summary. Every string that comes from
// a file (territory, roles, comments, questionnaire texts) goes through escapeMarkdown.
import { localize, type Lang, type Text } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import { wholeText, type PieceRenderer, type Renderer } from './renderer.js';
import { MarkdownLines } from './markdown-lines.js';
import { levelReading } from './reading.js';
import { answerSummary, bar, describeTrigger, endSentence, dimensionLabel, findQuestion, groupLabel, levelCell, levelLabel, levelSentence, percent, holdsPerRespondentData, respondentName, noteAuthor, respondentsFact, scoreNumber, scoreOutOf100, settleSentence, unknownCount } from './common.js';
import { warningSentences } from './warnings.js';
import { escapeMarkdown } from './escape-markdown.js';
import { targetsMarkdown, targetsView } from './targets.js';
import { groupsView } from '../diagnostic/view.js';

export { escapeMarkdown };

/** The check-before list is cut here in the report (the JSON keeps every question). */
const MAX_CHECK_BEFORE = 10;



/** The text so far, when there is enough of it to hand over. */
function* ready(out: MarkdownLines): Generator<string> {
  const piece = out.take();
  if (piece !== undefined) yield piece;
}

/** The report in pieces, each handed over as soon as it is written: joined, they are the report. */
export const markdownPieces: PieceRenderer<Diagnostic> = function* (diagnostic, { lang }) {
  const w = words(lang).report;
  const t = (text: Text | undefined) => escapeMarkdown(localize(text, lang));
  const out = new MarkdownLines();
  const line = (...parts: string[]) => out.push(...parts);
  const labelled = (label: string, value: string) => w.labelled({ label, value });
  const bold = (label: string, value: string) => labelled(`**${label}**`, value);
  const formatScore = (value: number | null) => scoreOutOf100(value, lang);
  const formatNumber = (value: number | null) => scoreNumber(value, lang);

  line(`# ${w.title({ territory: escapeMarkdown(diagnostic.territory) })}`, '');
  const facts = [
    ...(diagnostic.date ? [bold(w.date, escapeMarkdown(diagnostic.date))] : []),
    bold(w.questionnaire, `${t(diagnostic.questionnaire.title)} (${w.version} ${escapeMarkdown(diagnostic.questionnaire.version)})`),
    bold(w.respondents, respondentsLine(diagnostic, lang)),
  ];
  line(...facts.map((f) => `- ${f}`), '');
  if (holdsPerRespondentData(diagnostic)) line(`> **${w.perRespondentNotice}**`, '');

  // Summary
  line(`## ${w.summary}`, '', `| ${w.dimension} | ${w.score} | | ${w.level} | ${w.coverage} |`, '| --- | ---: | --- | --- | ---: |');
  for (const d of diagnostic.dimensions) {
    line(`| ${t(d.label)} | ${formatScore(d.score)} | \`${bar(d.score)}\` | ${escapeMarkdown(levelCell(diagnostic, d, lang))} | ${percent(d.coverage, lang)} |`);
  }
  const o = diagnostic.overall;
  line(`| **${w.overall}** | **${formatScore(o.score)}** | \`${bar(o.score)}\` | **${escapeMarkdown(levelCell(diagnostic, o, lang))}** | ${percent(o.coverage, lang)} |`, '');
  if (diagnostic.impacts.length > 0) {
    line(`| ${w.impact} | ${w.score} | | ${w.coverage} |`, '| --- | ---: | --- | ---: |');
    for (const i of diagnostic.impacts) line(`| ${t(i.label)} | ${formatScore(i.score)} | \`${bar(i.score)}\` | ${percent(i.coverage, lang)} |`);
    line('');
  }

  // Patterns across dimensions lead: they say what the profile as a whole calls for.
  if (diagnostic.patterns.length > 0) {
    line(`## ${w.patterns}`, '');
    for (const p of diagnostic.patterns) {
      line(`- **${t(p.text)}**`);
      line(`  ${endSentence(labelled(w.triggeredBy, p.triggers.map((trigger) => escapeMarkdown(describeTrigger(diagnostic, trigger, lang))).join(w.separator)))}`);
      if (p.source) line(`  ${labelled(w.source, t(p.source))}`);
    }
    line('');
  }

  // Priority actions
  line(`## ${w.actions}`, '');
  if (diagnostic.recommendations.length === 0) line(w.noActions);
  diagnostic.recommendations.forEach((r, i) => {
    const dimension = escapeMarkdown(dimensionLabel(diagnostic, r.dimension, lang));
    const gain = r.kind !== 'establish' && r.gain !== undefined ? `, ${w.gain({ points: formatNumber(r.gain), count: r.gain })}` : '';
    if (r.kind === 'establish') {
      const who = r.whoKnows?.length ? `<br>${w.establishWho({ who: r.whoKnows.map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? escapeMarkdown(a)).join(', ') })}` : '';
      line(`${i + 1}. **${t(r.text)}** (${dimension})${who}`);
    } else if (r.kind === 'advice') {
      line(`${i + 1}. ${t(r.text)} (${dimension}${gain})${r.source ? `<br><sub>${labelled(w.source, t(r.source))}</sub>` : ''}`);
    } else if (r.kind === 'settle') {
      line(`${i + 1}. ${escapeMarkdown(settleSentence(diagnostic, r, lang))} (${dimension}${gain})`);
    } else {
      line(`${i + 1}. **${t(r.text)}** (${dimension}${gain})${r.advice ? `<br>${t(r.advice)}` : ''}`);
    }
  });
  if (diagnostic.recommendations.some((r) => r.kind !== 'establish' && r.gain !== undefined)) line('', `<sub>${w.gainMeaning}</sub>`);
  line('');

  if (diagnostic.targets && diagnostic.targets.length > 0) for (const text of targetsMarkdown(targetsView(diagnostic.targets, diagnostic.levels, lang), escapeMarkdown)) line(text);

  // What to check before the workshop
  if (diagnostic.checkBefore.length > 0) {
    line(`## ${w.checkBefore}`, '', w.checkBeforeIntro, '');
    for (const item of diagnostic.checkBefore.slice(0, MAX_CHECK_BEFORE)) {
      const question = findQuestion(diagnostic, item.question);
      const parts = [
        ...(item.foundation ? [w.checkBeforeFoundation] : []),
        w.checkBeforeLine({ dimension: escapeMarkdown(dimensionLabel(diagnostic, item.dimension, lang)), points: formatNumber(item.swing), count: item.swing }),
        ...(item.levels.low !== item.levels.high ? [w.checkBeforeLevels({ low: escapeMarkdown(levelLabel(diagnostic, item.levels.low, lang)), high: escapeMarkdown(levelLabel(diagnostic, item.levels.high, lang)) })] : []),
        ...(diagnostic.respondents.length > 1 ? [w.checkBeforeRespondents({ count: unknownCount(item) })] : []),
        ...(item.whoKnows?.length ? [w.checkBeforeWho({ who: item.whoKnows.map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? escapeMarkdown(a)).join(', ') })] : []),
      ];
      line(`- **${question ? t(question.text) : escapeMarkdown(item.question)}** — ${parts.join(w.separator)}`);
    }
    if (diagnostic.checkBefore.length > MAX_CHECK_BEFORE) line(`- ${w.checkBeforeMore({ count: diagnostic.checkBefore.length - MAX_CHECK_BEFORE })}`);
    line('');
  }

  // Several worlds: how each sees the territory, and where they differ or agree.
  if (diagnostic.groups) {
    const g = diagnostic.groups;
    line(`## ${w.groups}`, '', w.groupsIntro({ min: g.minSize }), '');
    if (g.list.length > 0) {
      line(`| ${w.group} | ${w.respondents} | ${diagnostic.dimensions.map((d) => t(d.label)).join(' | ')} | ${w.overall} |`, `| --- | ---: | ${diagnostic.dimensions.map(() => '---:').join(' | ')} | ---: |`);
      for (const group of g.list) {
        line(`| ${escapeMarkdown(groupLabel(group.id, lang))} | ${group.respondents} | ${group.dimensions.map((d) => formatNumber(d.score)).join(' | ')} | **${formatNumber(group.overall)}** |`);
      }
      line('');
    }
    if (g.pooled.length > 0 && g.omitted === 0) line(w.groupsPooled({ types: g.pooled.map((id) => escapeMarkdown(groupLabel(id, lang))).join(', ') }), '');
    if (g.unnamed) line(w.groupsUnnamed({ count: g.unnamed }), '');
    if (g.omitted > 0) line(w.groupsOmitted({ count: g.omitted }), '');
    if (g.omitted > 0 && g.omitted < diagnostic.respondents.length) line(w.groupsWithheld, '');
  }
  if (diagnostic.divergence) {
    const dv = diagnostic.divergence;
    const groupAnswers = (q: (typeof dv.questions)[number]) => {
      const question = findQuestion(diagnostic, q.question);
      return q.groups.map((g) => {
        const parts = g.distribution.map((d) => `${escapeMarkdown(localize(question?.options?.find((o) => o.id === d.key)?.label, lang) || d.key)} ${d.count}`);
        if (g.unknown > 0) parts.push(`${w.status.unknown} ${g.unknown}`);
        if (g.notApplicable > 0) parts.push(`${w.status['not-applicable']} ${g.notApplicable}`);
        return `${escapeMarkdown(groupLabel(g.id, lang))} ${formatNumber(g.score)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
      }).join(w.separator);
    };
    line(`## ${w.divergent}`, '', w.divergentIntro, '');
    const dimensionSpreads = dv.dimensions.map((d) => labelled(escapeMarkdown(dimensionLabel(diagnostic, d.dimension, lang)), `${w.spread({ points: formatNumber(d.spread), count: d.spread })} (${w.agreement[d.label]})`));
    if (dimensionSpreads.length > 0) line(`- ${dimensionSpreads.join(w.separator)}`, '');
    const { divergent, sharedStrengths: strengths, sharedGaps: gaps } = groupsView(dv);
    if (divergent.length === 0) line(w.noDivergence, '');
    divergent.forEach((q, i) => {
      const question = findQuestion(diagnostic, q.question);
      line(`${i + 1}. **${question ? t(question.text) : escapeMarkdown(q.question)}** — ${w.spread({ points: formatNumber(q.spread), count: q.spread })} (${w.agreement[q.label]})`, `   ${groupAnswers(q)}`);
    });
    line('');
    if (strengths.length + gaps.length > 0) {
      line(`## ${w.agreed}`, '');
      for (const [title, list] of [[w.sharedStrengths, strengths], [w.sharedGaps, gaps]] as const) {
        if (list.length === 0) continue;
        line(`**${title}**`, '');
        for (const q of list) {
          const question = findQuestion(diagnostic, q.question);
          line(`- ${question ? t(question.text) : escapeMarkdown(q.question)} — ${groupAnswers(q)}`);
        }
        line('');
      }
    }
  }

  // Strengths
  line(`## ${w.strengths}`, '');
  const strengths = diagnostic.strengths.map((s) => ({ d: diagnostic.dimensions.find((x) => x.id === s.dimension)!, q: findQuestion(diagnostic, s.question)! }));
  if (strengths.length === 0) line(w.noStrengths);
  // A strength is a fact: the answer given, in its own words, under the question it answers.
  for (const { d, q } of strengths) line(`- **${t(d.label)}** — ${escapeMarkdown(answerSummary(q, diagnostic, lang))} (${t(q.text)}, ${formatScore(q.score)})`);
  line('');

  // Levels
  line(`## ${w.levels}`, '');
  for (const level of diagnostic.levels) {
    const reached = level.id === o.level ? ` ← **${w.reached}**` : '';
    const description = level.description ? ` — ${t(level.description)}` : '';
    line(`- **${t(level.label)}** (${w.levelFrom({ min: level.min })})${description}${reached}`);
  }
  line('');

  // Each dimension
  /**
   * The comments and evidence given with the answers to these questions: with several
   * respondents, each question once and every voice under it.
   */
  const notesOf = function* (questions: typeof diagnostic.dimensions[number]['questions']) {
    const several = diagnostic.respondents.length > 1;
    const isNoted = (r: (typeof questions)[number]['responses'][number]) => !!(r.comment || r.evidence);
    if (!questions.some((q) => q.responses.some(isNoted))) return;
    line(`**${w.comments}**`, '');
    for (const q of questions) {
      const noted = q.responses.filter(isNoted);
      if (noted.length === 0) continue;
      const says = (r: (typeof noted)[number]) => [r.comment ? labelled(w.comment, escapeMarkdown(r.comment)) : '', r.evidence ? labelled(w.evidence, escapeMarkdown(r.evidence)) : ''].filter(Boolean).join(w.separator);
      if (!several) line(`- ${t(q.text)} — ${says(noted[0]!)}`);
      else {
        line(`- ${t(q.text)}`);
        for (const r of noted) {
          line(`  - ${escapeMarkdown(noteAuthor(diagnostic, r, lang))} — ${says(r)}`);
          yield* ready(out);
        }
      }
    }
    line('');
  };
  line(`## ${w.details}`, '');
  for (const d of diagnostic.dimensions) {
    line(`### ${t(d.label)}`, '');
    if (d.description) line(t(d.description), '');
    const range = d.range && d.range.low !== d.range.high ? ` (${w.range({ low: formatNumber(d.range.low), high: formatNumber(d.range.high) })})` : '';
    line(`- ${bold(w.score, `${formatScore(d.score)}${range}`)}`, `- ${bold(w.level, escapeMarkdown(levelSentence(diagnostic, d, lang)))}`, `- ${bold(w.coverage, percent(d.coverage, lang))}`);
    if (diagnostic.respondents.length > 1) {
      line(`- ${bold(w.respondents, respondentsFact(d, lang, formatNumber))}`);
    }
    if (d.certainty?.deciding.length) {
      line(`- ${bold(w.deciding, d.certainty.deciding.map((id) => { const q = findQuestion(diagnostic, id); return q ? t(q.text) : escapeMarkdown(id); }).join(w.separator))}`);
    }
    const reading = levelReading(diagnostic, d, lang);
    if (reading) line(`- ${bold(w.readingLabel, escapeMarkdown(reading.reached))}`, ...(reading.next ? [`- ${bold(escapeMarkdown(reading.next.label), escapeMarkdown(reading.next.text))}`] : []));
    for (const r of d.requirements) {
      const question = findQuestion(diagnostic, r.question);
      const status = w.requirementStatus[r.status];
      const requirement = w.requirementLine({ level: escapeMarkdown(levelLabel(diagnostic, r.level, lang)), question: question ? t(question.text) : escapeMarkdown(r.question), minScore: formatNumber(r.minScore) });
      line(`- ${bold(w.requirements, `${requirement} — ${status}${r.reason ? ` (${t(r.reason)})` : ''}`)}`);
    }
    line('', `| ${w.question} | ${w.answer} | ${w.score} |`, '| --- | --- | ---: |');
    for (const q of d.questions) {
      line(`| ${t(q.text)} | ${escapeMarkdown(answerSummary(q, diagnostic, lang))} | ${q.status === 'not-scored' ? w.none : formatNumber(q.score)} |`);
    }
    line('');
    yield* notesOf(d.questions);
    yield* ready(out);
  }

  // General questions: context and free remarks, outside every dimension and never scored.
  if (diagnostic.context?.length) {
    line(`## ${w.context}`, '', `| ${w.question} | ${w.answer} |`, '| --- | --- |');
    for (const q of diagnostic.context) line(`| ${t(q.text)} | ${escapeMarkdown(answerSummary(q, diagnostic, lang))} |`);
    line('');
    yield* notesOf(diagnostic.context);
  }

  if (diagnostic.warnings.length > 0) {
    line(`## ${w.warnings}`, '');
    for (const sentence of warningSentences(diagnostic, lang)) line(`- ${escapeMarkdown(sentence)}`);
    line('');
  }

  line(`## ${w.methodology}`, '', ...w.method.flatMap((p) => [p, '']));
  if (diagnostic.questionnaire.methodology) line(t(diagnostic.questionnaire.methodology), '');
  line(`> ${w.levelsOwn}`, '', `<sub>${w.footer}</sub>`);

  yield out.end();
};

export const renderMarkdown: Renderer<Diagnostic> = wholeText(markdownPieces);

function respondentsLine(diagnostic: Diagnostic, lang: Lang): string {
  const w = words(lang).report;
  if (diagnostic.respondents.length === 1) {
    const only = diagnostic.respondents[0]!;
    return escapeMarkdown(only.role === undefined ? groupLabel(only.group, lang) : respondentName(diagnostic, 0, lang));
  }
  const types = [...new Set(diagnostic.respondents.map((r) => groupLabel(r.group, lang)))].join(', ');
  return `${w.respondentCount({ count: diagnostic.respondents.length })} (${types})`;
}
