// Markdown report: reads well on GitHub and in a CI job summary. Every string that comes from
// a file (territory, roles, comments, questionnaire texts) goes through escapeMarkdown.
import { localize, type Lang, type Text } from '../core/text.js';
import { reportWords } from '../i18n/report-words.js';
import type { Diagnostic } from '../diagnostic/contract.js';
import type { Renderer } from './renderer.js';
import { answerSummary, bar, groupLabel, describeTrigger, dimensionLabel, findQuestion, formatNumber, formatScore, levelCell, levelLabel, levelSentence, respondentName } from './common.js';
import { describeWarning } from './warnings.js';

/** Text made inert for Markdown and HTML, on one line (safe in table cells too). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .trim();
}

/** The check-before list is cut here in the report (the JSON keeps every question). */
const MAX_CHECK_BEFORE = 10;
/** Questions listed per divergence or agreement section. */
const MAX_DIVERGENT = 5;

export const renderMarkdown: Renderer<Diagnostic> = (diagnostic, { lang }) => {
  const w = reportWords[lang];
  const t = (text: Text | undefined) => escapeMarkdown(localize(text, lang));
  const out: string[] = [];
  const line = (...parts: string[]) => out.push(...parts);
  // French typography puts a space before the colon.
  const colon = lang === 'fr' ? ' :' : ':';

  line(`# ${w.title({ territory: escapeMarkdown(diagnostic.territory) })}`, '');
  const facts = [
    ...(diagnostic.date ? [`**${w.date}**${colon} ${diagnostic.date}`] : []),
    `**${w.questionnaire}**${colon} ${t(diagnostic.questionnaire.title)} (${w.version} ${escapeMarkdown(diagnostic.questionnaire.version)})`,
    `**${w.respondents}**${colon} ${respondentsLine(diagnostic, lang)}`,
  ];
  line(...facts.map((f) => `- ${f}`), '');

  // Summary
  line(`## ${w.summary}`, '', `| ${w.dimension} | ${w.score} | | ${w.level} | ${w.coverage} |`, '| --- | ---: | --- | --- | ---: |');
  for (const d of diagnostic.dimensions) {
    line(`| ${t(d.label)} | ${formatScore(d.score, lang)} | \`${bar(d.score)}\` | ${escapeMarkdown(levelCell(diagnostic, d, lang))} | ${formatNumber(d.coverage, lang)} % |`);
  }
  const o = diagnostic.overall;
  line(`| **${w.overall}** | **${formatScore(o.score, lang)}** | \`${bar(o.score)}\` | **${escapeMarkdown(levelCell(diagnostic, o, lang))}** | ${formatNumber(o.coverage, lang)} % |`, '');
  if (diagnostic.impacts.length > 0) {
    line(`| ${w.impact} | ${w.score} | | ${w.coverage} |`, '| --- | ---: | --- | ---: |');
    for (const i of diagnostic.impacts) line(`| ${t(i.label)} | ${formatScore(i.score, lang)} | \`${bar(i.score)}\` | ${formatNumber(i.coverage, lang)} % |`);
    line('');
  }

  // Patterns across dimensions lead: they say what the profile as a whole calls for.
  if (diagnostic.patterns.length > 0) {
    line(`## ${w.patterns}`, '');
    for (const p of diagnostic.patterns) {
      line(`- **${t(p.text)}**`);
      line(`  ${w.triggeredBy}${colon} ${p.triggers.map((trigger) => escapeMarkdown(describeTrigger(diagnostic, trigger, lang))).join(' ; ')}.`);
      if (p.source) line(`  ${w.source}${colon} ${t(p.source)}`);
    }
    line('');
  }

  // Priority actions
  line(`## ${w.actions}`, '');
  if (diagnostic.recommendations.length === 0) line(w.noActions);
  diagnostic.recommendations.forEach((r, i) => {
    const dimension = escapeMarkdown(dimensionLabel(diagnostic, r.dimension, lang));
    const gain = r.gain !== undefined ? `, ${w.gain({ points: formatNumber(r.gain, lang) })}` : '';
    if (r.kind === 'advice') {
      line(`${i + 1}. ${t(r.text)} (${dimension}${gain})${r.source ? `<br><sub>${w.source}${colon} ${t(r.source)}</sub>` : ''}`);
    } else {
      line(`${i + 1}. **${t(r.text)}** (${dimension}${gain})${r.advice ? `<br>${t(r.advice)}` : ''}`);
    }
  });
  if (diagnostic.recommendations.some((r) => r.gain !== undefined)) line('', `<sub>${w.gainMeaning}</sub>`);
  line('');

  // What to check before the workshop
  if (diagnostic.checkBefore.length > 0) {
    line(`## ${w.checkBefore}`, '', w.checkBeforeIntro, '');
    for (const item of diagnostic.checkBefore.slice(0, MAX_CHECK_BEFORE)) {
      const question = findQuestion(diagnostic, item.question);
      const parts = [
        w.checkBeforeLine({ dimension: escapeMarkdown(dimensionLabel(diagnostic, item.dimension, lang)), points: formatNumber(item.swing, lang) }),
        ...(item.levels.low !== item.levels.high ? [w.checkBeforeLevels({ low: escapeMarkdown(levelLabel(diagnostic, item.levels.low, lang)), high: escapeMarkdown(levelLabel(diagnostic, item.levels.high, lang)) })] : []),
        ...(diagnostic.respondents.length > 1 ? [w.checkBeforeRespondents({ count: item.respondents.length })] : []),
        ...(item.whoKnows?.length ? [w.checkBeforeWho({ who: item.whoKnows.map((a) => w.actorTypes[a as keyof typeof w.actorTypes] ?? escapeMarkdown(a)).join(', ') })] : []),
      ];
      line(`- **${question ? t(question.text) : escapeMarkdown(item.question)}** — ${parts.join(' ; ')}`);
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
        line(`| ${escapeMarkdown(groupLabel(group.id, lang))} | ${group.respondents} | ${group.dimensions.map((d) => formatNumber(d.score, lang)).join(' | ')} | **${formatNumber(group.overall, lang)}** |`);
      }
      line('');
    }
    if (g.pooled.length > 0 && g.omitted === 0) line(w.groupsPooled({ types: g.pooled.map((id) => escapeMarkdown(groupLabel(id, lang))).join(', ') }), '');
    if (g.omitted > 0) line(w.groupsOmitted({ count: g.omitted }), '');
  }
  if (diagnostic.divergence) {
    const dv = diagnostic.divergence;
    const groupAnswers = (q: (typeof dv.questions)[number]) => {
      const question = findQuestion(diagnostic, q.question);
      return q.groups.map((g) => {
        const parts = g.distribution.map((d) => `${escapeMarkdown(localize(question?.options?.find((o) => o.id === d.key)?.label, lang) || d.key)} ${d.count}`);
        if (g.unknown > 0) parts.push(`${w.status.unknown} ${g.unknown}`);
        if (g.notApplicable > 0) parts.push(`${w.status['not-applicable']} ${g.notApplicable}`);
        return `${escapeMarkdown(groupLabel(g.id, lang))} ${formatNumber(g.score, lang)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
      }).join(' ; ');
    };
    line(`## ${w.divergent}`, '', w.divergentIntro, '');
    const dimensionSpreads = dv.dimensions.map((d) => `${escapeMarkdown(dimensionLabel(diagnostic, d.dimension, lang))} : ${w.spread({ points: formatNumber(d.spread, lang) })} (${w.agreement[d.label]})`.replace(' : ', `${colon} `));
    if (dimensionSpreads.length > 0) line(`- ${dimensionSpreads.join(' ; ')}`, '');
    const divergent = dv.questions.filter((q) => q.label !== 'consensus').slice(0, MAX_DIVERGENT);
    if (divergent.length === 0) line(w.noDivergence, '');
    divergent.forEach((q, i) => {
      const question = findQuestion(diagnostic, q.question);
      line(`${i + 1}. **${question ? t(question.text) : escapeMarkdown(q.question)}** — ${w.spread({ points: formatNumber(q.spread, lang) })} (${w.agreement[q.label]})`, `   ${groupAnswers(q)}`);
    });
    line('');
    const agreed = dv.questions.filter((q) => q.label === 'consensus');
    const strengths = agreed.filter((q) => q.groups.every((g) => g.score !== null && g.score >= 75)).slice(0, MAX_DIVERGENT);
    const gaps = agreed.filter((q) => q.groups.every((g) => g.score !== null && g.score <= 25)).slice(0, MAX_DIVERGENT);
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
  for (const { d, q } of strengths) line(`- **${t(d.label)}** — ${t(q.text)} (${formatScore(q.score, lang)})`);
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
  line(`## ${w.details}`, '');
  for (const d of diagnostic.dimensions) {
    line(`### ${t(d.label)}`, '');
    if (d.description) line(t(d.description), '');
    const range = d.range && d.range.low !== d.range.high ? ` (${w.range({ low: formatNumber(d.range.low, lang), high: formatNumber(d.range.high, lang) })})` : '';
    line(`- **${w.score}**${colon} ${formatScore(d.score, lang)}${range}`, `- **${w.level}**${colon} ${escapeMarkdown(levelSentence(diagnostic, d, lang))}`, `- **${w.coverage}**${colon} ${formatNumber(d.coverage, lang)} %`);
    if (diagnostic.respondents.length > 1) {
      line(`- **${w.respondents}**${colon} ${w.respondentsSpread({ count: d.respondents.count, min: formatNumber(d.respondents.min, lang), max: formatNumber(d.respondents.max, lang) })}`);
    }
    if (d.certainty?.deciding.length) {
      line(`- **${w.deciding}**${colon} ${d.certainty.deciding.map((id) => { const q = findQuestion(diagnostic, id); return q ? t(q.text) : escapeMarkdown(id); }).join(' ; ')}`);
    }
    if (d.levelText) line(`- **${w.levelMeans}**${colon} ${t(d.levelText)}`);
    for (const r of d.requirements) {
      const question = findQuestion(diagnostic, r.question);
      const status = w.requirementStatus[r.status];
      line(`- **${w.requirements}**${colon} ${w.requirementLine({ level: escapeMarkdown(levelLabel(diagnostic, r.level, lang)), question: question ? t(question.text) : r.question, minScore: formatNumber(r.minScore, lang) })} — ${status}${r.reason ? ` (${t(r.reason)})` : ''}`);
    }
    line('', `| ${w.question} | ${w.answer} | ${w.score} |`, '| --- | --- | ---: |');
    for (const q of d.questions) {
      line(`| ${t(q.text)} | ${escapeMarkdown(answerSummary(q, lang))} | ${q.status === 'not-scored' ? w.none : formatNumber(q.score, lang)} |`);
    }
    line('');
    const notes = d.questions.flatMap((q) => q.responses
      .filter((r) => r.comment || r.evidence)
      .map((r) => {
        const who = diagnostic.respondents.length > 1 ? ` (${escapeMarkdown(respondentName(diagnostic, r.respondent, lang))})` : '';
        const parts = [r.comment ? `${w.comment}${colon} ${escapeMarkdown(r.comment)}` : '', r.evidence ? `${w.evidence}${colon} ${escapeMarkdown(r.evidence)}` : ''].filter(Boolean);
        return `- ${t(q.text)}${who} — ${parts.join(' ; ')}`;
      }));
    if (notes.length > 0) line(`**${w.comments}**`, '', ...notes, '');
  }

  if (diagnostic.warnings.length > 0) {
    line(`## ${w.warnings}`, '');
    for (const warning of diagnostic.warnings) line(`- ${escapeMarkdown(describeWarning(warning, diagnostic, lang))}`);
    line('');
  }

  line(`## ${w.methodology}`, '', ...w.method.flatMap((p) => [p, '']));
  if (diagnostic.questionnaire.methodology) line(t(diagnostic.questionnaire.methodology), '');
  line(`> ${w.levelsOwn}`, '', `<sub>${w.footer}</sub>`);

  const text = out.join('\n').replace(/[ \t]+$/gm, '');
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
};

function respondentsLine(diagnostic: Diagnostic, lang: Lang): string {
  const w = reportWords[lang];
  if (diagnostic.respondents.length === 1) {
    const only = diagnostic.respondents[0]!;
    return escapeMarkdown(only.role === undefined ? groupLabel(only.group, lang) : respondentName(diagnostic, 0, lang));
  }
  const types = [...new Set(diagnostic.respondents.map((r) => groupLabel(r.group, lang)))].join(', ');
  return `${w.respondentCount({ count: diagnostic.respondents.length })} (${types})`;
}
